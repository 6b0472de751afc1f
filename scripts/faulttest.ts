// `npm run faulttest`: the app is killed with SIGKILL twice under load (while students save answers, then during the
// submit burst) and restarted; students retry what failed, as the player does. Then, from the SQLite database: every
// answer the server acknowledged is there with that response, and no attempt is submitted without its score; and the
// review memories (written after the submits, from an outbox: ADR 0011) are all written, those of the killed server too.
import fs from 'node:fs'
import os from 'node:os'
import type { ChildProcess } from 'node:child_process'
import Database from 'better-sqlite3'
import { ensureBuild, prepareDatabase, seedDatabase } from './lib/setup.mjs'
import type { Db } from '../lib/db-client'
import { answerAll, Ledger, prepareClass, printVerification, signInAll, sleep, startServer, stopServer, submitAll, verify, waitForServer, type Student } from './lib/load'

const PORT = Number(process.env.FAULT_PORT ?? 3410)
const BASE = `http://127.0.0.1:${PORT}`
const STUDENTS = Number(process.env.FAULT_STUDENTS ?? 300)
const QUESTIONS = 20
const FILE = './data/faulttest.db'
const DATABASE_URL = `file:${FILE}`

process.env.NEXT_DIST_DIR ||= '.next-load'
process.env.NEXT_TELEMETRY_DISABLED = '1'
const env = { DATABASE_URL, AUTH_SECRET: process.env.AUTH_SECRET ?? 'faulttest-only-secret-not-used-anywhere-else' }

let server: ChildProcess

async function killAndRestart(when: string) {
  server.kill('SIGKILL')
  await new Promise((resolve) => server.once('exit', resolve))
  console.log(`SIGKILL ${when}; restarting`)
  server = startServer(PORT, env)
  await waitForServer(BASE)
}

async function main() {
  ensureBuild()
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${FILE}${suffix}`, { force: true })
  prepareDatabase(DATABASE_URL)
  seedDatabase(DATABASE_URL)
  const file = new Database(FILE, { readonly: true })
  console.log(`journal mode: ${file.pragma('journal_mode', { simple: true })}`)
  file.close()
  const { students, db } = await prepareClass(DATABASE_URL, STUDENTS, QUESTIONS)
  server = startServer(PORT, env)
  try {
    await waitForServer(BASE)
    await signInAll(BASE, students)
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
    const ledger = new Ledger()
    const expected = STUDENTS * QUESTIONS
    // Thinking 0.2–0.4 s: the kill lands while many saves are in flight.
    const answering = answerAll(BASE, students, ledger, () => 200 + Math.random() * 200, true)
    while (ledger.acknowledged.size < expected * 0.4) await sleep(5)
    await killAndRestart(`after ${ledger.acknowledged.size} acknowledged saves`)
    await answering

    const submitting = submitAll(BASE, students, ledger, { retry: true })
    await sleep(Number(process.env.FAULT_SUBMIT_KILL_MS ?? 150))
    await killAndRestart(`during the submit burst, after ${ledger.submits.filter((s) => s.status === 200).length} acknowledged submits`)
    await submitting

    const failed = (outcomes: { status: number }[]) => outcomes.filter((o) => o.status !== 200).length
    console.log(`saves: ${ledger.saves.length} requests, ${failed(ledger.saves)} failed and retried; submits: ${ledger.submits.length} requests, ${failed(ledger.submits)} failed and retried`)
    const ok = printVerification(await verify(db, students, ledger), STUDENTS) && (await reviewsAllWritten(db, students))
    await db.$disconnect()
    console.log(ok ? 'no answer lost, no attempt half-written' : 'FAILED: see the counts above')
    process.exitCode = ok ? 0 : 1
  } finally {
    await stopServer(server)
  }
}

/** Waits (up to 30 s) for the outbox to empty, then checks each student has a review memory per question of the quiz. */
async function reviewsAllWritten(db: Db, students: Student[]) {
  const attemptIds = students.map((student) => student.attemptId)
  const started = performance.now()
  while ((await db.pendingReview.count({ where: { attemptId: { in: attemptIds } } })) > 0 && performance.now() - started < 30_000) await sleep(100)
  const pending = await db.pendingReview.count({ where: { attemptId: { in: attemptIds } } })
  const attempts = await db.attempt.findMany({ where: { id: { in: attemptIds } }, select: { userId: true, questionIds: true } })
  const expected = attempts.reduce((sum, attempt) => sum + (attempt.questionIds as string[]).length, 0)
  const written = await db.reviewState.count({ where: { userId: { in: attempts.map((attempt) => attempt.userId) } } })
  console.log(`review memories ${written} / expected ${expected}, still pending ${pending} (waited ${((performance.now() - started) / 1000).toFixed(1)} s after the last submit)`)
  return pending === 0 && written === expected
}

await main()
