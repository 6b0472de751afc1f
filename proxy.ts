import { NextResponse, type NextRequest } from 'next/server'
import { getToken } from 'next-auth/jwt'
import { can, requiredPermission, type Role } from './lib/auth/permissions'
import { actionRequestProblem, crossOrigin, formPostProblem, MAX_POST_BYTES } from './lib/security/action-request'
import { contentSecurityPolicy, malformedForwardedHeaders } from './lib/security/headers'

// Redirects only: anonymous visitors to sign-in, other roles to the 403 page. Every page and action checks again.
// The session is only read here, never re-issued: a response that sets the cookie could land after a sign-out
// (a prefetch in flight) and sign the user back in.
async function refusal(request: NextRequest): Promise<NextResponse | null> {
  const permission = requiredPermission(request.nextUrl.pathname)
  if (!permission) return null
  const secureCookie = request.cookies.has('__Secure-authjs.session-token')
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET, secureCookie })
  const role = token?.role as Role | undefined
  if (!role) {
    const signIn = new URL('/sign-in', request.nextUrl)
    signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`)
    return NextResponse.redirect(signIn)
  }
  if (can(role, permission)) return null
  const forbidden = new URL('/forbidden', request.nextUrl)
  forbidden.searchParams.set('from', request.nextUrl.pathname)
  return NextResponse.redirect(forbidden)
}

// A fresh nonce per response: Next.js reads it from the request's CSP header and puts it on its inline scripts.
export default async function proxy(request: NextRequest) {
  const post = request.method === 'POST'
  if (post && crossOrigin(request)) return new NextResponse('Cross-origin request refused.', { status: 403 })
  const redirect = await refusal(request)
  if (redirect) return redirect
  // Bodies Next would fail on with a 500 are refused here, /api included: an unknown /api path renders the
  // not-found page, which Next treats like a page. The checks read copies of the body: Next reads it again.
  if (post) {
    if (Number(request.headers.get('content-length')) > MAX_POST_BYTES) return new NextResponse('Request body too large.', { status: 413 })
    const problem = request.headers.has('next-action') ? await actionRequestProblem(request) : await formPostProblem(request)
    if (problem) return new NextResponse(`Malformed request: ${problem}.`, { status: 400 })
  }
  const nonce = btoa(crypto.randomUUID())
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production')
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  for (const name of malformedForwardedHeaders(request.headers)) headers.delete(name)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  // /api too: see the body checks above. Not the JSON answer routes (lib/api/attempt-routes.ts makes every check this
  // proxy would, on a bounded body) nor the ping: a student saves every answer, and passing the proxy makes Next copy
  // each request body for it.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/ping$|api/attempts/[^/]+/(?:answers|submit)$).*)'],
}
