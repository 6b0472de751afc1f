import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, test } from 'node:test'
import { db } from '../db'
import { verifyPassword } from '../auth/password'
import { createUser, EmailTakenError } from './users'

const email = () => `users-${randomBytes(6).toString('hex')}@example.test`
after(() => db.$disconnect())

test('a new account stores a scrypt hash, never the password, and hides the hash by default', async () => {
  const address = email()
  const user = await createUser({ name: 'Vera', email: address, password: 'a long password', role: 'STUDENT' })
  assert.equal('passwordHash' in user, false)
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })
  assert.notEqual(stored.passwordHash, 'a long password')
  assert.equal(await verifyPassword('a long password', stored.passwordHash), true)
})

test('a second account with the same email is refused, also when two sign-ups race', async () => {
  const address = email()
  const input = { name: 'Twin', email: address, password: 'a long password', role: 'TEACHER' as const }
  const results = await Promise.allSettled([createUser(input), createUser(input)])
  assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1)
  await assert.rejects(createUser(input), EmailTakenError)
  assert.equal(await db.user.count({ where: { email: address } }), 1)
})
