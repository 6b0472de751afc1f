// Shared by server actions and the client forms that show their outcome.
export type ActionState<T = undefined> =
  | { status: 'idle' }
  | { status: 'success'; data: T; message?: string }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> }

export const idleState: ActionState<never> = { status: 'idle' }
