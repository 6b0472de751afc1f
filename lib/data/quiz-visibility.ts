import 'server-only'
import type { SessionUser } from '../auth/session'

/** Documents a user may study: published ones, and for a teacher also their own drafts. Part of every quiz query. */
export function visibleDocumentsFor(user: Pick<SessionUser, 'id' | 'role'>) {
  return user.role === 'TEACHER' ? { OR: [{ published: true }, { ownerId: user.id }] } : { published: true }
}

/**
 * Quizzes a user may practise: those of visible documents, except a teacher's custom sets, which belong to their
 * assignments (their owner may preview them).
 */
export function practiceQuizzesFor(user: Pick<SessionUser, 'id' | 'role'>) {
  return { document: visibleDocumentsFor(user), OR: [{ ownerId: null }, { ownerId: user.id }] }
}
