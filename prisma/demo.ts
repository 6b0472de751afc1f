// Demo accounts: printed by `npm start`, listed in the README, used by the end-to-end tests for sign-in only.
import type { Role } from '../lib/auth/permissions'
import demo from './demo-accounts.json' with { type: 'json' }

type Account = { email: string; name: string; role: Role; password: string }

export const demoTeacher = demo.teacher as Account
export const demoStudents = demo.students as Account[]
export const demoClass = demo.class
