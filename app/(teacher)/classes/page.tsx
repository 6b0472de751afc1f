import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { listClassesForTeacher } from '@/lib/data/classes'
import type { Translate } from '@/lib/i18n'
import { ClassNameForm } from '@/components/classes/ClassNameForm'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('classes.title') }
}

type ClassSummary = Awaited<ReturnType<typeof listClassesForTeacher>>[number]

function ClassCards({ classes, t }: { classes: ClassSummary[]; t: Translate }) {
  return (
    <ul className="cards">
      {classes.map((group) => (
        <li key={group.id} className="card">
          <h3>
            <Link href={`/classes/${group.id}`}>
              {group.name}
            </Link>
            {group.archivedAt && <span className="badge">{t('classes.archived')}</span>}
          </h3>
          <p className="meta">{t('classes.joinCode', { code: group.joinCode })}</p>
          <p className="meta">
            {t('classes.studentCount', { count: group.enrollments.length })} · {t('classes.assignmentCount', { count: group._count.assignments })}
          </p>
          <h4>{t('classes.students')}</h4>
          {group.enrollments.length === 0 ? (
            <p>{t('classes.noStudents')}</p>
          ) : (
            <ul className="plain-list">
              {group.enrollments.map(({ student }) => (
                <li key={student.id}>
                  {student.name} <span className="meta">({student.email})</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}

export default async function ClassesPage() {
  const user = await requireUser('manage:classes', '/classes')
  const [{ t }, classes] = await Promise.all([getTranslator(), listClassesForTeacher(user.id)])
  const active = classes.filter((group) => !group.archivedAt)
  const archived = classes.filter((group) => group.archivedAt)
  return (
    <>
      <h1>{t('classes.title')}</h1>
      <p>{t('classes.intro')}</p>
      <section className="card" aria-labelledby="create-class-heading">
        <h2 id="create-class-heading">{t('classes.createHeading')}</h2>
        <ClassNameForm />
      </section>
      <section aria-labelledby="active-classes-heading">
        <h2 id="active-classes-heading">{t('classes.active')}</h2>
        {active.length === 0 ? <p>{t('classes.empty')}</p> : <ClassCards classes={active} t={t} />}
      </section>
      {archived.length > 0 && (
        <section aria-labelledby="archived-classes-heading">
          <h2 id="archived-classes-heading">{t('classes.archivedHeading')}</h2>
          <ClassCards classes={archived} t={t} />
        </section>
      )}
    </>
  )
}
