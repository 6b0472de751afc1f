'use client'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { createTranslator, type Locale, type Messages, type Translate } from '@/lib/i18n'

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null)

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(messages, locale) }), [locale, messages])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n() {
  const context = useContext(I18nContext)
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>')
  return context
}
