'use client'
import { regenerateDocumentAction } from '@/lib/actions/documents'
import { useI18n } from '@/components/i18n/I18nProvider'
import { ActionButton } from './ActionButton'

export function RegenerateButton({ documentId }: { documentId: string }) {
  const { t } = useI18n()
  return (
    <div>
      <p className="hint">{t('documentReview.regenerateHint')}</p>
      <ActionButton
        action={regenerateDocumentAction}
        fields={{ documentId }}
        label={t('documentReview.regenerate')}
        done={(result) => t('documentReview.regenerated', { count: result.questions })}
      />
    </div>
  )
}
