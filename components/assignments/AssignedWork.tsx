import Link from 'next/link'
import type { Locale, Translate } from '@/lib/i18n'
import type { StudentAssignment } from '@/lib/data/assignments'
import { relativeTime } from '@/lib/assignments/rules'
import { formatPoints, percentOf } from '@/lib/quiz/score'
import { LocalTime } from '@/components/ui/LocalTime'

/** The status in words (never colour alone); the score is the counted attempt's. */
export function statusText(assignment: StudentAssignment, t: Translate): string {
  const score = assignment.counted && {
    score: formatPoints(assignment.counted.score),
    max: assignment.counted.maxScore ?? 0,
    percent: percentOf(assignment.counted.score, assignment.counted.maxScore),
  }
  switch (assignment.status) {
    case 'upcoming':
      return t('assignments.statusUpcoming')
    case 'not-started':
      return t('assignments.statusNotStarted')
    case 'late':
      return t('assignments.statusLate')
    case 'in-progress':
      return t('assignments.statusInProgress')
    case 'submitted':
      return t('assignments.statusSubmitted', score!)
    case 'submitted-late':
      return t('assignments.statusSubmittedLate', score!)
  }
}

/** The student's assigned work, soonest due first: shown first on the lessons page and on top of progress. */
export function AssignedWork({ assignments, t, locale, now }: { assignments: StudentAssignment[]; t: Translate; locale: Locale; now: Date }) {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  return (
    <section className="assigned-work" aria-labelledby="assigned-heading">
      <h2 id="assigned-heading">{t('assignments.assignedHeading')}</h2>
      {assignments.length === 0 ? (
        <p>{t('assignments.assignedEmpty')}</p>
      ) : (
        <ul className="cards">
          {assignments.map((assignment) => {
            const due = relativeTime(assignment.dueAt, now)
            return (
              <li key={assignment.id} className={`card assignment-card status-${assignment.status}`} data-testid="assignment-card">
                <h3>
                  <Link href={`/assignments/${assignment.id}`} aria-label={t('assignments.openAssignment', { title: assignment.quiz.title })}>
                    {assignment.quiz.title}
                  </Link>
                </h3>
                <p className="meta">{t('assignments.classLabel', { name: assignment.class.name })}</p>
                {assignment.status === 'upcoming' ? (
                  <p>
                    {t('assignments.opensOn')} <LocalTime date={assignment.openAt} />
                  </p>
                ) : (
                  <p>
                    {t('assignments.dueRelative', { relative: relative.format(due.value, due.unit) })} · <LocalTime date={assignment.dueAt} />
                  </p>
                )}
                <p className="assignment-status">
                  <span className="visually-hidden">{t('assignments.statusLabel')}: </span>
                  <span className={`status-badge status-${assignment.status}`} data-testid="assignment-status">
                    {statusText(assignment, t)}
                  </span>
                </p>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
