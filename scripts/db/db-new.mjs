// npm run db:new -- <name>: sync schemas, then create the next migration for BOTH dialects, offline, no DB needed:
// SQLite via an in-memory shadow DB, PostgreSQL via an in-memory PGlite shadow DB.
import { execFileSync } from 'node:child_process'
const name = process.argv[2]
if (!name) { console.error('usage: npm run db:new -- <migration_name>'); process.exit(1) }
const ts = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const run = (url) => execFileSync(process.execPath, ['scripts/db/pmigrate.mjs', 'create', '--name', name, '--ts', ts], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } })
execFileSync(process.execPath, ['scripts/db/sync-schemas.mjs'], { stdio: 'inherit' })
run('file::memory:')
run(process.env.PG_MIGRATE_URL ?? 'pglite:') // or a real server: PG_MIGRATE_URL=postgresql://... (needs CREATEDB)
