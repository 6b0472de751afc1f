// The part of the Auth.js configuration that needs no database (session shape, pages); auth.ts adds the provider.
import type { NextAuthConfig } from 'next-auth'
import type { Role } from './permissions'

export const authConfig = {
  pages: { signIn: '/sign-in' },
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  // Self-hosted behind any reverse proxy: the host header is trusted, the secret comes from AUTH_SECRET.
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id as string
        token.role = user.role
      }
      return token
    },
    session({ session, token }) {
      session.user.id = token.id as string
      session.user.role = token.role as Role
      return session
    },
  },
} satisfies NextAuthConfig
