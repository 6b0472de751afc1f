// `npm run lighthouse`: Lighthouse (mobile) on the lesson, quiz and progress pages of a signed-in student, against a
// production build with its own database. Prints the median of several runs per page (the machine is noisy) and
// exits 1 below the budget: performance ≥ 90, accessibility 100.
import { spawn } from 'node:child_process'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { createDb } from '../lib/db-client'
import { createTestUser } from '../lib/data/factories'
import { median, signInCookie, waitForServer } from './lib/http'
import { ensureBuild, prepareDatabase, seedDatabase } from './lib/setup.mjs'

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3300)
const BASE = `http://127.0.0.1:${PORT}`
const DATABASE_URL = process.env.LIGHTHOUSE_DATABASE_URL ?? 'file:./data/lighthouse.db'
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const BUDGET = { performance: 90, accessibility: 100 }

process.env.DATABASE_URL = DATABASE_URL
process.env.AUTH_SECRET ??= 'lighthouse-only-secret-not-used-anywhere-else'
process.env.NEXT_TELEMETRY_DISABLED = '1'



/** A student with one submitted attempt (so the dashboard has data) and one in progress (the quiz page). */
async function prepareStudent() {
  // Imported here, after DATABASE_URL points at the Lighthouse database: the data layer connects on import.
  const { loadAttemptForPlayer, saveAnswer, startOrResumeAttempt, submitAttempt } = await import('../lib/data/attempts')
  const db = createDb(DATABASE_URL)
  const student = await createTestUser(db, 'STUDENT')
  const lesson = await db.lesson.findFirstOrThrow({ where: { document: { slug: 'russia-korea' } }, orderBy: { position: 'asc' } })
  const lessonQuiz = await db.quiz.findFirstOrThrow({ where: { lessonId: lesson.id, scope: 'LESSON' } })
  const documentQuiz = await db.quiz.findFirstOrThrow({ where: { documentId: lesson.documentId, scope: 'DOCUMENT' } })
  const finished = await startOrResumeAttempt(student, lessonQuiz.id)
  for (const question of (await loadAttemptForPlayer(student.id, finished))!.questions) {
    if (question.type === 'DATE_CHOICE' || question.type === 'ACTOR_CHOICE') {
      await saveAnswer(student.id, finished, question.id, { choice: question.content.choices![0] })
    }
  }
  await submitAttempt(student.id, finished)
  const open = await startOrResumeAttempt(student, documentQuiz.id)
  await db.$disconnect()
  return { student, pages: { lesson: `/lessons/${lesson.id}`, quiz: `/attempts/${open}`, progress: '/progress' } }
}


async function main() {
  prepareDatabase(DATABASE_URL)
  seedDatabase(DATABASE_URL)
  ensureBuild()
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    stdio: 'ignore',
    env: process.env,
  })
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  let failed = false
  try {
    await waitForServer(BASE)
    const { student, pages } = await prepareStudent()
    const cookie = await signInCookie(BASE, student.email, student.password)
    console.log(`Lighthouse (mobile), median of ${RUNS} runs per page`)
    for (const [name, path] of Object.entries(pages)) {
      const scores = { performance: [] as number[], accessibility: [] as number[] }
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(`${BASE}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: { Cookie: cookie },
        })
        const categories = result!.lhr.categories
        scores.performance.push(Math.round((categories.performance.score ?? 0) * 100))
        scores.accessibility.push(Math.round((categories.accessibility.score ?? 0) * 100))
      }
      const performance = median(scores.performance)
      const accessibility = median(scores.accessibility)
      const ok = performance >= BUDGET.performance && accessibility >= BUDGET.accessibility
      failed ||= !ok
      console.log(
        `  ${name.padEnd(9)} performance ${performance} (runs ${scores.performance.join(', ')})  accessibility ${accessibility} (runs ${scores.accessibility.join(', ')})  ${ok ? 'ok' : 'BELOW BUDGET'}`,
      )
    }
  } finally {
    await chrome.kill()
    server.kill()
  }
  process.exit(failed ? 1 : 0)
}

await main()
