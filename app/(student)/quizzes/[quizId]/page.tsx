import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { findQuizForUser } from '@/lib/data/attempts'
import { formatPoints } from '@/lib/quiz/score'
import { StartQuizButton } from '@/components/quiz/StartQuizButton'

type Props = { params: Promise<{ quizId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { quizId } = await params
  const user = await requireUser('take:quiz', `/quizzes/${quizId}`)
  const quiz = await findQuizForUser(user, quizId)
  return { title: quiz?.title }
}

export default async function QuizPage({ params }: Props) {
  const { quizId } = await params
  const user = await requireUser('take:quiz', `/quizzes/${quizId}`)
  const [{ t, locale }, quiz] = await Promise.all([getTranslator(), findQuizForUser(user, quizId)])
  if (!quiz) notFound()
  const open = quiz.attempts.find((attempt) => attempt.status === 'IN_PROGRESS')
  const finished = quiz.attempts.filter((attempt) => attempt.status === 'SUBMITTED')
  const scope = quiz.scope === 'LESSON' ? t('quiz.scopeLesson') : quiz.scope === 'DOCUMENT' ? t('quiz.scopeDocument') : t('quiz.scopeCustom')
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <>
      <p className="meta">
        {scope} · {quiz.document.title}
      </p>
      <h1>{t('quiz.startTitle', { title: quiz.title })}</h1>
      <p>{t('quiz.questionCount', { count: quiz.questionCount })}</p>
      {quiz.questionCount === 0 ? (
        <p>{t('quiz.noQuestions')}</p>
      ) : open ? (
        <p className="actions">
          <Link className="button primary" href={`/attempts/${open.id}`}>
            {t('quiz.continue')}
          </Link>
        </p>
      ) : (
        <StartQuizButton quizId={quiz.id} label={finished.length ? t('quiz.startAgain') : t('quiz.start')} />
      )}
      {quiz.lesson && (
        <p>
          <Link href={`/lessons/${quiz.lesson.id}`}>{quiz.lesson.title}</Link>
        </p>
      )}
      <h2>{t('quiz.pastAttempts')}</h2>
      {finished.length === 0 ? (
        <p>{t('quiz.noAttempts')}</p>
      ) : (
        <ul className="plain-list">
          {finished.map((attempt) => (
            <li key={attempt.id}>
              <Link href={`/attempts/${attempt.id}`}>
                {t('quiz.attemptRow', { date: date.format(attempt.submittedAt!), score: formatPoints(attempt.score), max: attempt.maxScore ?? 0 })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
