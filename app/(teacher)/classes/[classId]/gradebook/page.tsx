import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { loadGradebook } from '@/lib/data/gradebook'
import { GradebookTable } from '@/components/gradebook/GradebookTable'

type Props = { params: Promise<{ classId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('gradebook.link') }
}

export default async function GradebookPage({ params }: Props) {
  const { classId } = await params
  const user = await requireUser('read:progress:class', `/classes/${classId}/gradebook`)
  const [{ t, locale }, gradebook] = await Promise.all([getTranslator(), loadGradebook(user.id, classId)])
  if (!gradebook) notFound()
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  return (
    <>
      <p className="meta">
        <Link href="/classes">{t('gradebook.backToClasses')}</Link>
      </p>
      <h1>{t('gradebook.title', { class: gradebook.class.name })}</h1>
      <p>{t('gradebook.intro')}</p>
      {gradebook.rows.length === 0 && <p>{t('gradebook.noStudents')}</p>}
      {gradebook.assignments.length === 0 ? (
        <p>{t('gradebook.noAssignments')}</p>
      ) : (
        <>
          <GradebookTable gradebook={gradebook} t={t} formatDate={(value) => date.format(value)} />
          <p className="hint" id="gradebook-average-help">
            {t('gradebook.averageHelp')}
          </p>
        </>
      )}
      <p className="actions">
        {/* A plain link: a download is not a page to prefetch. */}
        <a className="button secondary" href={`/api/classes/${gradebook.class.id}/gradebook.csv`} download>
          {t('gradebook.downloadClassCsv')}
        </a>
      </p>
    </>
  )
}
