'use client'
import { useActionState, useEffect, useRef, useState } from 'react'
import { useRouter } from 'next/navigation'
import { answerReviewAction } from '@/lib/actions/quiz'
import { idleState, type ActionState } from '@/lib/actions/state'
import type { ReviewFeedback } from '@/lib/data/review'
import type { QuizResponse } from '@/lib/quiz/responses'
import { useI18n } from '@/components/i18n/I18nProvider'
import { FormMessage } from '@/components/ui/FormMessage'
import { AnswerFeedback } from './AnswerFeedback'
import { QuestionInput, type PresentedQuestion } from './QuestionInput'

/** One due question: answer, check on the server, read the feedback, go on to the next. */
export function ReviewCard({ question }: { question: PresentedQuestion & { documentTitle: string } }) {
  const { t, locale } = useI18n()
  const router = useRouter()
  const [response, setResponse] = useState<QuizResponse | null>(null)
  const [state, check, checking] = useActionState(
    (previous: ActionState<ReviewFeedback>) => (response ? answerReviewAction(previous, { questionId: question.id, response }) : previous),
    idleState,
  )
  const feedback = state.status === 'success' ? state.data : null
  const feedbackRegion = useRef<HTMLDivElement>(null)
  // The check button disappears with the answer: move focus to the feedback so keyboard users continue there.
  useEffect(() => {
    if (feedback) feedbackRegion.current?.focus()
  }, [feedback])
  return (
    <section className="card question-card" aria-labelledby="review-question">
      <h2 id="review-question" className="meta">
        {t('review.fromDocument', { title: question.documentTitle })}
      </h2>
      <QuestionInput question={question} response={response} onChange={setResponse} disabled={!!feedback || checking} />
      <FormMessage state={state} />
      {feedback ? (
        <div ref={feedbackRegion} tabIndex={-1} className="feedback-region">
          <AnswerFeedback question={feedback} t={t} />
          <p className="meta">
            {t('review.nextDue', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(feedback.nextDue)) })}
          </p>
          <button type="button" className="button primary" onClick={() => router.refresh()}>
            {t('review.nextQuestion')}
          </button>
        </div>
      ) : (
        <form action={check}>
          <button type="submit" className="button primary" disabled={!response || checking}>
            {t('review.check')}
          </button>
        </form>
      )}
    </section>
  )
}
