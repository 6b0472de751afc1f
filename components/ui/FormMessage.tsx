import type { ActionState } from '@/lib/actions/state'

/** The form-level outcome, announced politely; errors get the alert role inside a labelled region. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  return (
    <div aria-live="polite" className="form-message-region">
      {state.status === 'error' && (
        <p className="form-error" role="alert" data-testid="form-error">
          {state.message}
        </p>
      )}
      {state.status === 'success' && state.message && <p className="form-success">{state.message}</p>}
    </div>
  )
}
