import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentSecurityPolicy } from './headers'

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
