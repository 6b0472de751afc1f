import 'server-only'
import { createDb, type Db } from './db-client'

export type { Db }

// One client per process; reused across hot reloads in development.
const globalForDb = globalThis as unknown as { letopisDb?: Db }
export const db: Db = globalForDb.letopisDb ?? (globalForDb.letopisDb = createDb())
