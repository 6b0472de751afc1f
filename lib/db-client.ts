// Picks the generated client by DATABASE_URL: both come from the same schema, only the provider differs.
// Kept free of `server-only` so seed scripts and data-layer tests can create clients for their own databases.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient as PgClient } from './generated/postgres/client'
import { PrismaClient as SqliteClient } from './generated/sqlite/client'
import { isPostgresUrl, readDatabaseUrl } from './env'

// Password hashes never leave the data layer unless a query asks for them explicitly.
const omit = { user: { passwordHash: true } } as const

// Prisma's defaults (wait 2 s for a connection, 5 s per transaction) turn a submit burst into 500s: when a class
// submits at once, a transaction waiting its turn is still an answer worth keeping. `npm run loadtest` measured it.
const transactionOptions = { maxWait: 15_000, timeout: 15_000 }

function createPostgresClient(url: string) {
  const parsed = new URL(url)
  const schema = parsed.searchParams.get('schema') ?? undefined
  parsed.searchParams.delete('schema')
  const adapter = new PrismaPg(
    {
      connectionString: parsed.toString(),
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Raw queries name tables without a schema too.
      options: schema ? `-c search_path="${schema}"` : undefined,
    },
    { schema },
  )
  return new PgClient({ adapter, omit, transactionOptions })
}

function createSqliteClient(url: string) {
  // WAL lets readers proceed while an answer is being written; busy_timeout queues writers instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: url.replace(/^file:/, ''), timeout: 5000 })
  return new SqliteClient({ adapter, omit, transactionOptions })
}

// The application is typed against the PostgreSQL client (the production dialect); the model API is identical.
export type Db = ReturnType<typeof createPostgresClient>

export function createDb(url: string = readDatabaseUrl()): Db {
  if (isPostgresUrl(url)) return createPostgresClient(url)
  return createSqliteClient(url) as unknown as Db
}
