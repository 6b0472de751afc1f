// prisma/schema.prisma (SQLite, hand-edited, source of truth) -> prisma/postgres/schema.prisma (generated).
// `node scripts/db/sync-schemas.mjs --check` exits 1 if the generated file is stale (for CI).
import fs from 'node:fs'
const src = fs.readFileSync('prisma/schema.prisma', 'utf8')
if (/@db\./.test(src)) throw new Error('native types (@db.*) are provider-specific; keep schema.prisma portable')
const out = '// GENERATED from prisma/schema.prisma by scripts/sync-schemas.mjs - do not edit\n' + src
  .replace(/(datasource\s+db\s*{[^}]*provider\s*=\s*)"sqlite"/s, '$1"postgresql"')
  .replace(/(generator\s+client\s*{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/sqlite"/s, '$1"../../lib/generated/postgres"')
if (!out.includes('"postgresql"') || !out.includes('generated/postgres')) throw new Error('could not rewrite provider/output')
const target = 'prisma/postgres/schema.prisma'
if (process.argv.includes('--check')) {
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== out) { console.error(`${target} is stale: run npm run db:sync`); process.exit(1) }
} else { fs.mkdirSync('prisma/postgres', { recursive: true }); fs.writeFileSync(target, out) }
