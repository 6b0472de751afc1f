// `npm run fuzz`: malformed requests against a production build with its own database, as an anonymous visitor, a
// student and a teacher: (a) the route handlers, (b) every server action (ids from the build's manifest, posted the
// way Next's client posts them), (c) malformed documents to the import action. Seeded and deterministic.
// Fails (exit 1) on any 5xx, on the server process exiting, or on any row created; prints totals per status code
// and the stack traces the server wrote to stderr (kept in data/fuzz-server.log).
// FUZZ_REQUESTS (default 10000) and FUZZ_DOCUMENTS (default 1000) size the run; `npm test` runs a small one.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { zipSync } from 'fflate'
import { createDb } from '../lib/db-client'
import { createTestUser } from '../lib/data/factories'
import { signInCookie, waitForServer } from './lib/http'
import { ensureBuild, prepareDatabase, seedDatabase } from './lib/setup.mjs'

const PORT = Number(process.env.FUZZ_PORT ?? 3510)
const BASE = `http://127.0.0.1:${PORT}`
const DATABASE_URL = process.env.FUZZ_DATABASE_URL ?? 'file:./data/fuzz.db'
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000)
const DOCUMENTS = Number(process.env.FUZZ_DOCUMENTS ?? 1_000)
const SEED = Number(process.env.FUZZ_SEED ?? 20261128)
// Two shared cores: a few requests in flight keep the server busy without timing out the slow ones (PDFs).
const CONCURRENCY = 4
const distDir = process.env.NEXT_DIST_DIR || '.next'
const LOG = 'data/fuzz-server.log'

process.env.DATABASE_URL = DATABASE_URL
process.env.AUTH_SECRET ??= 'fuzz-only-secret-not-used-anywhere-else'
process.env.NEXT_TELEMETRY_DISABLED = '1'

// mulberry32: a small seeded generator, so a failing case can be replayed with the same FUZZ_SEED.
function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]
  const bytes = (length: number) => Uint8Array.from({ length }, () => int(256))
  return { next, int, pick, bytes }
}
const random = generator(SEED)

// Letters only (no digits): a random text must never read as a history document with dates in it.
const ALPHABETS = ['abcdefghijklmnopqrstuvwxyz', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', '\u0000\u0001\u0007\u001b\u007f\u200b\u202e\ufeff\ud800', '<>"\'&;`$\\{}[]%/', 'ǅ𝔘𝔫𝔦😀é́']
function text(length: number): string {
  const alphabet = [...random.pick(ALPHABETS)]
  return Array.from({ length }, () => alphabet[random.int(alphabet.length)]).join('')
}

// Every field name the forms use, plus names that try to reach object internals.
const FIELDS = ['classId', 'name', 'assignmentId', 'documentId', 'lessonId', 'questionId', 'quizId', 'attemptId', 'studentId', 'code', 'seconds', 'response', 'email', 'password', 'role', 'title', 'text', 'file', 'locale', 'kind', 'from', 'to', 'enabled', 'archived', 'source', 'count', 'types', 'openAt', 'dueAt', 'timeLimitMinutes', 'attemptsAllowed', 'scoring', 'feedback', 'shuffle', 'deleteAttempts', 'prompt', 'answer', 'choice0', 'callbackUrl']
const POLLUTION = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString', 'hasOwnProperty']
const OVERLONG = 70_000

let realIds: string[] = []

function value(depth = 0): unknown {
  switch (random.int(depth > 1 ? 8 : 11)) {
    case 0: return ''
    case 1: return text(1 + random.int(40))
    case 2: return random.pick([0, -1, 1e308, -0, 2 ** 53, 0.5, Number.MAX_SAFE_INTEGER])
    case 3: return random.pick([true, false, null])
    case 4: return random.pick(realIds)
    case 5: return 'x'.repeat(OVERLONG)
    case 6: return random.pick(['STUDENT', 'TEACHER', 'ADMIN', 'accept', 'undo', 'true', 'on', 'ru', 'en', 'xx', '../../etc/passwd', "' OR 1=1 --", '$@0', '$K1', '$T', '$Q0', '$h1', '$B1'])
    case 7: return random.pick(['2026-13-45T99:00:00Z', 'NaN', 'Infinity', '1e999', '-5', '０'])
    case 8: return Array.from({ length: random.int(5) }, () => value(depth + 1))
    case 9: return Object.fromEntries(Array.from({ length: random.int(4) }, () => [random.pick([...FIELDS, ...POLLUTION]), value(depth + 1)]))
    default: return { then: '$1:__proto__:then', status: 'resolved_model', value: '{"then":"$B0"}' }
  }
}

/**
 * A form input that no schema accepts: known field names with random values, plus at least one thing every
 * schema refuses (an unknown or prototype key, a value longer than any limit), so no fuzz case can create a row.
 */
function malformedInput(): Record<string, unknown> {
  const input: Record<string, unknown> = {}
  for (let i = random.int(6); i > 0; i--) input[random.pick(FIELDS)] = value()
  const violation = random.int(3)
  if (violation === 0) input[`${text(1 + random.int(12))}_unknown`] = value()
  if (violation === 1) Object.defineProperty(input, random.pick(POLLUTION), { value: value(), enumerable: true, configurable: true, writable: true })
  if (violation === 2) input[random.pick(FIELDS)] = 'y'.repeat(OVERLONG + random.int(10))
  return input
}

type Session = { name: 'anonymous' | 'student' | 'teacher'; cookie: string }
type Action = { id: string; name: string; pages: string[] }
type Outcome = { status: number | 'network-error' | 'reset while sending its body'; refusedAsError: boolean; cause?: string }

const totals = new Map<string, Map<string, number>>()
const failures: string[] = []
function count(group: string, outcome: Outcome, describe: () => string) {
  const byStatus = totals.get(group) ?? new Map<string, number>()
  totals.set(group, byStatus)
  const key = String(outcome.status)
  byStatus.set(key, (byStatus.get(key) ?? 0) + 1)
  if (outcome.status === 'network-error' || (typeof outcome.status === 'number' && outcome.status >= 500)) failures.push(`${group}: ${key} for ${describe()}${outcome.cause ? ` (${outcome.cause})` : ''}`)
}

// The server may answer (a redirect, a 403, a 413) without reading a body, and close the connection while the client
// is still writing it: the client's write is then reset. That is a refusal, not a crash (/api/health is checked
// after, and the server process is watched); a handler failing mid-request would break the read, not the write.
// Small bodies usually fit in the socket buffers first, but not always on a busy machine.
const WRITE_RESET = /write (ECONNRESET|EPIPE)|EPIPE/

function bodyBytes(body: BodyInit | null | undefined): number {
  if (typeof body === 'string') return Buffer.byteLength(body)
  if (body instanceof Blob) return body.size
  if (body instanceof FormData) return [...body.values()].reduce((total, value) => total + (typeof value === 'string' ? Buffer.byteLength(value) : value.size), 0)
  return 0
}

async function send(url: string, init: RequestInit): Promise<Outcome> {
  const hasBody = bodyBytes(init.body) > 0
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(60_000), ...init })
    const body = await response.text()
    return { status: response.status, refusedAsError: body.includes('"status":"error"') }
  } catch (error) {
    const cause = String((error as Error).cause ?? error)
    if (hasBody && WRITE_RESET.test(cause)) return { status: 'reset while sending its body', refusedAsError: false }
    return { status: 'network-error', refusedAsError: false, cause }
  }
}

// Lone surrogates in the random text cannot be percent-encoded: they become U+FFFD first.
const segment = (value: string) => encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'))
// Header values are Latin-1 without control characters, or fetch refuses to send them.
const header = (value: string) => value.replace(/[^\x20-\x7e]/g, '?')
// Form and query values are strings; objects whose own keys shadow toString are serialised rather than converted.
const flat = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))

function routeUrl(page: string): string {
  const route = page
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .replace(/\/\([^)]+\)/g, '')
    .replace(/\[[^\]]+\]/g, () => segment(String(random.int(2) ? random.pick(realIds) : text(8))))
  return `${BASE}${route || '/'}`
}

// (a) Route handlers: every method, malformed paths, query strings, bodies, content types and headers.
const API_PATHS = ['/api/health', '/api/ping', '/api/attempts/{id}/answers', '/api/attempts/{id}/submit', '/api/classes/{id}/gradebook.csv', '/api/classes/{id}/assignments/{id}/results.csv', '/api/auth/csrf', '/api/auth/session', '/api/auth/providers', '/api/auth/signin', '/api/auth/signout', '/api/auth/callback/credentials', '/api/auth/error', '/api/auth/{id}', '/api/auth/callback/{id}', '/api/{id}']
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']
const CONTENT_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=x', 'text/plain', 'application/xml', 'image/png', '', 'text/x-component', 'application/json; charset=koi8-r']

function fillPath(template: string) {
  return template.replace(/\{id\}/g, () => segment(String(random.pick([random.pick(realIds), text(1 + random.int(30)), '..', '%2e%2e', '%00', 'x'.repeat(3000)]))))
}

function randomBody(): BodyInit | undefined {
  switch (random.int(6)) {
    case 0: return undefined
    case 1: return JSON.stringify(malformedInput())
    case 2: return new URLSearchParams(Object.entries(malformedInput()).map(([k, v]) => [k, flat(v)]))
    case 3: return new Blob([random.bytes(random.int(4096))])
    case 4: return '{"a":' .repeat(random.int(5000)) // unbalanced, deeply nested JSON
    default: return 'z'.repeat(4 * 1024 * 1024 + random.int(1024)) // above the 3 MB action limit
  }
}

async function fuzzRoute(session: Session) {
  const method = random.pick(METHODS)
  const query = random.int(2) ? `?${new URLSearchParams(Object.entries(malformedInput()).map(([k, v]) => [k, flat(v).slice(0, 2000)]))}` : ''
  const url = `${BASE}${fillPath(random.pick(API_PATHS))}${query}`
  const headers: Record<string, string> = { cookie: session.cookie }
  const contentType = random.pick(CONTENT_TYPES)
  if (contentType) headers['content-type'] = contentType
  if (random.int(4) === 0) headers['x-forwarded-for'] = header(random.pick(['1.2.3.4', text(20), '::1, evil', '']))
  if (random.int(6) === 0) headers['x-forwarded-proto'] = header(random.pick(['https', 'gopher', text(5)]))
  if (random.int(8) === 0) headers.origin = header(random.pick(['http://evil.example', 'null', text(10)]))
  const body = method === 'GET' || method === 'HEAD' ? undefined : randomBody()
  const outcome = await send(url, { method, headers, body })
  count(`routes (${session.name})`, outcome, () => `${method} ${url.slice(0, 200)} content-type ${contentType}`)
}

// (b) Server actions: the header Next's client sends, the bodies it sends (a React reply: JSON text, or multipart
// with the FormData's fields under "_1_"), then malformed versions of both and references a decoder might follow.
function actionBody(): { body: BodyInit; contentType?: string } {
  const input = malformedInput()
  switch (random.int(5)) {
    case 0:
    case 1: {
      const form = new FormData()
      form.append('0', JSON.stringify([{ status: 'idle' }, '$K1']))
      for (const [key, field] of Object.entries(input)) form.append(`_1_${key}`, flat(field))
      if (random.int(4) === 0) form.append(`_1_${random.pick(['file', 'text', 'title'])}`, new Blob([random.bytes(random.int(2048))]), text(6))
      return { body: form }
    }
    case 2:
      return { body: JSON.stringify(random.int(2) ? [{ status: 'idle' }, input] : [input]), contentType: 'text/plain;charset=UTF-8' }
    case 3:
      return { body: JSON.stringify(value()), contentType: random.pick(CONTENT_TYPES) || undefined }
    default: {
      const raw = randomBody()
      return { body: raw ?? '', contentType: random.pick(CONTENT_TYPES) || undefined }
    }
  }
}

async function fuzzAction(session: Session, actions: Action[]) {
  const action = random.pick(actions)
  const publicPages = action.pages.filter((page) => page.includes('(public)'))
  const page = session.name === 'anonymous' && publicPages.length ? random.pick(publicPages) : random.pick(action.pages)
  const url = routeUrl(page)
  const { body, contentType } = actionBody()
  const headers: Record<string, string> = { cookie: session.cookie, accept: 'text/x-component', 'next-action': random.int(20) ? action.id : header(random.pick(['', text(42), '0'.repeat(42), action.id.slice(1)])), origin: BASE }
  if (contentType) headers['content-type'] = contentType
  if (random.int(10) === 0) headers['next-router-state-tree'] = header(random.pick([text(40), '%5B%22', segment(flat(value()))]))
  // Cross-site request forgery: a post from another site's page must be refused (403), whatever its body.
  const forged = random.int(10) === 0
  if (forged) headers.origin = random.pick(['http://evil.example', 'null', `${BASE}.evil.example`])
  const outcome = await send(url, { method: 'POST', headers, body })
  if (forged) {
    count('actions from another origin', outcome, () => `${action.name} at ${url.slice(0, 120)}`)
    // 431: Node refuses an oversized header before anything runs.
    if (![403, 431, 'reset while sending its body'].includes(outcome.status)) failures.push(`actions from another origin: ${outcome.status} for ${action.name} at ${url.slice(0, 120)}`)
    return
  }
  count(`actions (${session.name})`, outcome, () => `${action.name} at ${url.slice(0, 120)}`)
  if (outcome.status === 200 && outcome.refusedAsError) count('actions refused with a validation error', outcome, () => '')
}

// (c) Documents: random bytes, truncated or empty zips, PDFs without a text layer, huge lines, mixed encodings and
// control characters, under every accepted extension and some refused ones.
function malformedDocument(): { name: string; bytes: Uint8Array } {
  const extension = random.pick(['.txt', '.md', '.docx', '.pdf', '.TXT', '.exe', '', '.txt.pdf', '.docx '])
  const encoder = new TextEncoder()
  let bytes: Uint8Array
  switch (random.int(8)) {
    case 0:
      bytes = random.bytes(random.int(64 * 1024))
      break
    case 1: {
      const zip = zipSync({ 'word/document.xml': encoder.encode(`<w:document><w:body><w:p><w:r><w:t>${text(200)}</w:t></w:r></w:p></w:body></w:document>`) })
      bytes = zip.subarray(0, random.int(zip.length))
      break
    }
    case 2:
      bytes = zipSync({ [random.pick(['word/document.xml', 'other.xml', '../evil.xml'])]: random.bytes(random.int(4096)) })
      break
    case 3:
      // A page with no text layer, as a scanner writes it; sometimes truncated.
      bytes = encoder.encode(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF`).subarray(0, random.int(2) ? undefined : random.int(200))
      break
    case 4:
      bytes = encoder.encode(text(100_000 + random.int(1_000_000)))
      break
    case 5: {
      const parts = [encoder.encode(text(500)), Uint8Array.from(Buffer.from(text(500), 'latin1')), new TextEncoder().encode(text(300))]
      bytes = Buffer.concat(parts.map((part) => Buffer.from(part)))
      break
    }
    case 6:
      bytes = Uint8Array.from({ length: 1 + random.int(5000) }, () => random.pick([1, 2, 7, 8, 11, 27, 31, 127, 65, 10]))
      break
    default:
      bytes = random.int(2) ? new Uint8Array(0) : Buffer.alloc(2 * 1024 * 1024 + 1 + random.int(100), 'a')
  }
  return { name: `${text(1 + random.int(20))}${extension}`, bytes }
}

async function fuzzImport(teacher: Session, importAction: Action) {
  const { name, bytes } = malformedDocument()
  const form = new FormData()
  form.append('0', JSON.stringify([{ status: 'idle' }, '$K1']))
  form.append('_1_title', random.int(2) ? text(random.int(300)) : '')
  form.append('_1_file', new Blob([bytes.slice()]), name)
  const outcome = await send(`${BASE}/documents/import`, { method: 'POST', headers: { cookie: teacher.cookie, accept: 'text/x-component', 'next-action': importAction.id, origin: BASE }, body: form })
  count('import', outcome, () => `${name} (${bytes.length} bytes)`)
  // A clear error is the action's own refusal; a body over the limit is refused by the proxy before the action (413).
  if (outcome.status === 200 && !outcome.refusedAsError) failures.push(`import: ${name} (${bytes.length} bytes) was not refused with a message`)
}



function readActions(): Action[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string; filename: string }>
  }
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: `${entry.filename}#${entry.exportedName}`, pages: Object.keys(entry.workers) }))
}

// Rows in every table a request could create; sign-in throttling rows are expected (failed sign-ins) and left out.
const TABLES = ['user', 'document', 'lesson', 'question', 'questionVersion', 'quiz', 'class', 'enrollment', 'assignment', 'attempt', 'answer', 'reviewState', 'lessonProgress', 'studyDay'] as const
async function rowCounts(db: ReturnType<typeof createDb>) {
  const counts: Record<string, number> = {}
  for (const table of TABLES) counts[table] = await (db[table] as unknown as { count: () => Promise<number> }).count()
  return counts
}

async function inParallel(total: number, work: () => Promise<void>) {
  let started = 0
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (started < total) {
      started++
      await work()
    }
  }))
}

async function main() {
  prepareDatabase(DATABASE_URL)
  seedDatabase(DATABASE_URL)
  ensureBuild()
  fs.mkdirSync('data', { recursive: true })
  const log = fs.openSync(LOG, 'w')
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', log],
    env: process.env,
    // Its own process group, so that stopping it also stops the next-server process it may fork.
    detached: true,
  })
  let exited: string | null = null
  server.on('exit', (code, signal) => (exited = `the server exited (${code ?? signal})`))
  const db = createDb(DATABASE_URL)
  try {
    await waitForServer(BASE)
    const teacher = await createTestUser(db, 'TEACHER')
    const student = await createTestUser(db, 'STUDENT')
    // Real ids make some requests pass the id checks and reach the ownership checks behind them.
    const { createClass } = await import('../lib/data/classes')
    const { startOrResumeAttempt } = await import('../lib/data/attempts')
    const quiz = await db.quiz.findFirstOrThrow()
    const owned = await createClass({ id: teacher.id, role: 'TEACHER' } as never, 'Fuzz class')
    const attemptId = await startOrResumeAttempt({ id: student.id, role: 'STUDENT' }, quiz.id)
    const others = await Promise.all([db.document.findFirstOrThrow(), db.lesson.findFirstOrThrow(), db.question.findFirstOrThrow()])
    realIds = [quiz.id, owned.id, attemptId, teacher.id, student.id, ...others.map((row) => row.id)]
    const sessions: Session[] = [
      { name: 'anonymous', cookie: '' },
      { name: 'student', cookie: await signInCookie(BASE, student.email, student.password) },
      { name: 'teacher', cookie: await signInCookie(BASE, teacher.email, teacher.password) },
    ]
    const actions = readActions()
    const importAction = actions.find((action) => action.name.endsWith('#importDocumentAction'))!
    const before = await rowCounts(db)
    const started = Date.now()
    console.log(`Fuzzing ${BASE} (seed ${SEED}): ${REQUESTS} requests over ${actions.length} actions and ${API_PATHS.length} route patterns, ${DOCUMENTS} documents`)
    await inParallel(REQUESTS, () => (random.int(3) === 0 ? fuzzRoute(random.pick(sessions)) : fuzzAction(random.pick(sessions), actions)))
    await inParallel(DOCUMENTS, () => fuzzImport(sessions[2], importAction))
    const after = await rowCounts(db)
    for (const table of TABLES) if (after[table] !== before[table]) failures.push(`${table}: ${before[table]} rows before, ${after[table]} after`)
    if (!(await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false))) failures.push('the server no longer answers /api/health')
    if (exited) failures.push(exited)
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s. Responses per status:`)
    for (const [group, byStatus] of totals) console.log(`  ${group.padEnd(42)} ${[...byStatus].sort().map(([status, n]) => `${status}: ${n}`).join('  ')}`)
  } finally {
    if (!exited) process.kill(-server.pid!)
    await db.$disconnect()
  }
  const stderr = fs.readFileSync(LOG, 'utf8')
  const traces = [...new Set(stderr.split(/\n(?=\S)/).filter((entry) => /\n\s+at /.test(entry)).map((entry) => entry.split('\n').slice(0, 4).join('\n')))]
  console.log(`Server stderr: ${stderr.length} bytes, ${traces.length} distinct stack traces (${LOG})`)
  for (const trace of traces.slice(0, 10)) console.log(`  ${trace.replace(/\n/g, '\n  ')}`)
  if (failures.length) {
    console.error(`✗ ${failures.length} failures:`)
    for (const failure of failures.slice(0, 30)) console.error(`  ${failure}`)
    process.exit(1)
  }
  console.log('✓ no 5xx, no crash, no row created')
}

await main()
