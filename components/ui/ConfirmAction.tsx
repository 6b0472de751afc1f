'use client'
import { useActionState, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { idleState, type ActionState } from '@/lib/actions/state'
import { FormMessage } from './FormMessage'

type ConfirmActionProps<T> = {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>
  fields: Record<string, string>
  trigger: string
  triggerLabel?: string
  title: string
  text: string
  confirm: string
  cancel: string
  /** Extra inputs of the confirmation, e.g. "also delete the attempts". */
  children?: ReactNode
}

/**
 * A destructive action in two steps: the button opens an inline confirmation (focus moves to its heading), and only
 * "Yes, …" submits. Cancel returns focus to the button. Works by keyboard and is announced by screen readers.
 */
export function ConfirmAction<T>({ action, fields, trigger, triggerLabel, title, text, confirm, cancel, children }: ConfirmActionProps<T>) {
  const [open, setOpen] = useState(false)
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<T>)
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (open) heading.current?.focus()
  }, [open])

  // A successful action without a redirect closes the confirmation; the page shows the new state.
  const [handled, setHandled] = useState<ActionState<T>>(idleState)
  if (state !== handled) {
    setHandled(state)
    if (state.status === 'success') setOpen(false)
  }

  if (!open) {
    return (
      <button ref={button} type="button" className="button secondary" aria-label={triggerLabel} onClick={() => setOpen(true)}>
        {trigger}
      </button>
    )
  }
  return (
    <section className="card confirm" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>{text}</p>
      <form action={formAction}>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <FormMessage state={state} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={pending}>
            {confirm}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setOpen(false)
              requestAnimationFrame(() => button.current?.focus())
            }}
          >
            {cancel}
          </button>
        </div>
      </form>
    </section>
  )
}
