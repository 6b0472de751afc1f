import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { listDocumentsForTeacher } from '@/lib/data/documents'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('documents.title') }
}

export default async function DocumentsPage() {
  const user = await requireUser('manage:documents', '/documents')
  const [{ t }, documents] = await Promise.all([getTranslator(), listDocumentsForTeacher(user.id)])
  return (
    <>
      <h1>{t('documents.title')}</h1>
      <p>{t('documents.intro')}</p>
      <p>
        <Link href="/documents/import" className="button primary">
          {t('documents.importButton')}
        </Link>
      </p>
      {documents.length === 0 && <p>{t('documents.empty')}</p>}
      <ul className="cards">
        {documents.map((document) => (
          <li key={document.id} className="card">
            <h2>
              <Link href={`/documents/${document.id}/review`} aria-label={t('documents.open', { title: document.title })}>
                {document.title}
              </Link>
            </h2>
            <p>
              <span className="badge">{document.ownerId ? t('documents.own') : t('documents.shared')}</span>
              <span className="badge">{document.published ? t('documents.published') : t('documents.draft')}</span>
            </p>
            <p className="meta">
              {t('documents.lessons', { count: document._count.lessons })} · {t('documents.questions', { count: document._count.questions })}
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}
