import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentSecurityPolicy, malformedForwardedHeaders } from './headers'

test('scripts need the nonce; no inline script is allowed without it', () => {
  const policy = contentSecurityPolicy('abc123')
  const scripts = policy.split('; ').find((directive) => directive.startsWith('script-src'))!
  assert.match(scripts, /'nonce-abc123'/)
  assert.doesNotMatch(scripts, /unsafe-inline|unsafe-eval/)
  assert.match(policy, /frame-ancestors 'none'/)
  assert.match(policy, /object-src 'none'/)
})

test('development adds eval for hot reload, production never does', () => {
  assert.match(contentSecurityPolicy('n', true), /'unsafe-eval'/)
  assert.doesNotMatch(contentSecurityPolicy('n', false), /'unsafe-eval'/)
})

test('forwarded protocol and host that no reverse proxy sends are dropped, real ones kept', () => {
  assert.deepEqual(malformedForwardedHeaders(new Headers({ 'x-forwarded-proto': 'https', 'x-forwarded-host': 'school.example:8443' })), [])
  assert.deepEqual(malformedForwardedHeaders(new Headers({ 'x-forwarded-proto': 'http, https', 'x-forwarded-host': '[::1]:3000' })), [])
  assert.deepEqual(malformedForwardedHeaders(new Headers({ 'x-forwarded-proto': 'gopher', 'x-forwarded-host': 'evil host/' })), ['x-forwarded-proto', 'x-forwarded-host'])
})
