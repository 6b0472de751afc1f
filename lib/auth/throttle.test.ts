import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FREE_FAILURES, lockDuration, throttleKeys } from './throttle'

test('an account is locked after its free failures, for doubling periods up to 15 minutes', () => {
  assert.equal(lockDuration('account:a@b.c', FREE_FAILURES.account - 1), 0)
  assert.equal(lockDuration('account:a@b.c', FREE_FAILURES.account), 30_000)
  assert.equal(lockDuration('account:a@b.c', FREE_FAILURES.account + 1), 60_000)
  assert.equal(lockDuration('account:a@b.c', FREE_FAILURES.account + 20), 15 * 60_000)
})

test('an address shared by a classroom gets more tries than one account', () => {
  assert.equal(lockDuration('address:10.0.0.1', FREE_FAILURES.account), 0)
  assert.equal(lockDuration('address:10.0.0.1', FREE_FAILURES.address), 30_000)
})

test('keys are per normalised email and per address', () => {
  assert.deepEqual(throttleKeys(' Anya@Example.TEST ', '10.0.0.1'), ['account:anya@example.test', 'address:10.0.0.1'])
  assert.deepEqual(throttleKeys('a@b.c', null), ['account:a@b.c'])
})
