import type { NextRequest } from 'next/server'
import { handlers } from '@/lib/auth/auth'

// Auth.js answers a callbackUrl (query or cookie) that is not an http(s) URL with a 500 "server configuration"
// error; it is the client's mistake, so it gets a 400 here. The test is Auth.js's own (lib/utils/assert.js).
function validCallback(value: string | undefined, origin: string): boolean {
  if (!value) return true
  try {
    return /^https?:/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol)
  } catch {
    return false
  }
}

function refuseBadCallback(handler: (request: NextRequest) => Promise<Response>) {
  return (request: NextRequest) => {
    const values = [request.nextUrl.searchParams.get('callbackUrl'), request.cookies.get('authjs.callback-url')?.value, request.cookies.get('__Secure-authjs.callback-url')?.value]
    if (values.some((value) => !validCallback(value ?? undefined, request.nextUrl.origin))) return new Response('Invalid callbackUrl.', { status: 400 })
    return handler(request)
  }
}

export const GET = refuseBadCallback(handlers.GET)
export const POST = refuseBadCallback(handlers.POST)
