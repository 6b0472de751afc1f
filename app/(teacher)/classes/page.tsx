import type { Metadata } from 'next'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { listClassesForTeacher } from '@/lib/data/classes'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('classes.title') }
}

export default async function ClassesPage() {
  const user = await requireUser('manage:classes', '/classes')
  const [{ t }, classes] = await Promise.all([getTranslator(), listClassesForTeacher(user.id)])
  return (
    <>
      <h1>{t('classes.title')}</h1>
      <p>{t('classes.intro')}</p>
      {classes.length === 0 && <p>{t('classes.empty')}</p>}
      <ul className="cards">
        {classes.map((group) => (
          <li key={group.id} className="card">
            <h2>
              {group.name}
              {group.archivedAt && <span className="badge">{t('classes.archived')}</span>}
            </h2>
            <p className="meta">{t('classes.joinCode', { code: group.joinCode })}</p>
            <h3>{t('classes.students')}</h3>
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
    </>
  )
}
