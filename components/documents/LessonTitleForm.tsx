'use client'
import { useActionState } from 'react'
import { renameLessonAction } from '@/lib/actions/documents'
import { idleState, refusedForm } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'
import { Field } from '@/components/ui/Field'
import { FormMessage } from '@/components/ui/FormMessage'

export function LessonTitleForm({ lessonId, title, number }: { lessonId: string; title: string; number: number }) {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState(renameLessonAction, idleState)
  const { errors, values } = refusedForm(state)
  return (
    <form action={formAction} className="inline-form" aria-busy={pending || undefined}>
      <input type="hidden" name="lessonId" value={lessonId} />
      <Field name="title" id={`lesson-title-${lessonId}`} label={t('documentReview.lessonTitle', { number })} defaultValue={values?.title ?? title} errors={errors?.title} maxLength={200} required />
      <button type="submit" className="button secondary" disabled={pending}>
        {t('documentReview.saveTitle')}
      </button>
      <p role="status" className="meta">
        {state.status === 'success' ? t('documentReview.titleSaved') : ''}
      </p>
      <FormMessage state={state} />
    </form>
  )
}
