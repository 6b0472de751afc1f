'use client'
import { useI18n } from '@/components/i18n/I18nProvider'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { t } = useI18n()
  return (
    <>
      <h1>{t('errors.genericTitle')}</h1>
      <p>{t('errors.genericText')}</p>
      <button type="button" className="button primary" onClick={reset}>
        {t('errors.retry')}
      </button>
    </>
  )
}
