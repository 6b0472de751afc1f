import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hashPassword, UNKNOWN_ACCOUNT_HASH, verifyPassword } from './password'

test('a hashed password verifies, a different one does not', async () => {
  const stored = await hashPassword('correct horse battery')
  assert.match(stored, /^scrypt\$16384\$8\$1\$/)
  assert.equal(await verifyPassword('correct horse battery', stored), true)
  assert.equal(await verifyPassword('correct horse batterY', stored), false)
})

test('the same password hashes differently each time (random salt)', async () => {
  assert.notEqual(await hashPassword('same'), await hashPassword('same'))
})

test('unicode passwords are normalised before hashing', async () => {
  const stored = await hashPassword('пароль-é')
  assert.equal(await verifyPassword('пароль-e\u0301', stored), true)
})

test('malformed stored values and the unknown-account placeholder never verify', async () => {
  assert.equal(await verifyPassword('anything', 'plain-text'), false)
  assert.equal(await verifyPassword('', UNKNOWN_ACCOUNT_HASH), false)
})
