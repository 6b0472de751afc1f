import 'server-only'
import type { ReviewMemory } from '../review/schedule'
import { inList, readDate, readNumber, timeOrderedId, type Sql, type SqlValue } from './sql'

const COLUMNS = ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview'] as const
const quoted = COLUMNS.map((column) => `"${column}"`).join(', ')

type StoredMemory = { userId: string; questionId: string; memory: ReviewMemory }

/** Review memories of several students, as stored and as changed since (the changes are what gets written). */
export class ReviewMemories {
  private readonly stored = new Map<string, ReviewMemory>()
  private readonly changes = new Map<string, StoredMemory>()

  get(userId: string, questionId: string): ReviewMemory | null {
    const key = `${userId} ${questionId}`
    return this.changes.get(key)?.memory ?? this.stored.get(key) ?? null
  }

  set(userId: string, questionId: string, memory: ReviewMemory) {
    this.changes.set(`${userId} ${questionId}`, { userId, questionId, memory })
  }

  remember(userId: string, questionId: string, memory: ReviewMemory) {
    this.stored.set(`${userId} ${questionId}`, memory)
  }

  /** In key order: two transactions writing memories of the same student then lock their rows in the same order. */
  changed(): StoredMemory[] {
    return [...this.changes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, stored]) => stored)
  }
}

/** The stored review memories of these students for these questions. */
export async function loadReviewMemories(sql: Sql, userIds: string[], questionIds: string[]): Promise<ReviewMemories> {
  const memories = new ReviewMemories()
  if (userIds.length === 0 || questionIds.length === 0) return memories
  const [users, userArgs] = inList(userIds)
  const [questions, questionArgs] = inList(questionIds)
  const rows = await sql.rows(`SELECT "userId", "questionId", ${quoted} FROM "ReviewState" WHERE "userId" IN (${users}) AND "questionId" IN (${questions})`, ...userArgs, ...questionArgs)
  for (const row of rows) {
    memories.remember(row.userId as string, row.questionId as string, {
      due: readDate(row.due)!,
      stability: readNumber(row.stability)!,
      difficulty: readNumber(row.difficulty)!,
      elapsedDays: readNumber(row.elapsedDays)!,
      scheduledDays: readNumber(row.scheduledDays)!,
      learningSteps: readNumber(row.learningSteps)!,
      reps: readNumber(row.reps)!,
      lapses: readNumber(row.lapses)!,
      state: readNumber(row.state)!,
      lastReview: readDate(row.lastReview),
    })
  }
  return memories
}

// Rows per INSERT: powers of two up to this, so a handful of statement shapes serve any batch (and stay prepared).
const MAX_ROWS_PER_INSERT = 256

/**
 * Stores review memories, many rows per statement (SQLite and PostgreSQL share the syntax). Raw SQL because Prisma's
 * createMany and per-row updates spend ~15 ms in the client for a 20-question quiz while the database needs ~0.2 ms:
 * it was most of a submission's cost, paid while the submit burst waits (`npm run loadtest`).
 */
export async function storeReviewMemories(sql: Sql, memories: StoredMemory[]) {
  const row = `(${Array.from({ length: 3 + COLUMNS.length }, () => '?').join(', ')})`
  for (let start = 0; start < memories.length; ) {
    let count = MAX_ROWS_PER_INSERT
    while (count > memories.length - start) count /= 2
    const chunk = memories.slice(start, start + count)
    start += count
    const values: SqlValue[] = chunk.flatMap(({ userId, questionId, memory }) => [timeOrderedId(), userId, questionId, ...COLUMNS.map((column) => memory[column])])
    await sql.run(
      `INSERT INTO "ReviewState" ("id", "userId", "questionId", ${quoted}) VALUES ${chunk.map(() => row).join(', ')}
       ON CONFLICT ("userId", "questionId") DO UPDATE SET ${COLUMNS.map((column) => `"${column}" = excluded."${column}"`).join(', ')}`,
      ...values,
    )
  }
}
