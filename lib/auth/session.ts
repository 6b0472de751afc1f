import 'server-only'
import { forbidden, redirect } from 'next/navigation'
import { auth } from './auth'
import { can, type Permission, type Role } from './permissions'

export type SessionUser = { id: string; role: Role; name: string; email: string }

export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth()
  return session?.user?.id ? session.user : null
}

/** For pages and loaders: anonymous → sign-in, wrong role → 403. The proxy redirected already; this is the real check. */
export async function requireUser(permission?: Permission, returnTo?: string): Promise<SessionUser> {
  const user = await currentUser()
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in')
  if (permission && !can(user.role, permission)) forbidden()
  return user
}
