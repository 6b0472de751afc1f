import 'server-only'
import { randomFillSync } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { ArgType, SqlQueryable } from '@prisma/driver-adapter-utils'
import { driverAdapterOf, PREPARED_STATEMENT_MARK, type Db } from '../db-client'

/**
 * Hand-written SQL for the paths a whole class hits at once (saving an answer, submitting), run straight on the
 * Prisma client's own driver adapter: the same SQLite connection (and its transaction lock) or PostgreSQL pool.
 * A statement costs ~0.07 ms this way against ~0.2 ms as a Prisma raw query and ~0.6 ms as a model query with a
 * relation (ADR 0010); on SQLite, with its statements prepared once, less still. The SQL is written once for both
 * dialects: quoted identifiers, `?` placeholders (numbered for PostgreSQL here), `CAST(enum AS TEXT)`,
 * `INSERT … ON CONFLICT`. Values come back as the drivers give them; the
 * readers below turn them into dates, numbers and JSON the same way for both.
 */
export type SqlValue = string | number | boolean | Date | null
export type Row = Record<string, unknown>

/**
 * A new row's id for rows inserted here: a UUID version 7, whose leading bits are the time, so new rows sit next to
 * each other at the end of the id index. A random UUID lands each row on a random page of that index: every submit
 * (20 review memories) dirtied ~20 index pages of its own, each written to the SQLite WAL and checkpointed again
 * (`npm run loadtest`, ADR 0011). Prisma's own cuid ids are time-ordered too.
 */
export function timeOrderedId(now = Date.now()): string {
  const bytes = randomFillSync(Buffer.alloc(16))
  bytes.writeUIntBE(now, 0, 6)
  bytes[6] = 0x70 | (bytes[6] & 0x0f)
  bytes[8] = 0x80 | (bytes[8] & 0x3f)
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Runs statements; `rows` for queries, `run` for writes (returns how many rows changed). */
export interface Sql {
  rows(text: string, ...args: SqlValue[]): Promise<Row[]>
  run(text: string, ...args: SqlValue[]): Promise<number>
}

const UNTYPED: ArgType = { scalarType: 'unknown', arity: 'scalar' }
const numbered = new Map<string, string>()

function forPostgres(text: string): string {
  let converted = numbered.get(text)
  if (converted === undefined) {
    let position = 0
    converted = PREPARED_STATEMENT_MARK + text.replace(/\?/g, () => `$${++position}`)
    numbered.set(text, converted)
  }
  return converted
}

/** PostgreSQL through the adapter, which takes a pooled connection per statement or holds one for a transaction. */
function postgresSql(queryable: SqlQueryable): Sql {
  const query = (text: string, args: SqlValue[]) => ({ sql: forPostgres(text), args, argTypes: args.map(() => UNTYPED) })
  return {
    async rows(text, ...args) {
      const result = await queryable.queryRaw(query(text, args))
      return result.rows.map((values) => Object.fromEntries(result.columnNames.map((name, i) => [name, values[i]])))
    },
    run: (text, ...args) => queryable.executeRaw(query(text, args)),
  }
}

// The adapter prepares every statement anew, ~0.08 ms each under load (a CPU profile of `npm run loadtest` found a
// twentieth of the server's time there): these statements are prepared once per connection and kept.
const preparedStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>()
const MAX_PREPARED = 200

function prepared(connection: Database.Database, text: string): Database.Statement {
  let cache = preparedStatements.get(connection)
  if (!cache) preparedStatements.set(connection, (cache = new Map()))
  let statement = cache.get(text)
  if (!statement) {
    if (cache.size >= MAX_PREPARED) cache.clear()
    statement = connection.prepare(text)
    cache.set(text, statement)
  }
  return statement
}

// Stored as Prisma's SQLite adapter stores them: dates as ISO 8601 text with +00:00, booleans as 0/1.
function sqliteValue(value: SqlValue) {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00')
  if (typeof value === 'boolean') return value ? 1 : 0
  return value
}

/** SQLite straight on the adapter's better-sqlite3 connection (its transaction lock is still taken by the caller). */
function sqliteSql(connection: Database.Database): Sql {
  return {
    rows: (text, ...args) => Promise.resolve(prepared(connection, text).all(...args.map(sqliteValue)) as Row[]),
    run: (text, ...args) => Promise.resolve(prepared(connection, text).run(...args.map(sqliteValue)).changes),
  }
}

function sqlOn(queryable: SqlQueryable): Sql {
  if (queryable.provider === 'postgres') return postgresSql(queryable)
  // The better-sqlite3 adapter keeps its connection in `client` (checked by the data-layer tests on every run).
  const connection = (queryable as unknown as { client?: Database.Database }).client
  if (typeof connection?.prepare !== 'function') throw new Error('the SQLite driver adapter no longer exposes its connection')
  return sqliteSql(connection)
}

export async function sqlOutsideTransaction(client: Db): Promise<Sql> {
  return sqlOn(await driverAdapterOf(client))
}

/** Runs `body` in one transaction: committed if it returns, rolled back if it throws (the error is rethrown). */
export async function sqlTransaction<T>(client: Db, body: (sql: Sql) => Promise<T>): Promise<T> {
  const adapter = await driverAdapterOf(client)
  const transaction = await adapter.startTransaction()
  const sql = sqlOn(transaction)
  let result: T
  try {
    result = await body(sql)
    await sql.run('COMMIT')
  } catch (error) {
    try {
      await sql.run('ROLLBACK')
    } finally {
      await transaction.rollback()
    }
    throw error
  }
  await transaction.commit()
  return result
}

/** One turn of the event loop: the requests already received are read (and their work queued) before it resolves. */
export const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

type SharedWork = { body: (sql: Sql) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void }
type WorkQueue = { waiting: SharedWork[]; running: boolean }
const workQueues = new WeakMap<Db, WorkQueue>()
const MAX_WORK_PER_TRANSACTION = 64

/**
 * Runs `body` in a transaction shared with the other bodies waiting for the same client (group commit): each in its
 * own savepoint, so one that throws is undone alone; all settle once the transaction is committed. With every
 * commit synced to disk (SQLite `synchronous = FULL`, ADR 0012), saves arriving together then share one sync. The
 * bodies run one after another, as they would on SQLite's one connection anyway.
 */
export function sqlSharedTransaction<T>(client: Db, body: (sql: Sql) => Promise<T>): Promise<T> {
  const queue = workQueues.get(client) ?? { waiting: [], running: false }
  workQueues.set(client, queue)
  const work = new Promise<T>((resolve, reject) => queue.waiting.push({ body, resolve: resolve as (value: unknown) => void, reject }))
  if (!queue.running) void runWaitingWork(client, queue)
  return work
}

async function runWaitingWork(client: Db, queue: WorkQueue) {
  queue.running = true
  try {
    await nextTurn()
    while (queue.waiting.length > 0) {
      const work = queue.waiting.splice(0, MAX_WORK_PER_TRANSACTION)
      const outcomes: ({ value: unknown } | { error: unknown })[] = []
      try {
        await sqlTransaction(client, async (sql) => {
          for (const { body } of work) {
            await sql.run('SAVEPOINT "work"')
            try {
              outcomes.push({ value: await body(sql) })
            } catch (error) {
              await sql.run('ROLLBACK TO SAVEPOINT "work"')
              outcomes.push({ error })
            }
            await sql.run('RELEASE SAVEPOINT "work"')
          }
        })
        work.forEach(({ resolve, reject }, i) => {
          const outcome = outcomes[i]
          if ('error' in outcome) reject(outcome.error)
          else resolve(outcome.value)
        })
      } catch (error) {
        // The transaction itself failed (the commit, say): nothing of it is saved, and everyone is told so.
        for (const { reject } of work) reject(error)
      }
      await nextTurn()
    }
  } finally {
    queue.running = false
  }
}

/**
 * Placeholders and arguments for `IN (…)`, padded with the last value to a power of two: a few statement shapes
 * serve any number of values, and stay prepared.
 */
export function inList(values: SqlValue[]): [placeholders: string, args: SqlValue[]] {
  if (values.length === 0) throw new Error('an IN list needs a value')
  let size = 1
  while (size < values.length) size *= 2
  const args = [...values, ...Array<SqlValue>(size - values.length).fill(values.at(-1)!)]
  return [args.map(() => '?').join(', '), args]
}

// Readers: SQLite and PostgreSQL hand back dates as ISO strings and JSON as its text; integers come as bigints
// (SQLite, whose connection Prisma opens with safe integers), numbers or strings.
export function readDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null
  return new Date(typeof value === 'bigint' ? Number(value) : (value as string | number))
}

export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T
}

export function readNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null
  return Number(value)
}
