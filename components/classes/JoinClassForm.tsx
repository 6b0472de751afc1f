'use client'
import { useActionState } from 'react'
import Link from 'next/link'
import { joinClassAction } from '@/lib/actions/classes'
import { idleState } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'
import { Field } from '@/components/ui/Field'
import { FormMessage } from '@/components/ui/FormMessage'

/** Typing the code (/join) or confirming the class a link names (/join/<code>): the same action either way. */
export function JoinClassForm({ code }: { code?: string }) {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState(joinClassAction, idleState)
  const errors = state.status === 'error' ? state.fieldErrors : undefined
  return (
    <form action={formAction} className="stack" noValidate>
      <FormMessage state={state} />
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <Field
          name="code"
          label={t('classes.joinCodeField')}
          hint={t('classes.joinCodeHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={20}
          defaultValue={state.status === 'error' ? state.values?.code : undefined}
          errors={errors?.code}
        />
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={pending}>
          {code ? t('classes.joinConfirm') : t('classes.joinSubmit')}
        </button>
        {code && (
          <Link className="button secondary" href="/join">
            {t('classes.joinOther')}
          </Link>
        )}
      </div>
    </form>
  )
}
