import 'server-only'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { db } from '../db'
import { authConfig } from './auth.config'
import { signInSchema } from './schemas'
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from './password'
import { clearFailures, clientAddress, recordFailure, secondsUntilAllowed, throttleKeys } from './throttle'

export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled'
  constructor(readonly waitSeconds: number) {
    super()
    this.code = `throttled:${waitSeconds}`
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        // Only the two fields: the HTTP sign-in route also passes csrfToken and callbackUrl along.
        const parsed = signInSchema.pick({ email: true, password: true }).safeParse({ email: credentials.email, password: credentials.password })
        if (!parsed.success) return null
        const { email, password } = parsed.data
        const keys = throttleKeys(email, clientAddress(request.headers))
        const wait = await secondsUntilAllowed(db, keys)
        if (wait > 0) throw new ThrottledSignIn(wait)
        const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } })
        const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_ACCOUNT_HASH)
        if (!user || !valid) {
          await recordFailure(db, keys)
          return null
        }
        await clearFailures(db, keys)
        return { id: user.id, email: user.email, name: user.name, role: user.role }
      },
    }),
  ],
})
