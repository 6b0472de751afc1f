'use client'
import { useActionState } from 'react'
import Link from 'next/link'
import { signUpAction } from '@/lib/actions/auth'
import { idleState, refusedForm } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'
import { Field } from '@/components/ui/Field'
import { FormMessage } from '@/components/ui/FormMessage'

export function SignUpForm() {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState(signUpAction, idleState)
  const { errors, values } = refusedForm(state)
  return (
    <form action={formAction} className="stack" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t('auth.name')} autoComplete="name" required defaultValue={values?.name} errors={errors?.name} />
      <Field name="email" type="email" label={t('auth.email')} autoComplete="email" required defaultValue={values?.email} errors={errors?.email} />
      <Field
        name="password"
        type="password"
        label={t('auth.password')}
        hint={t('auth.passwordHint')}
        autoComplete="new-password"
        required
        minLength={8}
        errors={errors?.password}
      />
      <fieldset className="choice-group" aria-describedby={errors?.role ? 'role-error' : undefined}>
        <legend>{t('auth.role')}</legend>
        <label>
          <input type="radio" name="role" value="STUDENT" defaultChecked={values?.role !== 'TEACHER'} /> {t('auth.roleStudent')}
        </label>
        <label>
          <input type="radio" name="role" value="TEACHER" defaultChecked={values?.role === 'TEACHER'} /> {t('auth.roleTeacher')}
        </label>
        {errors?.role && (
          <p id="role-error" className="field-error">
            {errors.role.join(' ')}
          </p>
        )}
      </fieldset>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t('auth.submitting') : t('auth.submitSignUp')}
      </button>
      <p>
        {t('auth.haveAccount')} <Link href="/sign-in">{t('nav.signIn')}</Link>
      </p>
    </form>
  )
}
