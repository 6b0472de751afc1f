'use client'
import { useActionState } from 'react'
import { startAssignmentAction, startQuizAction } from '@/lib/actions/quiz'
import { idleState, type ActionState } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'
import { FormMessage } from '@/components/ui/FormMessage'

/** Starts a practice attempt of a quiz, or (with assignmentId) an attempt at an assignment under its rules. */
export function StartQuizButton({ label, ...target }: { label: string } & ({ quizId: string } | { assignmentId: string })) {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState<ActionState<never>, FormData>('assignmentId' in target ? startAssignmentAction : startQuizAction, idleState)
  return (
    <form action={formAction} className="actions">
      <FormMessage state={state} />
      {'assignmentId' in target ? <input type="hidden" name="assignmentId" value={target.assignmentId} /> : <input type="hidden" name="quizId" value={target.quizId} />}
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t('auth.submitting') : label}
      </button>
    </form>
  )
}
