import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { getAssignmentForTeacher } from '@/lib/data/assignments'
import { AssignmentForm } from '@/components/assignments/AssignmentForm'
import { DeleteAssignmentButton } from '@/components/classes/ClassActions'

type Props = { params: Promise<{ classId: string; assignmentId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId, assignmentId } = await params
  const user = await requireUser('assign:quiz', `/classes/${classId}/assignments/${assignmentId}/edit`)
  const assignment = await getAssignmentForTeacher(user, assignmentId)
  return { title: assignment ? (await getTranslator()).t('assignments.editTitle', { title: assignment.quiz.title }) : undefined }
}

export default async function EditAssignmentPage({ params }: Props) {
  const { classId, assignmentId } = await params
  const user = await requireUser('assign:quiz', `/classes/${classId}/assignments/${assignmentId}/edit`)
  const [{ t }, assignment] = await Promise.all([getTranslator(), getAssignmentForTeacher(user, assignmentId)])
  if (!assignment || assignment.class.id !== classId) notFound()
  return (
    <>
      <p>
        <Link href={`/classes/${classId}`}>{t('assignments.backToClass', { name: assignment.class.name })}</Link>
      </p>
      <h1>{t('assignments.editTitle', { title: assignment.quiz.title })}</h1>
      <p>{t('assignments.sourceFixed', { title: assignment.quiz.title, document: assignment.quiz.document.title })}</p>
      <AssignmentForm
        assignmentId={assignment.id}
        defaults={{
          openAt: assignment.openAt.toISOString(),
          dueAt: assignment.dueAt.toISOString(),
          timeLimitMinutes: assignment.timeLimitSec === null ? null : Math.round(assignment.timeLimitSec / 60),
          attemptsAllowed: assignment.attemptsAllowed,
          scoring: assignment.scoring,
          feedback: assignment.feedback,
          shuffle: assignment.shuffle,
        }}
      />
      <section className="card danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('assignments.deleteHeading')}</h2>
        <DeleteAssignmentButton assignmentId={assignment.id} attempts={assignment._count.attempts} />
      </section>
    </>
  )
}
