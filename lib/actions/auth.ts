'use server'
import { AuthError } from 'next-auth'
import { cookies, headers } from 'next/headers'
import { z } from 'zod'
import { signIn, signOut } from '../auth/auth'
import { signInSchema, signUpSchema } from '../auth/schemas'
import { homeFor } from '../auth/permissions'
import { clientAddress, takeSignUpSlot } from '../auth/throttle'
import { createUser, EmailTakenError } from '../data/users'
import { db } from '../db'
import { LOCALE_COOKIE, locales, type Translate } from '../i18n'
import { ActionError, createAction } from './safe-action'

// Keeps only the path of callbackUrl, so sign-in can never redirect to another site (an open redirect).
function safeCallback(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url, 'http://placeholder.invalid')) return undefined
  const parsed = new URL(url, 'http://placeholder.invalid')
  return `${parsed.pathname.replace(/^\/+/, '/')}${parsed.search}`
}

async function signInWithPassword(email: string, password: string, redirectTo: string, t: Translate) {
  try {
    await signIn('credentials', { email, password, redirectTo })
  } catch (error) {
    if (error instanceof AuthError && error.type === 'CredentialsSignin') {
      const throttled = /^throttled:(\d+)$/.exec((error as AuthError & { code?: string }).code ?? '')
      throw new ActionError(throttled ? t('auth.throttled', { seconds: throttled[1] }) : t('auth.wrongCredentials'))
    }
    throw error // includes Next's redirect after a successful sign-in
  }
}

export const signInAction = createAction('public', signInSchema, async ({ email, password, callbackUrl }, { t }) => {
  await signInWithPassword(email, password, safeCallback(callbackUrl) ?? '/after-sign-in', t)
})

export const signUpAction = createAction('public', signUpSchema, async (input, { t }) => {
  const wait = await takeSignUpSlot(db, clientAddress(await headers()))
  if (wait > 0) throw new ActionError(t('auth.signUpThrottled', { minutes: Math.ceil(wait / 60) }))
  try {
    await createUser(input)
  } catch (error) {
    if (error instanceof EmailTakenError) throw new ActionError('auth.emailTaken')
    throw error
  }
  await signInWithPassword(input.email, input.password, homeFor(input.role), t)
})

export const signOutAction = createAction('signed-in', z.strictObject({}), async () => {
  await signOut({ redirectTo: '/sign-in?signedOut=1' })
})

export const setLocaleAction = createAction(
  'public',
  z.strictObject({ locale: z.enum(locales) }),
  async ({ locale }) => {
    ;(await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' })
  },
)
