import 'server-only'
import type { SessionUser } from '../auth/session'

/** Documents a user may study: published ones, and for a teacher also their own drafts. Part of every quiz query. */
export function visibleDocumentsFor(user: Pick<SessionUser, 'id' | 'role'>) {
  return user.role === 'TEACHER' ? { OR: [{ published: true }, { ownerId: user.id }] } : { published: true }
}
