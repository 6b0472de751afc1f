'use client'
import { useActionState } from 'react'
import { markLessonStudiedAction } from '@/lib/actions/lessons'
import { idleState } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'
import { FormMessage } from '@/components/ui/FormMessage'

/** Once studied, the server renders the date instead of the button (marking again would change nothing). */
export function MarkStudied({ lessonId, studiedOn }: { lessonId: string; studiedOn: string | null }) {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState(markLessonStudiedAction, idleState)
  return (
    <div aria-live="polite">
      {studiedOn ? (
        <p className="studied-on">
          <span aria-hidden="true">✓ </span>
          {t('lesson.studiedOn', { date: studiedOn })}
        </p>
      ) : (
        <form action={formAction}>
          <FormMessage state={state} />
          <input type="hidden" name="lessonId" value={lessonId} />
          <button type="submit" className="button secondary" disabled={pending}>
            {pending ? t('lesson.marking') : t('lesson.markStudied')}
          </button>
        </form>
      )}
    </div>
  )
}
