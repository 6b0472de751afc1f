// `npm test`: installs what it needs, then type check, lint, dependency audit, schema/migration check, unit tests, data-layer tests
// on SQLite and PostgreSQL, the build and its JavaScript budget, the Playwright suite on Debian's Chromium and a
// short fuzz run. Stops at the first failing step.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureBuild, ensureDependencies, ensurePrismaClients, log, prepareDatabase, root, run, runBin, seedDatabase } from './lib/setup.mjs'
import { findPostgres, withTestSchema } from './lib/postgres.mjs'

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const timings = []
// `npm test -- e2e postgres` runs only those steps (after the dependencies); no argument runs everything.
const only = process.argv.slice(2)

async function step(id, name, body) {
  if (only.length && id !== 'deps' && !only.includes(id)) return
  log(name)
  const started = Date.now()
  await body()
  timings.push([name, ((Date.now() - started) / 1000).toFixed(1)])
}

function findFiles(dir, suffix) {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true })
    .map((file) => path.join(dir, String(file)))
    .filter((file) => file.endsWith(suffix) && !file.includes('node_modules') && !file.includes(`generated${path.sep}`))
}

function ensureChromium() {
  if (fs.existsSync(CHROME_PATH)) return
  log('Installing Chromium from apt (Playwright never downloads a browser)')
  run('apt-get', ['update'])
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-liberation'], { env: { DEBIAN_FRONTEND: 'noninteractive' } })
}

// Data modules import 'server-only', which resolves to an empty module under the react-server condition.
function runDataTests(databaseUrl) {
  run(process.execPath, ['--conditions=react-server', '--import', 'tsx', '--test', '--test-timeout=120000', '--test-concurrency=1', ...findFiles('lib', '.dbtest.ts'), ...findFiles('prisma', '.dbtest.ts')], {
    env: { DATABASE_URL: databaseUrl },
  })
}

try {
  const env = { NEXT_TELEMETRY_DISABLED: '1', AUTH_SECRET: process.env.AUTH_SECRET ?? 'test-only-secret-never-used-in-production-0000' }
  Object.assign(process.env, env)
  await step('deps', 'Dependencies', () => {
    ensureDependencies()
    ensureChromium()
    ensurePrismaClients()
  })
  await step('types', 'Type check', () => runBin('tsc', ['--noEmit', '-p', '.']))
  await step('lint', 'Lint', () => runBin('eslint', ['--max-warnings=0', '.']))
  await step('audit', 'Dependency audit (production dependencies, high and critical)', () => run(process.execPath, ['scripts/audit.mjs']))
  await step('schema', 'Schema and migrations agree (SQLite and PostgreSQL)', () => run('npm', ['run', '--silent', 'db:check']))
  await step('unit', 'Unit tests', () => run(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=120000', ...findFiles('lib', '.test.ts'), ...findFiles('scripts', '.test.ts')]))
  await step('sqlite', 'Data-layer tests on SQLite', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letopis-sqlite-'))
    const url = `file:${path.join(dir, 'test.db')}`
    try {
      prepareDatabase(url)
      runDataTests(url)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
  await step('postgres', 'Data-layer tests on PostgreSQL', async () => {
    const server = await findPostgres()
    try {
      await withTestSchema(server.url, async (url) => {
        prepareDatabase(url)
        runDataTests(url)
      })
    } finally {
      server.stop()
    }
  })
  await step('build', 'Build', () => ensureBuild())
  await step('budget', 'Performance budget and client bundle secrets', () => {
    run(process.execPath, ['scripts/budget.mjs'])
    run(process.execPath, ['scripts/secrets-check.mjs'])
  })
  await step('e2e', 'End-to-end tests (Playwright, Chromium)', () => {
    // The e2e database persists between runs: tests create their own accounts, so the suite passes twice in a row.
    const url = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db'
    prepareDatabase(url)
    seedDatabase(url)
    runBin('playwright', ['test'], { env: { E2E_DATABASE_URL: url, CHROME_PATH, CI: process.env.CI ?? '1' } })
  })
  // A small seeded run of `npm run fuzz` (10,000 requests and 1,000 documents) against the same build.
  const fuzzPort = Number(process.env.E2E_PORT ?? 3100) + 10
  await step('fuzz', 'Fuzz: malformed requests to route handlers, actions and the import', () =>
    run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/fuzz.ts'], {
      // Beside the e2e server's port and with its own database, so parallel checkouts do not collide.
      env: { FUZZ_REQUESTS: '500', FUZZ_DOCUMENTS: '50', FUZZ_PORT: String(fuzzPort), FUZZ_DATABASE_URL: process.env.FUZZ_DATABASE_URL ?? `file:./data/fuzz-${fuzzPort}.db` },
    }),
  )
  console.log('\nAll checks passed:')
  for (const [name, seconds] of timings) console.log(`  ${seconds.padStart(6)} s  ${name}`)
} catch (error) {
  console.error(`\n✗ ${error.message}`)
  process.exit(error.exitCode ?? 1)
}
