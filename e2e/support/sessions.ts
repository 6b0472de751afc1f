import type { APIRequestContext } from '@playwright/test'

/** Signs in through the HTTP route a browser form uses (CSRF token, then credentials) and returns the session cookie. */
export async function sessionCookie(request: APIRequestContext, email: string, password: string): Promise<string> {
  const csrf = await request.get('/api/auth/csrf')
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password }, maxRedirects: 0 })
  const session = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .map((header) => header.value.split(';')[0])
    .find((cookie) => cookie.startsWith('authjs.session-token='))
  if (!session) throw new Error(`sign-in failed for ${email}: ${response.status()}`)
  return session
}
