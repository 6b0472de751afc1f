// Security properties of the running build: headers (a nonce CSP without 'unsafe-inline' scripts, framing,
// sniffing), cookie flags behind an HTTPS reverse proxy, and cross-site request forgery against server actions.
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { createDb } from '../lib/db-client'
import { createTestUser } from '../lib/data/factories'

const db = createDb(process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db')
test.afterAll(() => db.$disconnect())

function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string }>
  }
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)?.[0]
  if (!id) throw new Error(`no action ${name} in the build`)
  return id
}

test('pages carry a nonce CSP without inline scripts, and the static security headers', async ({ request }) => {
  const response = await request.get('/sign-in')
  const headers = response.headers()
  const policy = headers['content-security-policy']
  const scripts = /script-src ([^;]+)/.exec(policy)![1]
  const nonce = /'nonce-([^']+)'/.exec(scripts)![1]
  expect(scripts).not.toContain("'unsafe-inline'")
  expect(scripts).not.toContain("'unsafe-eval'")
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toContain("object-src 'none'")
  // Every script tag Next wrote carries this response's nonce.
  const html = await response.text()
  const tags = html.match(/<script\b[^>]*>/g) ?? []
  expect(tags.length).toBeGreaterThan(0)
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`)
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['strict-transport-security']).toContain('max-age=')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['x-powered-by']).toBeUndefined()
  // A fresh nonce per response.
  const again = (await request.get('/sign-in')).headers()['content-security-policy']
  expect(again).not.toBe(policy)
})

test('behind an HTTPS reverse proxy the session cookie is __Secure-, Secure, HttpOnly and SameSite=Lax', async ({ request }) => {
  const user = await createTestUser(db, 'STUDENT')
  const https = { 'x-forwarded-proto': 'https' }
  const csrf = await request.get('/api/auth/csrf', { headers: https })
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await request.post('/api/auth/callback/credentials', {
    headers: https,
    form: { csrfToken, email: user.email, password: user.password },
    maxRedirects: 0,
  })
  const cookies = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .map((header) => header.value)
  const session = cookies.find((cookie) => cookie.startsWith('__Secure-authjs.session-token='))
  expect(session, cookies.join('\n')).toBeDefined()
  expect(session).toMatch(/;\s*Secure/i)
  expect(session).toMatch(/;\s*HttpOnly/i)
  expect(session).toMatch(/;\s*SameSite=Lax/i)
})

test('a server action posted from another origin is refused before it runs; a malformed one gets a 400', async ({ request, baseURL }) => {
  const email = `csrf-${Date.now()}@example.test`
  const body = JSON.stringify([{ status: 'idle' }, { name: 'Forged', email, password: 'correct horse battery', role: 'TEACHER' }])
  const headers = { 'next-action': actionId('signUpAction'), accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8' }
  const forged = await request.post('/sign-up', { headers: { ...headers, origin: 'http://evil.example' }, data: body, maxRedirects: 0 })
  expect(forged.status()).toBe(403)
  expect(await db.user.count({ where: { email } })).toBe(0)
  const malformed = await request.post('/sign-up', { headers: { ...headers, origin: baseURL! }, data: '{"not":"a list"', maxRedirects: 0 })
  expect(malformed.status()).toBe(400)
  const unknownField = await request.post('/sign-up', {
    headers: { ...headers, origin: baseURL! },
    data: JSON.stringify([{ status: 'idle' }, { email, isAdmin: true }]),
    maxRedirects: 0,
  })
  expect(unknownField.status()).toBe(200)
  expect(await unknownField.text()).toContain('"status":"error"')
  expect(await db.user.count({ where: { email } })).toBe(0)
})
