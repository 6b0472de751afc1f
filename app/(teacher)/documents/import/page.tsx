import type { Metadata } from 'next'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { ImportForm } from '@/components/documents/ImportForm'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('import.title') }
}

export default async function ImportPage() {
  await requireUser('manage:documents', '/documents/import')
  const { t } = await getTranslator()
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <ImportForm />
    </>
  )
}
