// Shared by `npm run loadtest`, `faulttest` and `scaletest`: a class of simulated students prepared through the data
// layer, signed in over HTTP, answering through the JSON routes; then a check from the database that every answer the
// server acknowledged is there. Plain fetch (undici) with keep-alive for the class, autocannon for saturation;
// percentiles from the sorted latencies.
import { spawn, type ChildProcess } from 'node:child_process'
import autocannon from 'autocannon'
import { createDb, type Db } from '../../lib/db-client'
import { hashPassword } from '../../lib/auth/password'
import { newJoinCode } from '../../lib/data/factories'
import type { PlayerQuestion } from '../../lib/data/attempts'
import { percentile, signInCookie, sleep, waitForServer as waitUntilServing } from './http'

export const PASSWORD = 'load test password 1'

export { median, percentile, sleep } from './http'

export function summary(name: string, latencies: number[], errors: number) {
  const ms = (p: number) => percentile(latencies, p).toFixed(1).padStart(7)
  return `${name.padEnd(16)} requests ${String(latencies.length + errors).padStart(6)}  errors ${String(errors).padStart(4)}  p50 ${ms(50)} ms  p95 ${ms(95)} ms  p99 ${ms(99)} ms  max ${ms(100)} ms`
}

export function startServer(port: number, env: Record<string, string>): ChildProcess {
  const server = spawn(process.execPath, [...(process.env.LOAD_SERVER_NODE_ARGS?.split(' ') ?? []), 'node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  })
  return server
}

export function waitForServer(base: string) {
  return waitUntilServing(base, '/api/ping')
}

export async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGTERM')
  await exited
}


export function signIn(base: string, email: string): Promise<string> {
  return signInCookie(base, email, PASSWORD)
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index], index)
      }
    }),
  )
  return results
}

/** A valid response for a question as the player presents it (first choice, items as shown, pairs in order). */
function responseFor(question: PlayerQuestion): unknown {
  const { choices, items, left, right } = question.content
  switch (question.type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE':
      return { choice: choices![0] }
    case 'TRUE_FALSE':
      return { value: true }
    case 'ORDERING':
      return { order: items }
    case 'MATCHING':
      return { pairs: left!.map((item, i) => [item, right![i]]) }
    case 'TYPED':
      return { text: 'Seoul' }
  }
}

export type Student = { email: string; attemptId: string; plan: { questionId: string; response: unknown }[]; cookie?: string }

/**
 * A teacher, a class of `count` students (one shared password hash: hashing 300 times would only time scrypt),
 * an assignment of the seeded russia-korea document quiz, and each student's attempt started through the data layer.
 */
export async function prepareClass(databaseUrl: string, count: number, questions: number): Promise<{ students: Student[]; db: Db }> {
  process.env.DATABASE_URL = databaseUrl
  // Imported here, after DATABASE_URL is set: the data layer connects on import.
  const { loadAttemptForPlayer, startAssignmentAttempt } = await import('../../lib/data/attempts')
  const db = createDb(databaseUrl)
  const tag = `${Date.now().toString(36)}${process.pid}`
  const passwordHash = await hashPassword(PASSWORD)
  const teacher = await db.user.create({ data: { email: `load-teacher-${tag}@example.test`, name: 'Load teacher', role: 'TEACHER', passwordHash } })
  await db.user.createMany({
    data: Array.from({ length: count }, (_, i) => ({ email: `load-${tag}-${i}@example.test`, name: `Load student ${i}`, role: 'STUDENT' as const, passwordHash })),
  })
  const users = await db.user.findMany({ where: { email: { startsWith: `load-${tag}-` } }, select: { id: true, email: true } })
  const group = await db.class.create({ data: { teacherId: teacher.id, name: `Load ${tag}`, joinCode: newJoinCode() } })
  await db.enrollment.createMany({ data: users.map((user) => ({ classId: group.id, studentId: user.id })) })
  const quiz = await db.quiz.findFirstOrThrow({ where: { document: { slug: 'russia-korea' }, scope: 'DOCUMENT' } })
  const now = Date.now()
  const assignment = await db.assignment.create({
    data: { classId: group.id, quizId: quiz.id, openAt: new Date(now - 60_000), dueAt: new Date(now + 86_400_000), timeLimitSec: 3600 },
  })
  const students = await pool(users, 4, async (user) => {
    const attemptId = await startAssignmentAttempt(user, assignment.id)
    const player = await loadAttemptForPlayer(user.id, attemptId)
    const plan = player!.questions.slice(0, questions).map((question) => ({ questionId: question.id, response: responseFor(question) }))
    if (plan.length < questions) throw new Error(`the quiz has only ${plan.length} questions`)
    return { email: user.email, attemptId, plan }
  })
  return { students, db }
}

export async function signInAll(base: string, students: Student[]) {
  await pool(students, 8, async (student) => {
    student.cookie = await signIn(base, student.email)
  })
}

export type Outcome = { status: number; ms: number; instance?: string }

/** One JSON POST to the attempt routes, with the Origin a browser sends; never throws (a refused connection is status 0). */
export async function post(base: string, student: Student, path: string, body: unknown): Promise<Outcome> {
  const started = performance.now()
  try {
    const request = attemptRequest(base, student, path, body)
    const response = await fetch(`${base}${request.path}`, request)
    await response.arrayBuffer()
    return { status: response.status, ms: performance.now() - started, instance: response.headers.get('x-upstream') ?? undefined }
  } catch {
    return { status: 0, ms: performance.now() - started }
  }
}

/** Each student opens the attempt page, as a browser does before its first answer (the page verifies the session). */
export async function openAttempts(base: string, students: Student[]) {
  await pool(students, 8, async (student) => {
    const response = await fetch(`${base}/attempts/${student.attemptId}`, { headers: { cookie: student.cookie! } })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`opening the attempt page: ${response.status}`)
  })
}

/** What the server acknowledged: the last response per attempt and question that got a 200. */
export class Ledger {
  readonly acknowledged = new Map<string, string>()
  readonly saves: Outcome[] = []
  readonly submits: Outcome[] = []

  saved(student: Student, step: { questionId: string; response: unknown }, outcome: Outcome) {
    this.saves.push(outcome)
    if (outcome.status === 200) this.acknowledged.set(`${student.attemptId} ${step.questionId}`, JSON.stringify(step.response))
  }
}

export function latencies(outcomes: Outcome[]) {
  const ok = outcomes.filter((o) => o.status === 200)
  return { ms: ok.map((o) => o.ms), errors: outcomes.length - ok.length }
}

/**
 * Each student answers their questions with `thinkMs()` between answers (the first delay also spreads the starts).
 * With `retry`, a failed save is repeated until it succeeds, as the player does when the connection drops.
 */
export async function answerAll(base: string, students: Student[], ledger: Ledger, thinkMs: () => number, retry = false) {
  await Promise.all(
    students.map(async (student) => {
      for (const step of student.plan) {
        await sleep(thinkMs())
        for (;;) {
          const outcome = await post(base, student, 'answers', { questionId: step.questionId, response: step.response })
          ledger.saved(student, step, outcome)
          if (outcome.status === 200 || !retry) break
          await sleep(200)
        }
      }
    }),
  )
}

/**
 * Every student submits within the same `withinMs` window, as when a time limit ends: each browser's countdown fires
 * at its own moment of that second (clocks and timers differ by milliseconds to a second). With `retry`, until a 200.
 */
export async function submitAll(base: string, students: Student[], ledger: Ledger, { retry = false, withinMs = 1000 } = {}) {
  await Promise.all(
    students.map(async (student) => {
      await sleep(Math.random() * withinMs)
      for (;;) {
        const outcome = await post(base, student, 'submit', {})
        ledger.submits.push(outcome)
        if (outcome.status === 200 || !retry) break
        await sleep(200)
      }
    }),
  )
}

export type SaturationRequest = { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }

/**
 * Responses per second over `seconds` with `connections` requests always in flight, driven by autocannon (a load
 * generator far lighter than fetch, so more of the two cores goes to the server); `next` gives each request.
 * Anything but a 2xx counts as an error.
 */
export async function saturate(base: string, seconds: number, connections: number, next: () => SaturationRequest) {
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
  })
  return { rps: result['2xx'] / seconds, errors: result.non2xx + result.errors + result.timeouts }
}

/** A JSON POST to one of `student`'s attempt routes ('answers', 'submit'), with the Origin a browser sends. */
export function attemptRequest(base: string, student: Student, path: string, body: unknown): SaturationRequest {
  return {
    method: 'POST',
    path: `/api/attempts/${student.attemptId}/${path}`,
    headers: { 'content-type': 'application/json', origin: base, cookie: student.cookie! },
    body: JSON.stringify(body),
  }
}

/** From the database: every acknowledged answer with its response, and no submitted attempt without its score. */
export async function verify(db: Db, students: Student[], ledger: Ledger) {
  const attemptIds = students.map((s) => s.attemptId)
  const answers = await db.answer.findMany({ where: { attemptId: { in: attemptIds } }, select: { attemptId: true, questionId: true, response: true } })
  const stored = new Map(answers.map((a) => [`${a.attemptId} ${a.questionId}`, JSON.stringify(a.response)]))
  let missing = 0
  let different = 0
  for (const [key, response] of ledger.acknowledged) {
    if (!stored.has(key)) missing++
    else if (stored.get(key) !== response) different++
  }
  const attempts = await db.attempt.findMany({ where: { id: { in: attemptIds } }, select: { status: true, score: true, maxScore: true } })
  const submitted = attempts.filter((a) => a.status === 'SUBMITTED')
  const halfWritten = submitted.filter((a) => a.score === null || a.maxScore === null).length
  const expected = students.reduce((sum, s) => sum + s.plan.length, 0)
  return { expected, inDatabase: answers.length, acknowledged: ledger.acknowledged.size, missing, different, submitted: submitted.length, halfWritten }
}

export function printVerification(result: Awaited<ReturnType<typeof verify>>, students: number) {
  console.log(
    `answers in database ${result.inDatabase} / expected ${result.expected}; acknowledged ${result.acknowledged}, missing ${result.missing}, ` +
      `different response ${result.different}; attempts submitted ${result.submitted} / ${students}, submitted without a score ${result.halfWritten}`,
  )
  return result.missing === 0 && result.different === 0 && result.halfWritten === 0 && result.inDatabase === result.expected && result.submitted === students
}
