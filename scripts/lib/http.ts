// Shared by the scripts that drive a running production build over HTTP (lighthouse, fuzz, load, fault, scale).

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export function median(values: number[]): number {
  return percentile(values, 50)
}

/** Waits until `path` answers 200 (a fresh `next start` takes a few seconds). */
export async function waitForServer(base: string, path = '/api/health') {
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${base}${path}`).then((r) => r.ok, () => false)) return
    await sleep(250)
  }
  throw new Error(`the server at ${base} did not start`)
}

// The same sign-in a browser does: CSRF token, then the credentials callback, which sets the session cookie.
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0])
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password }),
  })
  await response.arrayBuffer()
  const session = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('authjs.session-token='))
  if (!session) throw new Error(`sign-in failed for ${email}: ${response.status} ${response.headers.get('location') ?? ''}`)
  return session
}
