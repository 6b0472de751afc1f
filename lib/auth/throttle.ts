// Slows down password guessing per account and per address. State lives in the database so that every app
// instance sees the same counts (several stateless instances share one PostgreSQL).
import type { Db } from '../db-client'

// An address gets more tries than an account: a whole classroom may share one address behind a school router.
export const FREE_FAILURES = { account: 5, address: 50 }
export const WINDOW_MS = 15 * 60 * 1000
const FIRST_LOCK_MS = 30 * 1000
const MAX_LOCK_MS = 15 * 60 * 1000

export function lockDuration(key: string, failures: number): number {
  const free = key.startsWith('address:') ? FREE_FAILURES.address : FREE_FAILURES.account
  if (failures < free) return 0
  return Math.min(FIRST_LOCK_MS * 2 ** (failures - free), MAX_LOCK_MS)
}

export function throttleKeys(email: string, address: string | null): string[] {
  const keys = [`account:${email.trim().toLowerCase()}`]
  if (address) keys.push(`address:${address}`)
  return keys
}

/** Seconds to wait before the next try, or 0 when a try is allowed now. */
export async function secondsUntilAllowed(db: Db, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys } } })
  const waits = rows.map((row) => (row.lockedUntil ? row.lockedUntil.getTime() - now.getTime() : 0))
  return Math.max(0, Math.ceil(Math.max(0, ...waits) / 1000))
}

export async function recordFailure(db: Db, keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const row = await db.signInThrottle.findUnique({ where: { key } })
    const windowExpired = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS
    const failures = windowExpired ? 1 : row.failures + 1
    const lock = lockDuration(key, failures)
    const data = {
      failures,
      windowStart: windowExpired ? now : row.windowStart,
      lockedUntil: lock ? new Date(now.getTime() + lock) : null,
    }
    await db.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data })
  }
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: { in: keys } } })
}

/** The client's address as the reverse proxy (or Next's own server) reports it; null when nothing says. */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')
  return forwarded?.split(',')[0]?.trim() || headers.get('x-real-ip') || null
}

// Sign-ups per address and hour, counted in the same table under a `sign-up:` key (failures = accounts created).
// High enough for a classroom behind one school router creating its accounts in one lesson; a script creating
// accounts in bulk waits for the window to end. SIGN_UPS_PER_ADDRESS_PER_HOUR overrides it (the e2e server does).
export const SIGN_UPS_PER_ADDRESS = Number(process.env.SIGN_UPS_PER_ADDRESS_PER_HOUR) || 40
export const SIGN_UP_WINDOW_MS = 60 * 60 * 1000

/** Counts one sign-up from the address and returns 0, or the seconds to wait when its hour's quota is used up. */
export async function takeSignUpSlot(db: Db, address: string | null, now = new Date()): Promise<number> {
  if (!address) return 0
  const key = `sign-up:${address}`
  const row = await db.signInThrottle.findUnique({ where: { key } })
  const windowExpired = !row || now.getTime() - row.windowStart.getTime() > SIGN_UP_WINDOW_MS
  if (!windowExpired && row.failures >= SIGN_UPS_PER_ADDRESS) {
    return Math.ceil((row.windowStart.getTime() + SIGN_UP_WINDOW_MS - now.getTime()) / 1000)
  }
  const data = windowExpired ? { failures: 1, windowStart: now, lockedUntil: null } : { failures: row.failures + 1 }
  await db.signInThrottle.upsert({ where: { key }, create: { key, failures: 1, windowStart: now }, update: data })
  return 0
}
