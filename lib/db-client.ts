// Picks the generated client by DATABASE_URL: both come from the same schema, only the provider differs.
// Kept free of `server-only` so seed scripts and data-layer tests can create clients for their own databases.
import { createHash } from 'node:crypto'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { PrismaClient as PgClient } from './generated/postgres/client'
import { PrismaClient as SqliteClient } from './generated/sqlite/client'
import { isPostgresUrl, readDatabaseUrl } from './env'

// Password hashes never leave the data layer unless a query asks for them explicitly.
const omit = { user: { passwordHash: true } } as const

// Prisma's defaults (wait 2 s for a connection, 5 s per transaction) turn a submit burst into 500s: when a class
// submits at once, a transaction waiting its turn is still an answer worth keeping. `npm run loadtest` measured it.
const transactionOptions = { maxWait: 15_000, timeout: 15_000 }

// The client's own driver adapter (the same SQLite connection or PostgreSQL pool), for the hot paths' SQL (lib/data/sql).
// Kept on the client under a registered symbol: the server bundles may hold several copies of this module, and the
// one client (lib/db) may have been made by another copy.
const DRIVER_ADAPTER = Symbol.for('letopis.driverAdapter')
type WithDriverAdapter = { [DRIVER_ADAPTER]?: () => Promise<SqlDriverAdapter> }

/**
 * Hands the client an adapter factory that connects once (then runs `setUp` on the connection) and remembers the
 * connection for `driverAdapterOf`.
 */
function sharedAdapter<Factory extends SqlDriverAdapterFactory>(factory: Factory, setUp: (adapter: SqlDriverAdapter) => Promise<unknown> = async () => {}) {
  let connected: Promise<SqlDriverAdapter> | undefined
  const connect = () =>
    (connected ??= factory.connect().then(async (adapter) => {
      await setUp(adapter)
      const dispose = adapter.dispose.bind(adapter)
      adapter.dispose = () => {
        connected = undefined
        return dispose()
      }
      return adapter
    }))
  const shared: SqlDriverAdapterFactory = { provider: factory.provider, adapterName: factory.adapterName, connect }
  return { shared, connect }
}

export function driverAdapterOf(client: Db): Promise<SqlDriverAdapter> {
  const connect = (client as WithDriverAdapter)[DRIVER_ADAPTER]
  if (!connect) throw new Error('not a client made by createDb')
  return connect()
}

/**
 * Statements the data layer writes by hand (lib/data/sql) start with this mark and are prepared once per pooled
 * connection, under a name derived from their text: PostgreSQL then parses and plans them once instead of on every
 * call (`npm run loadtest`, ADR 0013). Prisma's own statements stay unnamed: their shapes vary without bound (IN
 * lists), and the server keeps every named statement for the connection's life.
 */
export const PREPARED_STATEMENT_MARK = '/* prepared */ '
const statementNames = new Map<string, string>()

function preparedStatementName({ sql }: { sql: string }): string {
  if (!sql.startsWith(PREPARED_STATEMENT_MARK)) return '' // unnamed: parsed for this call only
  let name = statementNames.get(sql)
  if (name === undefined) {
    name = `letopis_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`
    statementNames.set(sql, name)
  }
  return name
}

function createPostgresClient(url: string) {
  const parsed = new URL(url)
  const schema = parsed.searchParams.get('schema') ?? undefined
  parsed.searchParams.delete('schema')
  const { shared, connect } = sharedAdapter(new PrismaPg(
    {
      connectionString: parsed.toString(),
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Raw queries name tables without a schema too.
      options: schema ? `-c search_path="${schema}"` : undefined,
    },
    { schema, statementNameGenerator: preparedStatementName },
  ))
  const client = new PgClient({ adapter: shared, omit, transactionOptions })
  Object.defineProperty(client, DRIVER_ADAPTER, { value: connect })
  return client
}

// A commit is on disk before the student is told the answer is saved, as PostgreSQL does by default. In WAL mode
// better-sqlite3 defaults to synchronous=NORMAL, which survives a killed process but may lose the last commits to a
// power cut; FULL syncs the WAL on every commit (~0.2 ms here, ADR 0012).
const DURABLE_COMMITS = { sql: 'PRAGMA synchronous = FULL', args: [], argTypes: [] }

function createSqliteClient(url: string) {
  // WAL lets readers proceed while an answer is being written; busy_timeout queues writers instead of failing.
  const { shared, connect } = sharedAdapter(new PrismaBetterSqlite3({ url: url.replace(/^file:/, ''), timeout: 5000 }), (adapter) => adapter.executeRaw(DURABLE_COMMITS))
  const client = new SqliteClient({ adapter: shared, omit, transactionOptions })
  Object.defineProperty(client, DRIVER_ADAPTER, { value: connect })
  return client
}

// The application is typed against the PostgreSQL client (the production dialect); the model API is identical.
export type Db = ReturnType<typeof createPostgresClient>

export function createDb(url: string = readDatabaseUrl()): Db {
  if (isPostgresUrl(url)) return createPostgresClient(url)
  return createSqliteClient(url) as unknown as Db
}
