import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { findAssignmentForStudent } from '@/lib/data/assignments'
import { isLate, UNLIMITED_ATTEMPTS } from '@/lib/assignments/rules'
import { formatPoints } from '@/lib/quiz/score'
import { statusText } from '@/components/assignments/AssignedWork'
import { StartQuizButton } from '@/components/quiz/StartQuizButton'
import { LocalTime } from '@/components/ui/LocalTime'

type Props = { params: Promise<{ assignmentId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { assignmentId } = await params
  const user = await requireUser('take:quiz', `/assignments/${assignmentId}`)
  return { title: (await findAssignmentForStudent(user, assignmentId))?.quiz.title }
}

/** The rules of an assignment (due, time limit, attempts left, which counts) and Start or Continue. */
export default async function AssignmentPage({ params }: Props) {
  const { assignmentId } = await params
  const user = await requireUser('take:quiz', `/assignments/${assignmentId}`)
  const now = new Date()
  const [{ t }, assignment] = await Promise.all([getTranslator(), findAssignmentForStudent(user, assignmentId, now)])
  if (!assignment) notFound()
  const submitted = assignment.attempts.filter((attempt) => attempt.submittedAt)
  const canStart = assignment.status !== 'upcoming' && assignment.attemptsLeft > 0
  return (
    <>
      <p className="meta">{t('assignments.classLabel', { name: assignment.class.name })}</p>
      <h1>{assignment.quiz.title}</h1>
      <p className="assignment-status">
        {t('assignments.statusLabel')}: <strong data-testid="assignment-status">{statusText(assignment, t)}</strong>
      </p>

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('assignments.rulesHeading')}</h2>
        <dl className="rules">
          <div>
            <dt>{t('assignments.rulesOpens')}</dt>
            <dd>
              <LocalTime date={assignment.openAt} />
            </dd>
          </div>
          <div>
            <dt>{t('assignments.rulesDue')}</dt>
            <dd>
              <LocalTime date={assignment.dueAt} />
            </dd>
          </div>
          <div>
            <dt>{t('assignments.rulesTimeLimit')}</dt>
            <dd>{assignment.timeLimitSec ? t('assignments.minutes', { count: Math.round(assignment.timeLimitSec / 60) }) : t('assignments.noTimeLimit')}</dd>
          </div>
          <div>
            <dt>{t('assignments.rulesAttempts')}</dt>
            <dd>
              {assignment.attemptsAllowed === UNLIMITED_ATTEMPTS
                ? t('assignments.unlimited')
                : t('assignments.attemptsLeftOf', { left: assignment.attemptsLeft, allowed: assignment.attemptsAllowed })}
            </dd>
          </div>
          <div>
            <dt>{t('assignments.rulesCounts')}</dt>
            <dd>{t(`assignments.scoring${assignment.scoring}`)}</dd>
          </div>
          <div>
            <dt>{t('assignments.rulesFeedback')}</dt>
            <dd>{t(`assignments.feedback${assignment.feedback}`)}</dd>
          </div>
        </dl>
        {assignment.timeLimitSec && <p>{t('assignments.timeLimitNote')}</p>}
        {now > assignment.dueAt && !assignment.counted && <p className="notice">{t('assignments.lateNote')}</p>}
      </section>

      {assignment.inProgress ? (
        <p className="actions">
          <Link className="button primary" href={`/attempts/${assignment.inProgress.id}`}>
            {t('assignments.continue')}
          </Link>
        </p>
      ) : assignment.status === 'upcoming' ? (
        <p>{t('assignments.notOpenYet')}</p>
      ) : canStart ? (
        <StartQuizButton assignmentId={assignment.id} label={submitted.length ? t('assignments.startAgain') : t('assignments.start')} />
      ) : (
        <p>{t('assignments.noAttemptsLeft')}</p>
      )}

      {submitted.length > 0 && (
        <section aria-labelledby="attempts-heading">
          <h2 id="attempts-heading">{t('assignments.yourAttempts')}</h2>
          <ul className="plain-list">
            {submitted.map((attempt) => {
              const values = { score: formatPoints(attempt.score), max: attempt.maxScore ?? 0 }
              return (
                <li key={attempt.id}>
                  <LocalTime date={attempt.submittedAt!} />{' '}
                  <Link href={`/attempts/${attempt.id}`}>
                    {t(isLate(attempt.submittedAt!, assignment.dueAt) ? 'assignments.attemptRowLate' : 'assignments.attemptRow', values)}
                  </Link>
                  {attempt.id === assignment.counted?.id && <span className="badge">{t('assignments.counted')}</span>}
                </li>
              )
            })}
          </ul>
        </section>
      )}
    </>
  )
}
