'use client'
import { useActionState, useState } from 'react'
import { importDocumentAction } from '@/lib/actions/documents'
import { idleState, refusedForm } from '@/lib/actions/state'
import { ACCEPTED_EXTENSIONS, MAX_UPLOAD_BYTES } from '@/lib/import/extract'
import { useI18n } from '@/components/i18n/I18nProvider'
import { Field } from '@/components/ui/Field'
import { FormMessage } from '@/components/ui/FormMessage'

export function ImportForm() {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState(importDocumentAction, idleState)
  const { errors, values } = refusedForm(state)
  // Refuses an oversized file at once instead of after the upload; the server checks again.
  const [fileError, setFileError] = useState<string | null>(null)
  const textErrors = errors?.text
  return (
    <form action={formAction} className="stack import-form" aria-busy={pending || undefined} noValidate>
      <FormMessage state={state} />
      <Field name="title" label={t('import.titleLabel')} hint={t('import.titleHint')} defaultValue={values?.title} errors={errors?.title} maxLength={200} />
      <div className="field">
        <label htmlFor="field-text">{t('import.textLabel')}</label>
        <p id="field-text-hint" className="hint">
          {t('import.textHint')}
        </p>
        <textarea
          id="field-text"
          name="text"
          rows={12}
          defaultValue={values?.text}
          aria-describedby={textErrors ? 'field-text-hint field-text-error' : 'field-text-hint'}
          aria-invalid={textErrors ? true : undefined}
        />
        {textErrors && (
          <p id="field-text-error" className="field-error">
            {textErrors.join(' ')}
          </p>
        )}
      </div>
      <Field
        name="file"
        type="file"
        label={t('import.fileLabel')}
        hint={t('import.fileHint')}
        accept={ACCEPTED_EXTENSIONS.join(',')}
        errors={fileError ? [fileError] : errors?.file}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          setFileError(file && file.size > MAX_UPLOAD_BYTES ? t('import.errors.too_large') : null)
        }}
      />
      <button type="submit" className="button primary" disabled={pending || fileError !== null}>
        {t('import.submit')}
      </button>
      <p role="status" className="meta" data-testid="import-status">
        {pending ? t('import.busy') : ''}
      </p>
    </form>
  )
}
