import type { Metadata } from 'next'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { JoinClassForm } from '@/components/classes/JoinClassForm'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('classes.joinTitle') }
}

export default async function JoinPage() {
  await requireUser('join:class', '/join')
  const { t } = await getTranslator()
  return (
    <>
      <h1>{t('classes.joinTitle')}</h1>
      <p>{t('classes.joinIntro')}</p>
      <JoinClassForm />
    </>
  )
}
