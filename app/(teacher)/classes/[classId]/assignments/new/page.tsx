import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { getClassForTeacher } from '@/lib/data/classes'
import { listAssignableSources } from '@/lib/data/assignments'
import { AssignmentForm } from '@/components/assignments/AssignmentForm'

type Props = { params: Promise<{ classId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId } = await params
  const user = await requireUser('assign:quiz', `/classes/${classId}/assignments/new`)
  const group = await getClassForTeacher(user, classId)
  return { title: group ? (await getTranslator()).t('assignments.newTitle', { name: group.name }) : undefined }
}

export default async function NewAssignmentPage({ params }: Props) {
  const { classId } = await params
  const user = await requireUser('assign:quiz', `/classes/${classId}/assignments/new`)
  const [{ t }, group, sources] = await Promise.all([getTranslator(), getClassForTeacher(user, classId), listAssignableSources(user)])
  // Archived classes take no new work: the page is not there for them.
  if (!group || group.archivedAt) notFound()
  return (
    <>
      <p>
        <Link href={`/classes/${group.id}`}>{t('assignments.backToClass', { name: group.name })}</Link>
      </p>
      <h1>{t('assignments.newTitle', { name: group.name })}</h1>
      <AssignmentForm classId={group.id} sources={sources} />
    </>
  )
}
