'use client'
import { useActionState } from 'react'
import { setLocaleAction } from '@/lib/actions/auth'
import { idleState } from '@/lib/actions/state'
import { locales } from '@/lib/i18n'
import { useI18n } from '@/components/i18n/I18nProvider'

// Two submit buttons rather than a select: works without JavaScript and needs one keypress.
export function LanguageSwitch() {
  const { locale, t } = useI18n()
  const [, formAction] = useActionState(setLocaleAction, idleState)
  const names = { en: t('common.english'), ru: t('common.russian') }
  return (
    <form action={formAction} className="language-switch" aria-label={t('common.language')}>
      {locales.map((code) => (
        <button key={code} type="submit" name="locale" value={code} lang={code} aria-pressed={code === locale} className="link-button">
          {names[code]}
        </button>
      ))}
    </form>
  )
}
