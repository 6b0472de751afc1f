'use client'
import { useState } from 'react'
import { useI18n } from '@/components/i18n/I18nProvider'

/** Copies the join link; the outcome is announced, and on failure the visible link can still be copied by hand. */
export function CopyLinkButton({ path }: { path: string }) {
  const { t } = useI18n()
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null)
  async function copy() {
    try {
      await navigator.clipboard.writeText(new URL(path, window.location.origin).toString())
      setOutcome('copied')
    } catch {
      setOutcome('failed')
    }
  }
  return (
    <>
      <button type="button" className="button secondary" onClick={copy}>
        {t('classes.copyLink')}
      </button>
      <span role="status" className="meta">
        {outcome === 'copied' ? t('classes.copied') : outcome === 'failed' ? t('classes.copyFailed') : ''}
      </span>
    </>
  )
}
