import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, test } from 'node:test'
import { db } from '../db'
import { clearFailures, FREE_FAILURES, recordFailure, secondsUntilAllowed, throttleKeys, WINDOW_MS } from '../auth/throttle'

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
