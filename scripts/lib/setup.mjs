// Steps shared by `npm start` and `npm test`. Plain Node with no dependencies: it runs before node_modules exists.
import { spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
export const DEFAULT_DATABASE_URL = 'file:./data/letopis.db'
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

export function log(message) {
  console.log(`\x1b[1m▸ ${message}\x1b[0m`)
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } })
  if (result.status !== 0) {
    const error = new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
    error.exitCode = result.status ?? 1
    throw error
  }
  return result
}

export function runBin(name, args, options) {
  return run(bin(name), args, options)
}

function hashFiles(paths) {
  const hash = createHash('sha256')
  const visit = (file) => {
    if (!fs.existsSync(file)) return
    const stat = fs.statSync(file)
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file).sort()) {
        if (!['node_modules', 'generated'].includes(entry) && !entry.startsWith('.next')) visit(path.join(file, entry))
      }
    } else {
      hash.update(path.relative(root, file)).update(fs.readFileSync(file))
    }
  }
  paths.map((p) => path.join(root, p)).forEach(visit)
  return hash.digest('hex')
}

// Runs `produce` only when the inputs changed since the stamp was written.
function whenChanged(stampFile, inputs, produce) {
  const stamp = path.join(root, stampFile)
  const digest = hashFiles(inputs)
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === digest) return false
  produce()
  fs.mkdirSync(path.dirname(stamp), { recursive: true })
  fs.writeFileSync(stamp, digest)
  return true
}

// Two commands started together (npm start and npm test, or parallel test runs) must not both run npm ci:
// the second waits for the first, then finds the stamp current and installs nothing.
function withInstallLock(work) {
  const lock = path.join(root, '.letopis-install.lock')
  const deadline = Date.now() + 15 * 60 * 1000
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch (error) {
      if (error.code !== 'EEXIST' || Date.now() > deadline) throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000)
    }
  }
  try {
    work()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

export function ensureDependencies() {
  withInstallLock(() =>
    // The lockfile alone decides: a new script in package.json is no reason to reinstall.
    whenChanged('node_modules/.letopis-install', ['package-lock.json'], () => {
      log('Installing dependencies (npm ci)')
      // Playwright drives Debian's Chromium: never download a browser.
      run('npm', ['ci', '--no-audit', '--no-fund'], { env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })
    }),
  )
}

export function ensurePrismaClients() {
  whenChanged('lib/generated/.schema-stamp', ['prisma/schema.prisma', 'package-lock.json'], () => {
    log('Generating Prisma clients (SQLite and PostgreSQL)')
    run(process.execPath, ['scripts/db/sync-schemas.mjs'])
    // generate needs no schema engine; pointing at /bin/false stops the CLI from trying to download one.
    const env = { PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1' }
    runBin('prisma', ['generate', '--schema', 'prisma/schema.prisma'], { env })
    runBin('prisma', ['generate', '--schema', 'prisma/postgres/schema.prisma'], { env })
  })
}

function readDotEnv() {
  const file = path.join(root, '.env')
  if (!fs.existsSync(file)) return {}
  return Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*"?(.*?)"?\s*$/.exec(line))
      .filter(Boolean)
      .map((match) => [match[1], match[2]]),
  )
}

/** Values from the environment win over .env; a missing session secret is generated once and kept in .env. */
export function loadEnvironment() {
  const fromFile = readDotEnv()
  for (const [key, value] of Object.entries(fromFile)) process.env[key] ??= value
  if (!process.env.AUTH_SECRET) {
    const secret = randomBytes(32).toString('base64url')
    fs.appendFileSync(path.join(root, '.env'), `${fs.existsSync(path.join(root, '.env')) ? '\n' : ''}AUTH_SECRET=${secret}\n`)
    process.env.AUTH_SECRET = secret
    log('Generated a session secret (AUTH_SECRET) in .env')
  }
  process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL
  process.env.NEXT_TELEMETRY_DISABLED = '1'
}

export function isPostgres(url) {
  return /^postgres(ql)?:\/\//.test(url)
}

/** Applies pending migrations; SQLite files get WAL so reads never wait for an answer being saved. */
export function prepareDatabase(url) {
  if (!isPostgres(url)) {
    const file = url.replace(/^file:/, '')
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true })
  }
  run(process.execPath, ['scripts/db/pmigrate.mjs', 'deploy'], { env: { DATABASE_URL: url } })
  if (!isPostgres(url)) run(process.execPath, ['scripts/db/sqlite-wal.mjs', url.replace(/^file:/, '')])
}

export function seedDatabase(url) {
  runBin('tsx', ['prisma/seed.ts'], { env: { DATABASE_URL: url } })
}

export function ensureBuild() {
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  const inputs = ['app', 'components', 'lib', 'content', 'public', 'proxy.ts', 'next.config.js', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma']
  const built = fs.existsSync(path.join(root, distDir, 'BUILD_ID'))
  if (!built) fs.rmSync(path.join(root, distDir, '.letopis-build'), { force: true })
  whenChanged(`${distDir}/.letopis-build`, inputs, () => {
    log('Building the app (next build)')
    runBin('next', ['build'], { env: { NEXT_TELEMETRY_DISABLED: '1' } })
  })
}
