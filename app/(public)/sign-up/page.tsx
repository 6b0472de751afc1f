import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { currentUser } from '@/lib/auth/session'
import { homeFor } from '@/lib/auth/permissions'
import { SignUpForm } from '@/components/auth/SignUpForm'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('auth.signUpTitle') }
}

export default async function SignUpPage() {
  const [{ t }, user] = await Promise.all([getTranslator(), currentUser()])
  if (user) redirect(homeFor(user.role))
  return (
    <>
      <h1>{t('auth.signUpTitle')}</h1>
      <SignUpForm />
    </>
  )
}
