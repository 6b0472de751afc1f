import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { getClassForTeacher } from '@/lib/data/classes'
import { ClassNameForm } from '@/components/classes/ClassNameForm'
import { CopyLinkButton } from '@/components/classes/CopyLinkButton'
import { ArchiveClassButton, NewJoinCodeButton, RemoveStudentButton } from '@/components/classes/ClassActions'
import { LocalTime } from '@/components/ui/LocalTime'

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ assigned?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId } = await params
  const user = await requireUser('manage:classes', `/classes/${classId}`)
  return { title: (await getClassForTeacher(user, classId))?.name }
}

export default async function ClassPage({ params, searchParams }: Props) {
  const { classId } = await params
  const { assigned } = await searchParams
  const user = await requireUser('manage:classes', `/classes/${classId}`)
  const [{ t }, group] = await Promise.all([getTranslator(), getClassForTeacher(user, classId)])
  if (!group) notFound()
  const joinPath = `/join/${group.joinCode}`
  const students = group.enrollments.length
  return (
    <>
      <p>
        <Link href="/classes">{t('classes.backToClasses')}</Link>
      </p>
      <h1>
        {group.name}
        {group.archivedAt && <span className="badge">{t('classes.archived')}</span>}
      </h1>
      {group.archivedAt && <p className="notice">{t('classes.archivedNotice')}</p>}
      {assigned && /^\d+$/.test(assigned) && (
        <p className="notice" role="status">
          {t('classes.assignedNotice', { count: Number(assigned) })}
        </p>
      )}

      {!group.archivedAt && (
        <section className="card" aria-labelledby="join-heading">
          <h2 id="join-heading">{t('classes.joinHeading')}</h2>
          <p>{t('classes.joinInstructions')}</p>
          <dl className="join-details">
            <dt>{t('classes.joinCodeLabel')}</dt>
            <dd className="join-code" data-testid="join-code">
              {group.joinCode}
            </dd>
            <dt>{t('classes.joinLinkLabel')}</dt>
            <dd>
              <code>{joinPath}</code>
            </dd>
          </dl>
          <div className="actions">
            <CopyLinkButton path={joinPath} />
            <NewJoinCodeButton classId={group.id} />
          </div>
        </section>
      )}

      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">{t('classes.assignmentsHeading')}</h2>
        {!group.archivedAt && (
          <p>
            <Link className="button primary" href={`/classes/${group.id}/assignments/new`}>
              {t('classes.assignQuiz')}
            </Link>
          </p>
        )}
        {group.assignments.length === 0 ? (
          <p>{t('classes.noAssignments')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption>{t('classes.assignmentsCaption', { name: group.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('classes.quizColumn')}</th>
                  <th scope="col">{t('classes.opensColumn')}</th>
                  <th scope="col">{t('classes.dueColumn')}</th>
                  <th scope="col">{t('classes.submissionsColumn')}</th>
                  <th scope="col">{t('classes.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {group.assignments.map((assignment) => (
                  <tr key={assignment.id}>
                    <th scope="row">{assignment.quiz.title}</th>
                    <td>
                      <LocalTime date={assignment.openAt} />
                    </td>
                    <td>
                      <LocalTime date={assignment.dueAt} />
                    </td>
                    <td data-testid="submissions">{t('classes.submissions', { count: assignment.submittedStudents, total: students })}</td>
                    <td>
                      <Link href={`/classes/${group.id}/assignments/${assignment.id}/edit`} aria-label={t('classes.editLabel', { title: assignment.quiz.title })}>
                        {t('classes.edit')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading">{t('classes.rosterHeading')}</h2>
        {students === 0 ? (
          <p>{t('classes.noStudents')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption>{t('classes.rosterCaption', { name: group.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('classes.studentName')}</th>
                  <th scope="col">{t('classes.studentEmail')}</th>
                  <th scope="col">{t('classes.joinedOn')}</th>
                  <th scope="col">{t('classes.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {group.enrollments.map(({ student, joinedAt }) => (
                  <tr key={student.id}>
                    <th scope="row">{student.name}</th>
                    <td>{student.email}</td>
                    <td>
                      <LocalTime date={joinedAt} dateOnly />
                    </td>
                    <td>
                      <RemoveStudentButton classId={group.id} studentId={student.id} name={student.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('classes.settingsHeading')}</h2>
        <ClassNameForm classId={group.id} name={group.name} />
        <div className="actions">
          <ArchiveClassButton classId={group.id} name={group.name} archived={group.archivedAt !== null} />
        </div>
      </section>
    </>
  )
}
