import 'server-only'
import { randomUUID } from 'node:crypto'
import type { ReviewMemory } from '../review/schedule'
import { readDate, readNumber, type Sql, type SqlValue } from './sql'

const COLUMNS = ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview'] as const
const quoted = COLUMNS.map((column) => `"${column}"`).join(', ')
const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ')

/** A student's review memories of these questions, as stored. */
export async function loadReviewMemories(sql: Sql, userId: string, questionIds: string[]): Promise<(ReviewMemory & { questionId: string })[]> {
  if (questionIds.length === 0) return []
  const rows = await sql.rows(`SELECT "questionId", ${quoted} FROM "ReviewState" WHERE "userId" = ? AND "questionId" IN (${placeholders(questionIds.length)})`, userId, ...questionIds)
  return rows.map((row) => ({
    questionId: row.questionId as string,
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
  }))
}

/**
 * Stores a student's review memory for many questions in one statement (SQLite and PostgreSQL share the syntax).
 * Raw SQL because Prisma's createMany and per-row updates spend ~15 ms in the client for a 20-question quiz while the
 * database needs ~0.2 ms: it was most of a submission's cost, paid while the submit burst waits (`npm run loadtest`).
 */
export async function storeReviewMemories(sql: Sql, userId: string, memories: [questionId: string, memory: ReviewMemory][]) {
  if (memories.length === 0) return
  const values: SqlValue[] = memories.flatMap(([questionId, memory]) => [randomUUID(), userId, questionId, ...COLUMNS.map((column) => memory[column])])
  const row = `(${placeholders(3 + COLUMNS.length)})`
  await sql.run(
    `INSERT INTO "ReviewState" ("id", "userId", "questionId", ${quoted}) VALUES ${memories.map(() => row).join(', ')}
     ON CONFLICT ("userId", "questionId") DO UPDATE SET ${COLUMNS.map((column) => `"${column}" = excluded."${column}"`).join(', ')}`,
    ...values,
  )
}
