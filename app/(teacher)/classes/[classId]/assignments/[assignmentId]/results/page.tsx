import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { loadAssignmentResults } from '@/lib/data/gradebook'
import { percentOf } from '@/lib/quiz/score'
import { ItemStatisticsTable } from '@/components/gradebook/ItemStatisticsTable'
import { scoreText } from '@/components/gradebook/labels'

type Props = { params: Promise<{ classId: string; assignmentId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('gradebook.resultsLink') }
}

export default async function AssignmentResultsPage({ params }: Props) {
  const { classId, assignmentId } = await params
  const user = await requireUser('read:progress:class', `/classes/${classId}/assignments/${assignmentId}/results`)
  const [{ t, locale }, results] = await Promise.all([getTranslator(), loadAssignmentResults(user.id, classId, assignmentId)])
  if (!results) notFound()
  const { assignment, students, questions } = results
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  const anySubmitted = students.some(({ counted }) => counted !== null)
  return (
    <>
      <p className="meta">
        <Link href={`/classes/${classId}/gradebook`}>{t('gradebook.backToGradebook')}</Link>
      </p>
      <h1>{t('gradebook.results.title', { quiz: assignment.quiz.title })}</h1>
      <p className="meta">{t('gradebook.results.meta', { class: assignment.class.name, date: date.format(assignment.dueAt) })}</p>
      <p>{t(`gradebook.policy.${assignment.scoring}`)}</p>
      <p className="actions">
        {/* A plain link: a download is not a page to prefetch. */}
        <a className="button secondary" href={`/api/classes/${classId}/assignments/${assignment.id}/results.csv`} download>
          {t('gradebook.downloadCsv')}
        </a>
      </p>

      <h2>{t('gradebook.results.attemptsHeading')}</h2>
      <div className="table-scroll" role="region" aria-label={t('gradebook.results.attemptsRegion')} tabIndex={0}>
        <table className="attempts-by-student">
          <caption>{t('gradebook.results.attemptsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gradebook.studentColumn')}</th>
              <th scope="col">{t('gradebook.results.attemptColumn')}</th>
              <th scope="col">{t('gradebook.results.scoreColumn')}</th>
              <th scope="col">{t('gradebook.results.submittedColumn')}</th>
              <th scope="col">{t('gradebook.results.countedColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {students.flatMap(({ student, attempts }) => {
              const name = (
                <th scope="row">
                  {student.name}
                  {student.removed && <span className="badge">{t('gradebook.removed')}</span>}
                </th>
              )
              if (attempts.length === 0) {
                return [
                  <tr key={student.id}>
                    {name}
                    <td colSpan={4}>{t('gradebook.results.noAttempts')}</td>
                  </tr>,
                ]
              }
              return attempts.map((attempt) => (
                <tr key={attempt.id} className={attempt.counted ? 'attempt-counted' : undefined}>
                  {name}
                  <td>
                    <Link href={`/classes/${classId}/students/${student.id}#attempt-${attempt.id}`}>
                      {t('gradebook.results.attemptNumber', { number: attempt.number })}
                      <span className="visually-hidden">: {student.name}</span>
                    </Link>
                  </td>
                  <td>{attempt.status === 'SUBMITTED' ? scoreText(attempt.score, attempt.maxScore, percentOf(attempt.score, attempt.maxScore), t) : t('gradebook.inProgress')}</td>
                  <td>
                    {attempt.submittedAt ? date.format(attempt.submittedAt) : '—'}
                    {attempt.late && <span className="badge">{t('gradebook.late')}</span>}
                  </td>
                  <td>{attempt.counted ? <strong>{t(`gradebook.countedBecause.${assignment.scoring}`)}</strong> : t('gradebook.results.notCounted')}</td>
                </tr>
              ))
            })}
          </tbody>
        </table>
      </div>

      <h2>{t('gradebook.results.statsHeading')}</h2>
      {anySubmitted ? (
        <>
          <p className="hint" id="item-statistics-help">
            {t('gradebook.results.statsHelp')}
          </p>
          <ItemStatisticsTable questions={questions} t={t} />
        </>
      ) : (
        <p>{t('gradebook.results.noStatistics')}</p>
      )}
    </>
  )
}
