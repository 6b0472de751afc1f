// `npm run loadtest [-- sqlite|postgres]`: a production build (NEXT_DIST_DIR, default .next-load) on 127.0.0.1 with a
// database of its own, loaded by a class of simulated students (scripts/lib/load.ts). Two runs per database:
//  - class: LOAD_STUDENTS (300) students sign in, open their attempt page, answer LOAD_QUESTIONS (20) questions each, thinking 2–4 s × LOAD_THINK_SCALE
//    (1) between answers, then all submit within the same LOAD_SUBMIT_WITHIN_MS (1000: "the same second" as a time
//    limit ends; 0 sends all 300 at one instant); then the answers are counted in the database;
//  - saturation (autocannon): LOAD_CONNECTIONS (64) requests always in flight, alternating GET /api/ping (the framework's floor)
//    and saving an answer, LOAD_ROUNDS (3) × LOAD_SECONDS (8) each; the median ratio is reported.
// LOAD_SERVER_NODE_ARGS passes flags to the server's node (e.g. `--cpu-prof --cpu-prof-dir=/tmp/profile`).
// Figures are printed, not asserted (the machine is shared); exit 1 only when an answer is lost.
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import fs from 'node:fs'
import { ensureBuild, prepareDatabase, seedDatabase } from './lib/setup.mjs'
import { findPostgres, withTestSchema } from './lib/postgres.mjs'
import { answerAll, attemptRequest, Ledger, openAttempts, latencies, median, prepareClass, printVerification, saturate, signInAll, startServer, stopServer, submitAll, summary, verify, waitForServer } from './lib/load'

const PORT = Number(process.env.LOAD_PORT ?? 3400)
const BASE = `http://127.0.0.1:${PORT}`
const STUDENTS = Number(process.env.LOAD_STUDENTS ?? 300)
const QUESTIONS = Number(process.env.LOAD_QUESTIONS ?? 20)
const THINK_SCALE = Number(process.env.LOAD_THINK_SCALE ?? 1)
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 8)
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 3)
const SUBMIT_WITHIN_MS = Number(process.env.LOAD_SUBMIT_WITHIN_MS ?? 1000)

process.env.NEXT_DIST_DIR ||= '.next-load'
process.env.NEXT_TELEMETRY_DISABLED = '1'
const AUTH_SECRET = process.env.AUTH_SECRET ?? 'loadtest-only-secret-not-used-anywhere-else'

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ')

async function runOn(name: string, databaseUrl: string) {
  console.log(`\n=== ${name} (load average ${load()}) ===`)
  prepareDatabase(databaseUrl)
  seedDatabase(databaseUrl)
  const { students, db } = await prepareClass(databaseUrl, STUDENTS, QUESTIONS)
  const server = startServer(PORT, { DATABASE_URL: databaseUrl, AUTH_SECRET })
  try {
    await waitForServer(BASE)
    let started = performance.now()
    await signInAll(BASE, students)
    console.log(`${STUDENTS} students signed in over HTTP in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    started = performance.now()
    await openAttempts(BASE, students)
    console.log(`${STUDENTS} attempt pages opened in ${((performance.now() - started) / 1000).toFixed(1)} s`)

    const ledger = new Ledger()
    started = performance.now()
    await answerAll(BASE, students, ledger, () => (2000 + Math.random() * 2000) * THINK_SCALE)
    const answering = (performance.now() - started) / 1000
    // Re-saving the same responses keeps what the database must hold unchanged while saturating.
    const steps = students.flatMap((student) => student.plan.map((step) => ({ student, step })))
    const rounds: { ping: number; save: number; errors: number }[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const ping = await saturate(BASE, SECONDS, CONNECTIONS, () => ({ method: 'GET', path: '/api/ping' }))
      let i = 0
      const save = await saturate(BASE, SECONDS, CONNECTIONS, () => {
        const { student, step } = steps[i++ % steps.length]
        return attemptRequest(BASE, student, 'answers', step)
      })
      rounds.push({ ping: ping.rps, save: save.rps, errors: ping.errors + save.errors })
    }
    await submitAll(BASE, students, ledger, { withinMs: SUBMIT_WITHIN_MS })
    const result = await verify(db, students, ledger)
    await db.$disconnect()

    const saves = latencies(ledger.saves.slice(0, STUDENTS * QUESTIONS))
    const submits = latencies(ledger.submits)
    console.log(`class run: ${STUDENTS} students × ${QUESTIONS} answers in ${answering.toFixed(1)} s (think 2–4 s × ${THINK_SCALE}), load average ${load()}`)
    console.log(summary('  save answer', saves.ms, saves.errors), p99Goal(saves.ms, 150))
    console.log(summary(`  submit burst (all within ${SUBMIT_WITHIN_MS} ms)`, submits.ms, submits.errors), p99Goal(submits.ms, 500))
    const ratios = rounds.map((r) => r.save / r.ping)
    console.log(`saturation (${CONNECTIONS} in flight, ${ROUNDS} × ${SECONDS} s each):`)
    for (const r of rounds) console.log(`  ping ${r.ping.toFixed(0)} req/s, save ${r.save.toFixed(0)} req/s, ratio ${(r.save / r.ping).toFixed(2)}, errors ${r.errors}`)
    console.log(`  median ratio ${median(ratios).toFixed(2)} (goal ≥ 0.50)`)
    return printVerification(result, STUDENTS) && saves.errors === 0 && submits.errors === 0
  } finally {
    await stopServer(server)
  }
}

function p99Goal(ms: number[], goal: number) {
  const p99 = [...ms].sort((a, b) => a - b)[Math.ceil(0.99 * ms.length) - 1]
  return p99 < goal ? `(goal < ${goal} ms: met)` : `(goal < ${goal} ms: MISSED)`
}

async function main() {
  const which = process.argv.slice(2).length ? process.argv.slice(2) : ['sqlite', 'postgres']
  ensureBuild()
  // The data layer binds one database per process (lib/db.ts): each database gets a process of its own.
  if (which.length > 1) {
    const codes = which.map((name) => spawnSync(process.execPath, [...process.execArgv, process.argv[1], name], { stdio: 'inherit' }).status)
    process.exit(codes.every((code) => code === 0) ? 0 : 1)
  }
  let ok = true
  if (which.includes('sqlite')) {
    const file = './data/loadtest.db'
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
    ok = (await runOn('SQLite', `file:${file}`)) && ok
  }
  if (which.includes('postgres')) {
    const server = await findPostgres()
    try {
      ok = (await withTestSchema(server.url, (url: string) => runOn(`PostgreSQL (pool ${process.env.DATABASE_POOL_SIZE ?? 10})`, url))) && ok
    } finally {
      server.stop()
    }
  }
  process.exit(ok ? 0 : 1)
}

await main()
