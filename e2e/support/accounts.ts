import { randomBytes } from 'node:crypto'
import demo from '../../prisma/demo-accounts.json' with { type: 'json' }

export const demoTeacher = demo.teacher
export const demoStudent = demo.students[0]
export const demoClass = demo.class

/** A fresh identity per test, so tests never share or depend on each other's data. */
export function newAccount(role: 'Student' | 'Teacher') {
  const tag = randomBytes(5).toString('hex')
  return { name: `E2E ${role} ${tag}`, email: `e2e-${role.toLowerCase()}-${tag}@example.test`, password: `pw-${tag}-long-enough`, role }
}
