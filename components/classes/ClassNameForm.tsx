'use client'
import { useActionState } from 'react'
import { createClassAction, renameClassAction } from '@/lib/actions/classes'
import { idleState, type ActionState } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'
import { Field } from '@/components/ui/Field'
import { FormMessage } from '@/components/ui/FormMessage'

// Both actions take the same form; their results differ only in data this form does not read.
type FormAction = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>

/** Creates a class, or renames one when classId is given: the same field, the same validation. */
export function ClassNameForm({ classId, name }: { classId?: string; name?: string }) {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState((classId ? renameClassAction : createClassAction) as FormAction, idleState)
  const errors = state.status === 'error' ? state.fieldErrors : undefined
  const typed = state.status === 'error' ? state.values?.name : undefined
  return (
    <form action={formAction} className="inline-form" noValidate>
      <FormMessage state={state.status === 'success' ? { ...state, message: t('classes.renamed') } : state} />
      {classId && <input type="hidden" name="classId" value={classId} />}
      <Field
        name="name"
        id={classId ? 'rename-class' : 'new-class'}
        label={t('classes.name')}
        hint={classId ? undefined : t('classes.nameHint')}
        required
        maxLength={80}
        defaultValue={typed ?? name}
        errors={errors?.name}
      />
      <button type="submit" className="button primary" disabled={pending}>
        {classId ? t('classes.rename') : t('classes.create')}
      </button>
    </form>
  )
}
