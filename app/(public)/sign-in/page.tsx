import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { currentUser } from '@/lib/auth/session'
import { homeFor } from '@/lib/auth/permissions'
import { SignInForm } from '@/components/auth/SignInForm'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('auth.signInTitle') }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; signedOut?: string }> }) {
  const [{ t }, user, params] = await Promise.all([getTranslator(), currentUser(), searchParams])
  if (user) redirect(homeFor(user.role))
  return (
    <>
      <h1>{t('auth.signInTitle')}</h1>
      {params.signedOut && (
        <p className="notice" role="status">
          {t('auth.signedOut')}
        </p>
      )}
      {params.callbackUrl && <p>{t('auth.mustSignIn')}</p>}
      <SignInForm callbackUrl={params.callbackUrl} />
      <p className="meta">{t('auth.demoHint')}</p>
    </>
  )
}
