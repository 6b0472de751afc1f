'use client'
import { useActionState } from 'react'
import { startQuizAction } from '@/lib/actions/quiz'
import { idleState } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'
import { FormMessage } from '@/components/ui/FormMessage'

export function StartQuizButton({ quizId, label }: { quizId: string; label: string }) {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState(startQuizAction, idleState)
  return (
    <form action={formAction} className="actions">
      <FormMessage state={state} />
      <input type="hidden" name="quizId" value={quizId} />
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t('auth.submitting') : label}
      </button>
    </form>
  )
}
