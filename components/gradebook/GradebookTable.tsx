import Link from 'next/link'
import type { Translate } from '@/lib/i18n'
import type { Gradebook } from '@/lib/data/gradebook'
import { averageText, cellText } from './labels'

/** Students down, assignments across; every cell names its score in words and links to the student's attempts. */
export function GradebookTable({ gradebook, t, formatDate }: { gradebook: Gradebook; t: Translate; formatDate: (date: Date) => string }) {
  const classId = gradebook.class.id
  return (
    <div className="table-scroll gradebook-scroll" role="region" aria-label={t('gradebook.matrixRegion')} tabIndex={0}>
      <table className="gradebook" aria-describedby="gradebook-average-help">
        <caption>{t('gradebook.matrixCaption', { class: gradebook.class.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gradebook.studentColumn')}</th>
            {gradebook.assignments.map((assignment) => (
              <th scope="col" key={assignment.id}>
                <Link href={`/classes/${classId}/assignments/${assignment.id}/results`}>{assignment.quiz.title}</Link>
                <span className="gradebook-due">{t('gradebook.due', { date: formatDate(assignment.dueAt) })}</span>
              </th>
            ))}
            <th scope="col">{t('gradebook.averageColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {gradebook.rows.map(({ student, cells, average }) => (
            <tr key={student.id}>
              <th scope="row">
                {student.name}
                {student.removed && <span className="badge">{t('gradebook.removed')}</span>}
              </th>
              {cells.map((cell, column) => {
                const assignment = gradebook.assignments[column]
                return (
                  <td key={assignment.id} className={`gradebook-cell gradebook-${cell.state}${cell.state === 'scored' && cell.late ? ' gradebook-late' : ''}`}>
                    <Link href={`/classes/${classId}/students/${student.id}#assignment-${assignment.id}`}>
                      {cellText(cell, t)}
                      <span className="visually-hidden">: {t('gradebook.cellContext', { student: student.name, quiz: assignment.quiz.title })}</span>
                    </Link>
                    {cell.attemptCount > 1 && <span className="gradebook-attempts">{t('gradebook.attemptCount', { count: cell.attemptCount })}</span>}
                  </td>
                )
              })}
              <td>{averageText(average, t)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('gradebook.classAverage')}</th>
            {gradebook.columnAverages.map((average, column) => (
              <td key={gradebook.assignments[column].id}>{averageText(average, t)}</td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
