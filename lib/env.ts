import { z } from 'zod'

// The embedded default: a SQLite file inside the project, created by `npm start`.
export const DEFAULT_DATABASE_URL = 'file:./data/letopis.db'

const databaseUrl = z
  .string()
  .trim()
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
    message: 'DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)',
  })

export function readDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  const parsed = databaseUrl.safeParse(env.DATABASE_URL || DEFAULT_DATABASE_URL)
  if (!parsed.success) throw new Error(parsed.error.issues[0].message)
  return parsed.data
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url)
}
