import 'server-only'
import { headers } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { getToken } from 'next-auth/jwt'
import { can, type Permission, type Role } from './permissions'

export type SessionUser = { id: string; role: Role; name: string; email: string }

const SECURE_SESSION_COOKIE = '__Secure-authjs.session-token'
const MAX_REMEMBERED_SESSIONS = 10_000
// A student saving answers sends the same token each time; decrypting it (key derivation, AES, HMAC) costs ~0.5 ms.
// A token once verified is remembered until it expires. JWT sessions cannot be revoked early anyway, so nothing changes.
const rememberedSessions = new Map<string, { user: SessionUser; expiresAt: number }>()

/**
 * The signed-in user, read from the session cookie's JWT (signature and expiry checked) as the proxy reads it.
 * Auth.js's `auth()` answers the same question by running its whole request handler and re-encrypting the token,
 * a large part of the cost of saving an answer (`npm run loadtest`); here the user is only read.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const cookie = (await headers()).get('cookie')
  if (!cookie) return null
  // Only the cookie: Auth.js would also accept a bearer token from the Authorization header, which auth() does not.
  const request = { req: { headers: { cookie } }, secureCookie: cookie.includes(SECURE_SESSION_COOKIE) }
  const raw = await getToken({ ...request, raw: true })
  if (!raw) return null
  const remembered = rememberedSessions.get(raw)
  if (remembered && remembered.expiresAt > Date.now()) return remembered.user
  const token = await getToken({ ...request, secret: process.env.AUTH_SECRET })
  if (typeof token?.id !== 'string' || (token.role !== 'STUDENT' && token.role !== 'TEACHER') || typeof token.exp !== 'number') return null
  const user: SessionUser = { id: token.id, role: token.role, name: token.name ?? '', email: token.email ?? '' }
  rememberedSessions.delete(raw)
  rememberedSessions.set(raw, { user, expiresAt: token.exp * 1000 })
  // Oldest first: a Map iterates in insertion order.
  if (rememberedSessions.size > MAX_REMEMBERED_SESSIONS) rememberedSessions.delete(rememberedSessions.keys().next().value!)
  return user
}

/** For pages and loaders: anonymous → sign-in, wrong role → 403. The proxy redirected already; this is the real check. */
export async function requireUser(permission?: Permission, returnTo?: string): Promise<SessionUser> {
  const user = await currentUser()
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in')
  if (permission && !can(user.role, permission)) forbidden()
  return user
}
