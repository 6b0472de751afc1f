// The Content-Security-Policy, built per request by proxy.ts around a fresh script nonce. The static security
// headers are in next.config.js.

/**
 * Scripts run only from this site and with the request's nonce (Next.js puts it on its own inline scripts), never
 * inline without it. Styles allow inline attributes: React's style={…} needs them, and they cannot run code.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  const scripts = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])]
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * Auth.js builds its URLs from X-Forwarded-Proto and X-Forwarded-Host (trustHost): a value no reverse proxy would
 * send made every page that reads the session fail with a 500. Returns the names of such headers, to be dropped.
 */
export function malformedForwardedHeaders(headers: Headers): string[] {
  const proto = headers.get('x-forwarded-proto')
  const host = headers.get('x-forwarded-host')
  return [
    ...(proto !== null && !/^https?$/i.test(proto.split(',')[0].trim()) ? ['x-forwarded-proto'] : []),
    ...(host !== null && !/^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i.test(host.split(',')[0].trim()) ? ['x-forwarded-host'] : []),
  ]
}
