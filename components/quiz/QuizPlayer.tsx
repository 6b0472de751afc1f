'use client'
import { startTransition, useActionState, useCallback, useEffect, useRef, useState } from 'react'
import { saveAnswerAction, submitAttemptAction } from '@/lib/actions/quiz'
import { idleState } from '@/lib/actions/state'
import type { QuizResponse } from '@/lib/quiz/responses'
import type { PlayerAttempt, QuestionFeedback } from '@/lib/data/attempts'
import { useI18n } from '@/components/i18n/I18nProvider'
import { FormMessage } from '@/components/ui/FormMessage'
import { useHydrated } from '@/components/ui/useHydrated'
import { AnswerFeedback } from './AnswerFeedback'
import { Countdown } from './Countdown'
import { QuestionInput } from './QuestionInput'
import { useAnswerSaver } from './useAnswerSaver'

export function QuizPlayer({ attempt }: { attempt: PlayerAttempt }) {
  const { t } = useI18n()
  const total = attempt.questions.length
  // Feedback after each question: an answer is checked on request, then shown with its key and locked.
  const eachQuestion = attempt.feedbackTiming === 'EACH_QUESTION'
  const [feedback, setFeedback] = useState<Record<string, QuestionFeedback>>(() =>
    Object.fromEntries(attempt.questions.flatMap((question) => (question.feedback ? [[question.id, question.feedback]] : []))),
  )
  const [checking, setChecking] = useState(false)
  const [responses, setResponses] = useState<Record<string, QuizResponse | null>>(() =>
    Object.fromEntries(attempt.questions.map((question) => [question.id, question.response])),
  )
  // Resume at the first unanswered question.
  const [current, setCurrent] = useState(() => Math.max(0, attempt.questions.findIndex((question) => !question.response)))
  const [refusal, setRefusal] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [submitState, submitAction, submitting] = useActionState(submitAttemptAction, idleState)
  const saver = useAnswerSaver(attempt.id, useCallback((message: string) => setRefusal(message), []))
  const questionHeading = useRef<HTMLHeadingElement>(null)
  const confirmHeading = useRef<HTMLHeadingElement>(null)
  const { save, restoreUnsaved, flush } = saver
  // Before hydration a change to an input would reach no handler and be lost without a word: inputs wait for it.
  const hydrated = useHydrated()

  useEffect(() => {
    // Answers given while offline or just before a crash are in localStorage: put them back and send them.
    const unsaved = restoreUnsaved()
    const known = new Set(attempt.questions.map((question) => question.id))
    for (const [questionId, response] of Object.entries(unsaved)) {
      if (!known.has(questionId)) continue
      // localStorage exists only in the browser, after hydration: this effect is the synchronisation point.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setResponses((previous) => ({ ...previous, [questionId]: response }))
      void save(questionId, response)
    }
  }, [attempt.questions, restoreUnsaved, save])

  const question = attempt.questions[current]
  // Under feedback after each question, an answer counts once it was checked (saved and locked), not when chosen.
  const isAnswered = (questionId: string) => Boolean(eachQuestion ? feedback[questionId] : responses[questionId])
  const answered = attempt.questions.filter((item) => isAnswered(item.id)).length
  const unanswered = total - answered

  function answer(response: QuizResponse) {
    setResponses((previous) => ({ ...previous, [question.id]: response }))
    setRefusal(null)
    if (!eachQuestion) void saver.save(question.id, response)
  }

  async function checkAnswer() {
    const response = responses[question.id]
    if (!response) return
    setChecking(true)
    setRefusal(null)
    try {
      const result = await saveAnswerAction(idleState, { attemptId: attempt.id, questionId: question.id, response })
      if (result.status === 'success' && result.data.feedback) setFeedback((previous) => ({ ...previous, [question.id]: result.data.feedback! }))
      else if (result.status === 'error') setRefusal(result.message)
    } catch {
      // Offline or the server failed: the answer stays on screen, unchecked, and the button works again.
      setRefusal(t('quiz.checkFailed'))
    } finally {
      setChecking(false)
    }
  }

  // Time is up: whatever is saved gets submitted (the server would close the attempt on its own as well).
  const timeUp = useCallback(() => {
    void flush().then(() => {
      const formData = new FormData()
      formData.set('attemptId', attempt.id)
      startTransition(() => submitAction(formData))
    })
  }, [flush, attempt.id, submitAction])

  function goTo(index: number) {
    setCurrent(index)
    setConfirming(false)
    requestAnimationFrame(() => questionHeading.current?.focus())
  }

  async function confirmAndSubmit(formData: FormData) {
    if (!(await saver.flush())) {
      setRefusal(t('quiz.notSaved'))
      return
    }
    submitAction(formData)
  }

  const saveStatus = saver.status[question.id]
  return (
    <div className="player">
      {attempt.deadlineAt && <Countdown deadline={attempt.deadlineAt.toISOString()} onExpire={timeUp} />}
      <div className="player-progress">
        <label htmlFor="quiz-progress">{t('quiz.progressLabel', { answered, total })}</label>
        <progress id="quiz-progress" value={answered} max={total} />
      </div>

      <nav aria-label={t('quiz.questionNav')} className="question-nav">
        <ol>
          {attempt.questions.map((item, index) => (
            <li key={item.id}>
              <button
                type="button"
                className={`question-dot${isAnswered(item.id) ? ' is-answered' : ''}`}
                aria-current={index === current ? 'step' : undefined}
                onClick={() => goTo(index)}
              >
                <span aria-hidden="true">{index + 1}</span>
                <span className="visually-hidden">
                  {t('quiz.goToQuestion', { number: index + 1 })}, {isAnswered(item.id) ? t('quiz.answered') : t('quiz.notAnswered')}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <section className="card question-card" aria-labelledby="question-heading">
        <h2 id="question-heading" ref={questionHeading} tabIndex={-1}>
          {t('quiz.questionNumber', { number: current + 1, total })}
        </h2>
        <QuestionInput key={question.id} question={question} response={responses[question.id]} onChange={answer} disabled={!hydrated || submitting || Boolean(feedback[question.id])} />
        {eachQuestion && !feedback[question.id] && (
          <p className="actions">
            <button type="button" className="button secondary" onClick={checkAnswer} disabled={!responses[question.id] || checking}>
              {t('assignments.checkAnswer')}
            </button>
          </p>
        )}
        {feedback[question.id] && (
          <div aria-live="polite">
            <AnswerFeedback question={{ type: question.type, content: question.content, response: responses[question.id], ...feedback[question.id] }} t={t} />
          </div>
        )}
        <div className="save-status" aria-live="polite" data-testid="save-status">
          {saveStatus === 'saving' && t('quiz.saving')}
          {saveStatus === 'saved' && t('quiz.saved')}
          {saveStatus === 'failed' && !refusal && (
            <>
              {t('quiz.notSaved')}{' '}
              <button type="button" className="link-button" onClick={saver.retryFailed}>
                {t('quiz.retryNow')}
              </button>
            </>
          )}
        </div>
        {refusal && (
          <p className="form-error" role="alert">
            {refusal}
          </p>
        )}
      </section>

      <div className="actions">
        <button type="button" className="button secondary" onClick={() => goTo(current - 1)} disabled={current === 0}>
          {t('quiz.previous')}
        </button>
        {current < total - 1 && (
          <button type="button" className="button secondary" onClick={() => goTo(current + 1)}>
            {t('quiz.next')}
          </button>
        )}
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setConfirming(true)
            requestAnimationFrame(() => confirmHeading.current?.focus())
          }}
        >
          {t('quiz.submit')}
        </button>
      </div>

      {confirming && (
        <section className="card confirm" aria-labelledby="confirm-heading">
          <h2 id="confirm-heading" ref={confirmHeading} tabIndex={-1}>
            {t('quiz.confirmTitle')}
          </h2>
          <p>{unanswered > 0 ? t('quiz.confirmUnanswered', { count: unanswered }) : t('quiz.confirmAllAnswered')}</p>
          <FormMessage state={submitState} />
          <form action={confirmAndSubmit} className="actions">
            <input type="hidden" name="attemptId" value={attempt.id} />
            <button type="submit" className="button primary" disabled={submitting}>
              {submitting ? t('quiz.submitting') : t('quiz.confirmSubmit')}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {t('quiz.keepWorking')}
            </button>
          </form>
        </section>
      )}
    </div>
  )
}
