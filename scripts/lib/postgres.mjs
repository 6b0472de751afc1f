// Finds a PostgreSQL server for the tests: TEST_POSTGRES_URL, else the one on 127.0.0.1:5432, else one installed
// from apt and started on 127.0.0.1:54329 under /tmp (a fresh machine has none).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { log, root, run } from './setup.mjs'

const LOCAL_URL = 'postgresql://postgres@127.0.0.1:5432/test'
const OWN_PORT = 54329
const OWN_DIR = '/tmp/letopis-postgres'

async function answers(url) {
  const { default: pg } = await import(path.join(root, 'node_modules/pg/lib/index.js'))
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

function postgresBinDir() {
  const base = '/usr/lib/postgresql'
  if (!fs.existsSync(base)) return null
  const version = fs.readdirSync(base).sort((a, b) => Number(b) - Number(a))[0]
  return version ? path.join(base, version, 'bin') : null
}

function startOwnServer() {
  if (!postgresBinDir()) {
    log('Installing PostgreSQL from apt (no server found)')
    run('apt-get', ['update'])
    run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { env: { DEBIAN_FRONTEND: 'noninteractive' } })
  }
  const binDir = postgresBinDir()
  const asPostgres = (command, args) => run('runuser', ['-u', 'postgres', '--', path.join(binDir, command), ...args])
  if (!fs.existsSync(path.join(OWN_DIR, 'PG_VERSION'))) {
    fs.mkdirSync(OWN_DIR, { recursive: true })
    spawnSync('chown', ['postgres:postgres', OWN_DIR])
    asPostgres('initdb', ['-D', OWN_DIR, '--auth=trust', '-U', 'postgres', '--encoding=UTF8'])
  }
  log(`Starting a PostgreSQL server on 127.0.0.1:${OWN_PORT}`)
  asPostgres('pg_ctl', ['-D', OWN_DIR, '-l', `${OWN_DIR}/server.log`, '-w', '-o', `-p ${OWN_PORT} -h 127.0.0.1 -k /tmp`, 'start'])
  return {
    url: `postgresql://postgres@127.0.0.1:${OWN_PORT}/postgres`,
    stop: () => asPostgres('pg_ctl', ['-D', OWN_DIR, '-m', 'fast', 'stop']),
  }
}

export async function findPostgres() {
  if (process.env.TEST_POSTGRES_URL) return { url: process.env.TEST_POSTGRES_URL, stop: () => {} }
  if (await answers(LOCAL_URL)) return { url: LOCAL_URL, stop: () => {} }
  const own = startOwnServer()
  if (!(await answers(own.url))) throw new Error(`PostgreSQL did not answer at ${own.url}; see ${OWN_DIR}/server.log`)
  return own
}

/** A schema of its own in the server's database: the tests never see tables they did not create. */
export async function withTestSchema(serverUrl, body) {
  const { default: pg } = await import(path.join(root, 'node_modules/pg/lib/index.js'))
  const schema = `letopis_test_${process.pid}_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE SCHEMA "${schema}"`)
  const url = new URL(serverUrl)
  url.searchParams.set('schema', schema)
  try {
    return await body(url.toString())
  } finally {
    await admin.query(`DROP SCHEMA "${schema}" CASCADE`)
    await admin.end()
  }
}
