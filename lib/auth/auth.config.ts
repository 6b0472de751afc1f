// The part of the Auth.js configuration that needs no database: used by the proxy and by auth.ts.
import type { NextAuthConfig } from 'next-auth'
import { can, requiredPermission, type Role } from './permissions'

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
    // The proxy's only job: send anonymous users to sign in and other roles home. Pages and actions check again.
    authorized({ auth, request }) {
      const permission = requiredPermission(request.nextUrl.pathname)
      if (!permission) return true
      const role = auth?.user?.role
      if (!role) return false
      if (can(role, permission)) return true
      return Response.redirect(new URL(`/forbidden?from=${encodeURIComponent(request.nextUrl.pathname)}`, request.nextUrl))
    },
  },
} satisfies NextAuthConfig
