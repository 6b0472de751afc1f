import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { loadAttemptForPlayer, loadAttemptResult } from '@/lib/data/attempts'
import { formatPoints, percentOf } from '@/lib/quiz/score'
import { QuizPlayer } from '@/components/quiz/QuizPlayer'
import { AnswerFeedback, verdict } from '@/components/quiz/AnswerFeedback'
import { isLate } from '@/lib/assignments/rules'
import { LocalTime } from '@/components/ui/LocalTime'

type Props = { params: Promise<{ attemptId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { attemptId } = await params
  const user = await requireUser('take:quiz', `/attempts/${attemptId}`)
  const attempt = await loadAttemptForPlayer(user.id, attemptId)
  return { title: attempt?.quiz.title }
}

/** An open attempt shows the player; a submitted one its result with feedback on every question. */
export default async function AttemptPage({ params }: Props) {
  const { attemptId } = await params
  const user = await requireUser('take:quiz', `/attempts/${attemptId}`)
  const [{ t, locale }, attempt] = await Promise.all([getTranslator(), loadAttemptForPlayer(user.id, attemptId)])
  if (!attempt) notFound()
  if (attempt.status === 'IN_PROGRESS') {
    return (
      <>
        <p className="meta">{attempt.quiz.document.title}</p>
        <h1>{attempt.quiz.title}</h1>
        <QuizPlayer attempt={attempt} />
      </>
    )
  }
  const result = await loadAttemptResult(user.id, attemptId)
  if (!result) notFound()
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <>
      <p className="meta">{result.quiz.document.title}</p>
      <h1>{t('quiz.resultTitle', { title: result.quiz.title })}</h1>
      <p className="score-line" data-testid="score">
        {t('quiz.score', { score: formatPoints(result.score), max: result.maxScore ?? 0, percent: percentOf(result.score, result.maxScore) })}
      </p>
      <p className="meta">{t('quiz.submittedOn', { date: date.format(result.submittedAt!) })}</p>
      {result.assignment && isLate(result.submittedAt!, result.assignment.dueAt) && <p className="notice">{t('assignments.submittedLate')}</p>}
      {result.keysHiddenUntil && (
        <p className="notice" data-testid="keys-hidden">
          {t('assignments.keysHidden')}{' '}
          <LocalTime date={result.keysHiddenUntil} />
        </p>
      )}
      <p className="actions">
        {result.assignment ? (
          <Link className="button secondary" href={`/assignments/${result.assignment.id}`}>
            {t('assignments.backToAssignment')}
          </Link>
        ) : (
          <Link className="button secondary" href={`/quizzes/${result.quiz.id}`}>
            {t('quiz.backToQuiz')}
          </Link>
        )}
        <Link className="button secondary" href="/review">
          {t('quiz.toReview')}
        </Link>
        <Link className="button secondary" href="/progress">
          {t('quiz.toProgress')}
        </Link>
      </p>
      <ol className="results">
        {result.questions.map((question, index) => (
          <li key={question.id} className="card">
            <h2 className="result-heading">
              {t('quiz.questionNumber', { number: index + 1, total: result.questions.length })}
              <span className="visually-hidden">: {verdict(question.credit, t).label}</span>
            </h2>
            <p className="question-prompt">{question.prompt}</p>
            <AnswerFeedback question={question} t={t} />
          </li>
        ))}
      </ol>
      {result.quiz.document.source && <p className="meta attribution">{t('lessons.source', { source: result.quiz.document.source })}</p>}
    </>
  )
}
