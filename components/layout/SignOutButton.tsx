'use client'
import { useActionState } from 'react'
import { signOutAction } from '@/lib/actions/auth'
import { idleState } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'

export function SignOutButton() {
  const { t } = useI18n()
  const [, formAction, pending] = useActionState(signOutAction, idleState)
  return (
    <form action={formAction}>
      <button type="submit" className="button secondary" disabled={pending}>
        {t('nav.signOut')}
      </button>
    </form>
  )
}
