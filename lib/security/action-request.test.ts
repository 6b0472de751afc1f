import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actionRequestProblem, crossOrigin, formPostProblem } from './action-request'

const post = (body: BodyInit, contentType?: string) =>
  new Request('http://app.test/sign-in', { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} })

function form(fields: Record<string, string | Blob>, fileName?: string) {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') data.append(key, value)
    else data.append(key, value, fileName)
  }
  return data
}

test('what the app client sends passes: a form under "1_", or JSON arguments', async () => {
  assert.equal(await actionRequestProblem(post(form({ '0': '[{"status":"idle"},"$K1"]', '_1_email': 'a@b.c', '_1_$ACTION_REF_1': '', '_1_$ACTION_3:0': '{"bound":"$@1"}' }))), null)
  assert.equal(await actionRequestProblem(post(form({ '0': '["$undefined","$K1"]', '_1_file': new Blob(['text']) }, 'notes.txt'))), null)
  assert.equal(await actionRequestProblem(post('[{"status":"idle"},{"seconds":30,"note":"$$escaped"}]', 'text/plain;charset=UTF-8')), null)
})

test('bodies Next cannot decode are refused before it tries', async () => {
  assert.match((await actionRequestProblem(post('{"a":', 'text/plain')))!, /not JSON/)
  assert.match((await actionRequestProblem(post('"$K1"', 'text/plain')))!, /not a list/)
  assert.match((await actionRequestProblem(post(JSON.stringify(Array(5).fill(1)), 'text/plain')))!, /not a list/)
  assert.match((await actionRequestProblem(post('garbage', 'multipart/form-data; boundary=x')))!, /malformed/)
  assert.match((await actionRequestProblem(post(form({ '1_a': 'b' }))))!, /no arguments/)
  assert.match((await actionRequestProblem(post(form({ '0': '[]', 'x\u001b': 'b' }))))!, /field names/)
  assert.match((await actionRequestProblem(post(form({ '0': '[]', '1_file': new Blob(['x']) }, 'a\u0007.txt'))))!, /control characters/)
  assert.match((await actionRequestProblem(post('[]', 'application/json')))!, /content type/)
})

test('references the app never sends are refused, however deep', async () => {
  for (const reference of ['$@0', '$B1', '$h1', '$T', '$Q2', '$F1', '$1:__proto__:then']) {
    assert.match((await actionRequestProblem(post(JSON.stringify([{}, { a: [{ b: reference }] }]), 'text/plain')))!, /reference/, reference)
  }
})

test('a form post without JavaScript must be a form Next can parse', async () => {
  assert.equal(await formPostProblem(post(form({ $ACTION_ID_abc: '', email: 'a@b.c' }))), null)
  assert.equal(await formPostProblem(post('email=a', 'application/x-www-form-urlencoded')), null)
  assert.match((await formPostProblem(post('abc', 'multipart/form-data')))!, /malformed/)
  assert.match((await formPostProblem(post(form({ 'a\u0000': 'b' }))))!, /field name/)
})

test('a post from another site is cross-origin; one from this host, or without an Origin, is not', () => {
  const from = (origin: string | null, extra: Record<string, string> = {}) =>
    new Request('http://school.example/sign-in', { method: 'POST', headers: { host: 'school.example', ...(origin ? { origin } : {}), ...extra } })
  assert.equal(crossOrigin(from('http://evil.example')), true)
  assert.equal(crossOrigin(from('null')), true)
  assert.equal(crossOrigin(from('http://school.example')), false)
  assert.equal(crossOrigin(from(null)), false)
  assert.equal(crossOrigin(from('https://letopis.example', { 'x-forwarded-host': 'letopis.example' })), false)
})
