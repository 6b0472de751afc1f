// Shared by server actions and the client forms that show their outcome.
export type ActionState<T = undefined> =
  | { status: 'idle' }
  | { status: 'success'; data: T; message?: string }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> }

export const idleState: ActionState<never> = { status: 'idle' }

/** What a refused form shows: the errors per field and the values to put back (React resets the form). */
export function refusedForm(state: ActionState<unknown>) {
  return state.status === 'error' ? { errors: state.fieldErrors, values: state.values } : { errors: undefined, values: undefined }
}
