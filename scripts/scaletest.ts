// `npm run scaletest`: two `next start` instances (same AUTH_SECRET, same PostgreSQL database) behind nginx (from
// apt, run from a config in a temp dir, listening on loopback only), round-robin. The class signs in and answers
// through nginx; every response names the instance that served it (X-Upstream), so both must have served answers
// for the same sessions. Then the answers are counted in the database.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureBuild, prepareDatabase, seedDatabase } from './lib/setup.mjs'
import { findPostgres, withTestSchema } from './lib/postgres.mjs'
import { answerAll, Ledger, latencies, prepareClass, printVerification, signInAll, startServer, stopServer, submitAll, summary, verify, waitForServer } from './lib/load'

const PORTS = [3420, 3421]
const PROXY_PORT = 3422
const BASE = `http://127.0.0.1:${PROXY_PORT}`
const STUDENTS = Number(process.env.LOAD_STUDENTS ?? 300)
const QUESTIONS = Number(process.env.LOAD_QUESTIONS ?? 20)
const THINK_SCALE = Number(process.env.LOAD_THINK_SCALE ?? 1)

process.env.NEXT_DIST_DIR ||= '.next-load'
process.env.NEXT_TELEMETRY_DISABLED = '1'
const AUTH_SECRET = process.env.AUTH_SECRET ?? 'scaletest-only-secret-not-used-anywhere-else'

// The same file README "Growing past one machine" shows; Host is passed on, the same-origin check compares it.
function nginxConfig(dir: string) {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '$upstream_addr $status $request_method $uri';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream letopis {
${PORTS.map((port) => `    server 127.0.0.1:${port};`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${PROXY_PORT};
    location / {
      proxy_pass http://letopis;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`
}

function ensureNginx() {
  if (spawnSync('nginx', ['-v']).status === 0) return
  console.log('Installing nginx from apt')
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
}

async function runScaled(databaseUrl: string) {
  prepareDatabase(databaseUrl)
  seedDatabase(databaseUrl)
  const { students, db } = await prepareClass(databaseUrl, STUDENTS, QUESTIONS)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letopis-nginx-'))
  fs.chmodSync(dir, 0o755)
  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir))
  const servers = PORTS.map((port) => startServer(port, { DATABASE_URL: databaseUrl, AUTH_SECRET }))
  const nginx = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' })
  try {
    await Promise.all(PORTS.map((port) => waitForServer(`http://127.0.0.1:${port}`)))
    await waitForServer(BASE)
    console.log(`two instances (${PORTS.join(', ')}) behind nginx on ${PROXY_PORT}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
    await signInAll(BASE, students)
    const ledger = new Ledger()
    await answerAll(BASE, students, ledger, () => (2000 + Math.random() * 2000) * THINK_SCALE)
    await submitAll(BASE, students, ledger)
    const saves = latencies(ledger.saves)
    const submits = latencies(ledger.submits)
    console.log(summary('  save answer', saves.ms, saves.errors))
    console.log(summary('  submit burst', submits.ms, submits.errors))
    const byInstance = new Map<string, number>()
    for (const outcome of [...ledger.saves, ...ledger.submits].filter((o) => o.status === 200)) {
      byInstance.set(outcome.instance ?? '?', (byInstance.get(outcome.instance ?? '?') ?? 0) + 1)
    }
    console.log(`  acknowledged per instance: ${[...byInstance].map(([instance, count]) => `${instance} ${count}`).join(', ')}`)
    const log = fs.readFileSync(path.join(dir, 'access.log'), 'utf8').trim().split('\n')
    const statuses = new Map<string, number>()
    for (const line of log) statuses.set(line.split(' ')[1], (statuses.get(line.split(' ')[1]) ?? 0) + 1)
    console.log(`  nginx access log: ${log.length} requests, by status ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')}`)
    const both = PORTS.every((port) => (byInstance.get(`127.0.0.1:${port}`) ?? 0) > 0)
    const ok = printVerification(await verify(db, students, ledger), STUDENTS) && saves.errors === 0 && submits.errors === 0 && both
    await db.$disconnect()
    return ok
  } finally {
    nginx.kill('SIGQUIT')
    await Promise.all(servers.map(stopServer))
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  ensureNginx()
  ensureBuild()
  const server = await findPostgres()
  try {
    const ok = await withTestSchema(server.url, runScaled)
    console.log(ok ? 'both instances served the same sessions; no answer lost' : 'FAILED: see above')
    process.exitCode = ok ? 0 : 1
  } finally {
    server.stop()
  }
}

await main()
