import 'server-only'
import { db } from '../db'
import { hashPassword } from '../auth/password'
import type { SignUpInput } from '../auth/schemas'

export class EmailTakenError extends Error {}

export async function createUser(input: SignUpInput) {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } })
  if (existing) throw new EmailTakenError()
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, role: input.role, passwordHash: await hashPassword(input.password) },
    })
  } catch (error) {
    // Two sign-ups racing for the same address: the unique index decides.
    if ((error as { code?: string }).code === 'P2002') throw new EmailTakenError()
    throw error
  }
}

export async function findUserForSession(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true, locale: true } })
}
