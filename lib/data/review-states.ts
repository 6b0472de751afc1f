import 'server-only'
import { randomUUID } from 'node:crypto'
import { Prisma } from '../generated/postgres/client'
import type { db } from '../db'
import type { ReviewMemory } from '../review/schedule'

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0]

/**
 * Stores a student's review memory for many questions in one statement (SQLite and PostgreSQL share the syntax).
 * Raw SQL because Prisma's createMany and per-row updates spend ~15 ms in the client for a 20-question quiz while the
 * database needs ~0.2 ms: it was most of a submission's cost, paid while the submit burst waits (`npm run loadtest`).
 */
export async function storeReviewMemories(tx: Tx, userId: string, memories: [questionId: string, memory: ReviewMemory][]) {
  if (memories.length === 0) return
  const rows = memories.map(
    ([questionId, m]) =>
      Prisma.sql`(${randomUUID()}, ${userId}, ${questionId}, ${m.due}, ${m.stability}, ${m.difficulty}, ${m.elapsedDays}, ${m.scheduledDays}, ${m.learningSteps}, ${m.reps}, ${m.lapses}, ${m.state}, ${m.lastReview})`,
  )
  await tx.$executeRaw`
    INSERT INTO "ReviewState" ("id", "userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "due" = excluded."due", "stability" = excluded."stability", "difficulty" = excluded."difficulty",
      "elapsedDays" = excluded."elapsedDays", "scheduledDays" = excluded."scheduledDays", "learningSteps" = excluded."learningSteps",
      "reps" = excluded."reps", "lapses" = excluded."lapses", "state" = excluded."state", "lastReview" = excluded."lastReview"`
}
