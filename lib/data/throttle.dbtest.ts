import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, test } from 'node:test'
import { db } from '../db'
import { clearFailures, FREE_FAILURES, recordFailure, secondsUntilAllowed, SIGN_UP_WINDOW_MS, SIGN_UPS_PER_ADDRESS, takeSignUpSlot, throttleKeys, WINDOW_MS } from '../auth/throttle'

after(() => db.$disconnect())
const freshKeys = () => throttleKeys(`throttle-${randomBytes(6).toString('hex')}@example.test`, `203.0.113.${Math.floor(Math.random() * 250)}-${randomBytes(3).toString('hex')}`)

test('an account is locked after five failures and free again after a success', async () => {
  const keys = freshKeys()
  const now = new Date('2026-01-01T10:00:00Z')
  for (let i = 0; i < FREE_FAILURES.account - 1; i++) await recordFailure(db, keys, now)
  assert.equal(await secondsUntilAllowed(db, keys, now), 0)
  await recordFailure(db, keys, now)
  assert.equal(await secondsUntilAllowed(db, keys, now), 30)
  assert.equal(await secondsUntilAllowed(db, keys, new Date(now.getTime() + 31_000)), 0)
  await clearFailures(db, keys)
  assert.equal(await db.signInThrottle.count({ where: { key: { in: keys } } }), 0)
})

test('failures older than the window are forgotten', async () => {
  const keys = freshKeys()
  const start = new Date('2026-01-01T10:00:00Z')
  for (let i = 0; i < FREE_FAILURES.account - 1; i++) await recordFailure(db, keys, start)
  const later = new Date(start.getTime() + WINDOW_MS + 1000)
  await recordFailure(db, keys, later)
  assert.equal(await secondsUntilAllowed(db, keys, later), 0)
  const row = await db.signInThrottle.findUniqueOrThrow({ where: { key: keys[0] } })
  assert.equal(row.failures, 1)
  await clearFailures(db, keys)
})

test('an address creates at most its quota of accounts per hour, then waits for the hour to end', async () => {
  const address = `198.51.100.${randomBytes(4).toString('hex')}`
  const start = new Date('2026-01-01T10:00:00Z')
  for (let i = 0; i < SIGN_UPS_PER_ADDRESS; i++) assert.equal(await takeSignUpSlot(db, address, start), 0)
  const tenMinutesLater = new Date(start.getTime() + 10 * 60_000)
  assert.equal(await takeSignUpSlot(db, address, tenMinutesLater), 50 * 60)
  assert.equal(await takeSignUpSlot(db, `${address}-other`, tenMinutesLater), 0, 'another address is not affected')
  assert.equal(await takeSignUpSlot(db, address, new Date(start.getTime() + SIGN_UP_WINDOW_MS + 1000)), 0)
  const row = await db.signInThrottle.findUniqueOrThrow({ where: { key: `sign-up:${address}` } })
  assert.equal(row.failures, 1)
})

test('a sign-up without a known address is not counted', async () => {
  assert.equal(await takeSignUpSlot(db, null), 0)
})
