'use client'
import { useActionState } from 'react'
import Link from 'next/link'
import { signInAction } from '@/lib/actions/auth'
import { idleState, refusedForm } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'
import { Field } from '@/components/ui/Field'
import { FormMessage } from '@/components/ui/FormMessage'

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState(signInAction, idleState)
  const { errors, values } = refusedForm(state)
  return (
    <form action={formAction} className="stack" noValidate>
      <FormMessage state={state} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field name="email" type="email" label={t('auth.email')} autoComplete="email" required defaultValue={values?.email} errors={errors?.email} />
      <Field name="password" type="password" label={t('auth.password')} autoComplete="current-password" required errors={errors?.password} />
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t('auth.submitting') : t('auth.submitSignIn')}
      </button>
      <p>
        {t('auth.noAccount')} <Link href="/sign-up">{t('nav.signUp')}</Link>
      </p>
    </form>
  )
}
