#!/usr/bin/env node
// Offline replacement for `prisma migrate dev --create-only | deploy | status | diff` using
// @prisma/schema-engine-wasm + a Prisma driver adapter (no native schema-engine binary).
// Usage: node scripts/db/pmigrate.mjs <create|dev|deploy|status|diff|check> [--schema prisma/schema.prisma]
//        [--migrations prisma/migrations] [--name init] [--url $DATABASE_URL]
import fs from 'node:fs'
import crypto from 'node:crypto'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { SchemaEngine } from './load-schema-engine.mjs'

const { values: o, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    schema: { type: 'string' }, // default: by DATABASE_URL scheme (postgres* / pglite: -> prisma/postgres/schema.prisma)
    migrations: { type: 'string' },
    name: { type: 'string', default: 'migration' },
    ts: { type: 'string' }, // fixed YYYYMMDDHHMMSS so both dialects' folders share a name
    url: { type: 'string', default: process.env.DATABASE_URL },
  },
})
const cmd = positionals[0]
if (!o.url) throw new Error('set DATABASE_URL or --url')
const isPg = /^(postgres(ql)?:|pglite:)/.test(o.url)
const schemaPath = path.resolve(o.schema ?? (isPg ? 'prisma/postgres/schema.prisma' : 'prisma/schema.prisma'))
const schemaText = fs.readFileSync(schemaPath, 'utf8')
const migrationsDir = path.resolve(o.migrations ?? path.join(path.dirname(schemaPath), 'migrations'))
const provider = /datasource\s+\w+\s*{[^}]*provider\s*=\s*"(\w+)"/s.exec(schemaText)?.[1]

async function makeAdapterFactory() {
  if (provider === 'sqlite') {
    const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3')
    // `create` only needs the shadow DB (:memory:), so don't even open the dev DB file for it
    return new PrismaBetterSqlite3({ url: cmd === 'create' ? ':memory:' : o.url.replace(/^file:/, '') })
  }
  if (provider === 'postgresql' && o.url.startsWith('pglite:')) { // experimental: embedded PGlite (pglite-prisma-adapter)
    const { PGlite } = await import('@electric-sql/pglite')
    const { PrismaPGlite } = await import('pglite-prisma-adapter')
    const dir = o.url.slice('pglite:'.length)
    return new PrismaPGlite(dir ? new PGlite(dir) : new PGlite()) // `pglite:` alone = in-memory (enough for `create`)
  }
  if (provider === 'postgresql') {
    const { PrismaPg } = await import('@prisma/adapter-pg')
    // Workaround 3 (verified, adapter-pg 7.10.1): PrismaPg#connectToShadowDb() is unusable here:
    //  (a) it does `new Pool({ ...config, database: shadow })`, but with `connectionString` pg lets the URL's database
    //      win, so the "shadow" is the MAIN database;
    //  (b) its dispose runs DROP DATABASE before closing the shadow pool -> "is being accessed by other users".
    // So build the shadow DB ourselves (needs CREATEDB; like prisma's own shadow DB handling).
    const u = new URL(o.url)
    const cfg = {
      host: u.hostname, port: Number(u.port || 5432), database: decodeURIComponent(u.pathname.slice(1)),
      user: decodeURIComponent(u.username), password: decodeURIComponent(u.password),
      ssl: ['require', 'verify-full', 'verify-ca'].includes(u.searchParams.get('sslmode')) ? { rejectUnauthorized: u.searchParams.get('sslmode') !== 'require' } : undefined,
    }
    const pgOpts = u.searchParams.get('schema') ? { schema: u.searchParams.get('schema') } : undefined
    // Migration SQL names tables without a schema: point search_path at ?schema= so they land there, not in public.
    if (pgOpts) cfg.options = `-c search_path="${pgOpts.schema}"`
    const factory = new PrismaPg(cfg, pgOpts)
    factory.connectToShadowDb = async () => {
      const admin = await new PrismaPg(cfg).connect()
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`
      await admin.executeScript(`CREATE DATABASE "${name}"`)
      const shadow = await new PrismaPg({ ...cfg, database: name }, pgOpts).connect()
      const dispose = shadow.dispose.bind(shadow)
      shadow.dispose = async () => {
        await dispose()
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`)
        await admin.dispose()
      }
      return shadow
    }
    return factory
  }
  throw new Error(`unsupported provider ${provider}`)
}

// Same shape as prisma CLI's listMigrations() (packages/migrate), so checksums/ordering agree.
function listMigrations() {
  const lockPath = path.join(migrationsDir, 'migration_lock.toml')
  const lockfile = { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null }
  // Without a lockfile the engine can't tell the connector of a `migrations` diff source; synthesize the one prisma would write.
  if (lockfile.content === null && cmd === 'create') lockfile.content = `provider = "${provider}"\n`
  const dirs = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory())
    : []
  const migrationDirectories = dirs
    .map((d) => {
      const f = path.join(migrationsDir, d.name, 'migration.sql')
      let content
      try { content = { tag: 'ok', value: fs.readFileSync(f, 'utf8') } } catch (e) { content = { tag: 'error', value: e.message } }
      return { path: d.name, migrationFile: { path: 'migration.sql', content } }
    })
    .sort((a, b) => a.path.localeCompare(b.path))
  return { baseDir: migrationsDir, lockfile, migrationDirectories, shadowDbInitScript: '' }
}

const openConnections = []
// Workaround 2 (verified needed with @prisma/adapter-pg 7.10.1): the engine's Postgres schema describer reads
// pg_catalog columns of type "char" (OID 18, e.g. pg_constraint.contype), which adapter-pg rejects ("Unsupported
// column type char" -> engine: "Column type 'char' could not be deserialized"). Let adapter-pg see them as text
// (OID 25), then report them to the engine as ColumnType Character (6): reporting Text makes the describer panic
// ("Getting constraint_type ... as char failed") as soon as a CHECK constraint exists (or on PG 18 / PGlite 0.5 NOT NULL).
function patchConnection(conn) {
  if (typeof conn.performIO === 'function' && typeof conn.queryRaw === 'function') {
    const performIO = conn.performIO.bind(conn)
    const queryRaw = conn.queryRaw.bind(conn)
    let charCols = []
    conn.performIO = async (...a) => {
      const res = await performIO(...a)
      charCols = []
      ;(res.fields ?? []).forEach((f, i) => { if (f.dataTypeID === 18) { f.dataTypeID = 25; charCols.push(i) } })
      return res
    }
    conn.queryRaw = async (q) => {
      const res = await queryRaw(q) // the engine issues queries one at a time, so charCols belongs to this result
      for (const i of charCols) res.columnTypes[i] = 6 /* ColumnTypeEnum.Character */
      return res
    }
  }
  return conn
}
// Workaround 1 (verified needed for schema-engine-wasm 7.10.0-4 / 7.10.0-7 / 8.1.0-2): when replaying migrations into the
// shadow DB the engine sends each whole migration.sql through `executeRaw` (single-statement API) instead of
// `executeScript`, so better-sqlite3 throws "The supplied SQL string contains more than one statement".
// Route parameterless executeRaw calls on the *shadow* connection to executeScript.
function patchFactory(factory) {
  const origConnect = factory.connect.bind(factory)
  factory.connect = async () => { const c = patchConnection(await origConnect()); openConnections.push(c); return c }
  const origShadow = factory.connectToShadowDb.bind(factory)
  factory.connectToShadowDb = async () => {
    const conn = patchConnection(await origShadow())
    const executeRaw = conn.executeRaw.bind(conn)
    conn.executeRaw = async (q) => {
      if (q.args.length === 0 && /;\s*\S/.test(q.sql)) { await conn.executeScript(q.sql); return 0 }
      return executeRaw(q)
    }
    return conn
  }
  return factory
}

const filters = { externalTables: [], externalEnums: [] }
const logs = []
const bound = bindMigrationAwareSqlAdapterFactory(patchFactory(await makeAdapterFactory()))
const engine = await SchemaEngine.new(
  { datamodels: [[schemaPath, schemaText]] },
  (line) => { logs.push(line); if (process.env.PMIGRATE_DEBUG) console.error('[engine]', line) },
  bound,
)
try {
  const writeMigration = (name, script, connectorType, ext = 'sql') => {
    const dir = path.join(migrationsDir, name)
    if (fs.existsSync(dir)) throw new Error(`exists: ${dir}`)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, `migration.${ext}`), script, 'utf8')
    // byte-identical to what prisma CLI writes
    fs.writeFileSync(path.join(migrationsDir, 'migration_lock.toml'),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${connectorType}"\n`, 'utf8')
    console.log(`Created ${path.relative(process.cwd(), dir)}/migration.${ext}`)
  }
  if (cmd === 'create') {
    // == `prisma migrate diff --from-migrations <dir> --to-schema <schema> --script` + write <UTC timestamp>_<name>/.
    // Touches only the shadow DB (sqlite: :memory:, postgres: temporary CREATE DATABASE), never DATABASE_URL's data.
    const list = listMigrations()
    const out = await engine.diff({
      from: { tag: 'migrations', ...list },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schemaText }] },
      script: true, exitCode: null, filters,
    })
    const script = out.stdout ?? ''
    if (!script.trim() || script.trim() === '-- This is an empty migration.') console.log('No schema changes, nothing to create.')
    else {
      const ts = o.ts ?? new Date().toISOString().replace(/\D/g, '').slice(0, 14) // YYYYMMDDHHMMSS (UTC), as prisma
      writeMigration(`${ts}_${o.name.replace(/[^A-Za-z0-9_]/g, '_')}`, script, provider)
    }
  } else if (cmd === 'dev') {
    // == `prisma migrate dev --name <name>`: apply pending, create via engine.createMigration, apply it.
    // The wasm createMigration has no shadow-DB factory of its own; devDiagnostic replays the history into the
    // adapter's shadow DB and fills the engine's MigrationSchemaCache, which createMigration then reuses.
    await engine.applyMigrations({ migrationsList: listMigrations(), filters }) // also creates _prisma_migrations
    const diag = await engine.devDiagnostic({ migrationsList: listMigrations(), filters })
    if (diag.action.tag === 'reset') throw new Error(`drift: migrate dev would reset the DB: ${diag.action.reason}`)
    const out = await engine.createMigration({
      draft: false, migrationName: o.name, migrationsList: listMigrations(), filters,
      schema: { files: [{ path: schemaPath, content: schemaText }] },
    })
    if (out.migrationScript === null) console.log('No schema changes, nothing to create.')
    else {
      writeMigration(out.generatedMigrationName, out.migrationScript, out.connectorType, out.extension)
      const applied = await engine.applyMigrations({ migrationsList: listMigrations(), filters })
      console.log(`Applied: ${applied.appliedMigrationNames.join(', ')}`)
    }
  } else if (cmd === 'deploy') {
    const out = await engine.applyMigrations({ migrationsList: listMigrations(), filters })
    console.log(out.appliedMigrationNames.length ? `Applied: ${out.appliedMigrationNames.join(', ')}` : 'No pending migrations to apply.')
  } else if (cmd === 'status') {
    const out = await engine.diagnoseMigrationHistory({ migrationsList: listMigrations(), optInToShadowDatabase: false, filters })
    console.log(JSON.stringify(out, null, 2))
  } else if (cmd === 'diff' || cmd === 'check') {
    // SQL that would bring the migrations history up to the schema (empty => in sync); `check` fails unless empty
    const out = await engine.diff({
      from: { tag: 'migrations', ...listMigrations() },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schemaText }] },
      script: true, exitCode: null, filters,
    })
    const script = (out.stdout ?? '').trim()
    if (cmd === 'diff') process.stdout.write(out.stdout ?? '')
    else if (script && script !== '-- This is an empty migration.') {
      console.error(`${schemaPath} and ${path.relative(process.cwd(), migrationsDir)} disagree; missing migration:\n${script}\nRun: npm run db:new -- <name>`)
      process.exitCode = 1
    } else console.log(`${path.relative(process.cwd(), migrationsDir)}: in sync with the schema`)
  } else {
    throw new Error('usage: pmigrate.mjs create|dev|deploy|status|diff|check')
  }
} catch (e) {
  // errors thrown inside the JS adapter surface as "External error id#N"; the real one is in the registry
  const ext = [...String(e.message).matchAll(/External error id#(\d+)/g)].map((m) => { const r = bound.errorRegistry.consumeError(Number(m[1])); return r && { message: r.error?.message, ...r.error } })
  console.error(e.message, ext ? JSON.stringify(ext, null, 1) : '')
  process.exitCode = 1
} finally {
  engine.free()
  for (const c of openConnections) await c.dispose().catch(() => {})
}
// pg: the engine's pg_advisory_lock(72707369) connection lingers in the pool for idleTimeoutMillis (10s) — just exit.
process.exit()
