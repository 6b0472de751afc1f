// Shared by the seed and the tests: get-or-create helpers that never overwrite what a user changed.
import { randomBytes } from 'node:crypto'
import type { Db } from '../db-client'
import { hashPassword } from '../auth/password'
import type { Role } from '../auth/permissions'

export async function ensureUser(db: Db, user: { email: string; name: string; role: Role; password: string }) {
  const existing = await db.user.findUnique({ where: { email: user.email } })
  if (existing) return existing
  return db.user.upsert({
    where: { email: user.email },
    create: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) },
    update: {},
  })
}

// Unambiguous characters only: a code is read aloud in class and typed by hand.
const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export function newJoinCode(length = 6): string {
  return [...randomBytes(length)].map((byte) => JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]).join('')
}

export async function ensureClass(db: Db, input: { teacherId: string; name: string; joinCode: string }) {
  return db.class.upsert({ where: { joinCode: input.joinCode }, create: input, update: {} })
}

export async function ensureEnrollment(db: Db, classId: string, studentId: string) {
  return db.enrollment.upsert({ where: { classId_studentId: { classId, studentId } }, create: { classId, studentId }, update: {} })
}

/** A throwaway account for a test: unique email, known password. */
export async function createTestUser(db: Db, role: Role, password = 'correct horse battery') {
  const tag = randomBytes(6).toString('hex')
  const user = await ensureUser(db, { email: `test-${tag}@example.test`, name: `Test ${role.toLowerCase()} ${tag}`, role, password })
  return { ...user, password }
}
