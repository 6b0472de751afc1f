import { NextResponse, type NextRequest } from 'next/server'
import { getToken } from 'next-auth/jwt'
import { can, requiredPermission, type Role } from './lib/auth/permissions'

// Redirects only: anonymous visitors to sign-in, other roles to the 403 page. Every page and action checks again.
// The session is only read here, never re-issued: a response that sets the cookie could land after a sign-out
// (a prefetch in flight) and sign the user back in.
export default async function proxy(request: NextRequest) {
  const permission = requiredPermission(request.nextUrl.pathname)
  if (!permission) return NextResponse.next()
  const secureCookie = request.cookies.has('__Secure-authjs.session-token')
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET, secureCookie })
  const role = token?.role as Role | undefined
  if (!role) {
    const signIn = new URL('/sign-in', request.nextUrl)
    signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`)
    return NextResponse.redirect(signIn)
  }
  if (can(role, permission)) return NextResponse.next()
  const forbidden = new URL('/forbidden', request.nextUrl)
  forbidden.searchParams.set('from', request.nextUrl.pathname)
  return NextResponse.redirect(forbidden)
}

export const config = {
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'],
}
