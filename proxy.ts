import NextAuth from 'next-auth'
import { authConfig } from './lib/auth/auth.config'

const { auth } = NextAuth(authConfig)

// Redirects only (see authConfig.callbacks.authorized); every page and action checks identity and role again.
export default auth

export const config = {
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'],
}
