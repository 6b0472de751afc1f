'use client'
import { useActionState, useEffect, useRef, useState } from 'react'
import type { ActionState } from '@/lib/actions/state'
import { idleState } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'
import { FormMessage } from '@/components/ui/FormMessage'

type Props<Result> = {
  action: (state: ActionState<Result>, input: FormData) => Promise<ActionState<Result>>
  fields: Record<string, string>
  label: string
  /** An accessible name when the visible label alone is ambiguous in a list. */
  ariaLabel?: string
  /** Asks before running: for destructive or public steps. */
  confirm?: string
  variant?: 'primary' | 'secondary'
  done?: (result: Result) => string
}

/** One server action behind one button, optionally confirmed first; busy while it runs, outcome announced. */
export function ActionButton<Result>({ action, fields, label, ariaLabel, confirm, variant = 'secondary', done }: Props<Result>) {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState(action, idleState)
  const [asking, setAsking] = useState(false)
  // The button that asked is replaced by the question: keyboard focus moves to the answer, not to the page top.
  const confirmButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (asking) confirmButton.current?.focus()
  }, [asking])
  const hidden = Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)
  return (
    <form action={formAction} className="action-button" aria-busy={pending || undefined} onSubmit={() => setAsking(false)}>
      {hidden}
      {confirm && !asking ? (
        <button type="button" className={`button ${variant}`} aria-label={ariaLabel} onClick={() => setAsking(true)} disabled={pending}>
          {label}
        </button>
      ) : confirm ? (
        <div role="group" aria-label={label} className="confirm">
          <p>{confirm}</p>
          <button type="submit" className="button primary" ref={confirmButton}>
            {t('documentReview.confirmYes')}
          </button>
          <button type="button" className="button secondary" onClick={() => setAsking(false)}>
            {t('documentReview.cancel')}
          </button>
        </div>
      ) : (
        <button type="submit" className={`button ${variant}`} aria-label={ariaLabel} disabled={pending}>
          {label}
        </button>
      )}
      <p role="status" className="meta">
        {pending ? t('documentReview.working') : state.status === 'success' && done ? done(state.data) : ''}
      </p>
      <FormMessage state={state} />
    </form>
  )
}
