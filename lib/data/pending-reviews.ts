import 'server-only'
import { db } from '../db'
import { isPostgresUrl, readDatabaseUrl } from '../env'
import { keysHiddenUntil, type FeedbackTiming } from '../assignments/rules'
import { scheduleAfterAnswer } from '../review/schedule'
import { inList, nextTurn, readDate, readJson, readNumber, sqlOutsideTransaction, sqlTransaction, type Row, type Sql } from './sql'
import { loadReviewMemories, storeReviewMemories, type ReviewMemories } from './review-states'

// A submit commits the score and a PendingReview row; the questions are scheduled for review here, afterwards
// (ADR 0011). Scheduling is most of a submit's database work (20 review memories per quiz), and a class submits at
// once: the submits are answered first, and the memories written when the burst is over. Nothing is lost by waiting:
// the outbox row stays until the transaction that writes the memories deletes it, and whoever reads a student's
// reviews writes that student's pending ones first (reviewsUpToDate).

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0]

// Attempts per transaction: small enough that a submit arriving meanwhile waits only a few milliseconds.
const ATTEMPTS_PER_CHUNK = 16

// PostgreSQL: one review writer at a time across app instances, so each reads the memories the last one wrote.
// SQLite writes one transaction at a time anyway.
// answerReview takes it too, so a review answer and a submit's scheduling never overwrite each other.
export const LOCK_REVIEW_WRITING = `SELECT pg_advisory_xact_lock(7211011)`
const lockReviewWriting = isPostgresUrl(readDatabaseUrl()) ? async (sql: Sql) => void (await sql.run(LOCK_REVIEW_WRITING)) : async () => {}

const pendingAttempts = (forOneUser: boolean) => `
  SELECT a."id", a."userId", a."questionIds", a."submittedAt", a."assignmentId", CAST(s."feedback" AS TEXT) AS "feedback", s."dueAt"
  FROM "PendingReview" p JOIN "Attempt" a ON a."id" = p."attemptId" LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
  ${forOneUser ? 'WHERE a."userId" = ?' : ''}
  ORDER BY a."submittedAt", a."id" LIMIT ${ATTEMPTS_PER_CHUNK}`

/**
 * Schedules the questions of up to ATTEMPTS_PER_CHUNK pending attempts (the oldest first; of one student, if given)
 * for review, in one transaction that claims them by deleting their outbox rows. Returns false once none is pending.
 */
async function writeOldestPendingReviews(userId?: string): Promise<boolean> {
  const reader = await sqlOutsideTransaction(db)
  const pending = await reader.rows(pendingAttempts(userId !== undefined), ...(userId === undefined ? [] : [userId]))
  if (pending.length === 0) return false
  try {
    await writeReviewsOf(pending)
  } catch {
    // One attempt that cannot be scheduled must not hold back the others (they are retried one by one), nor come
    // back forever: it is logged and dropped. Its answers and score are kept; only its review memories are lost.
    for (const attempt of pending) {
      await writeReviewsOf([attempt]).catch(async (error) => {
        console.error(`Review memories of attempt ${attempt.id as string} cannot be written; dropped.`, error)
        await reader.run(`DELETE FROM "PendingReview" WHERE "attemptId" = ?`, attempt.id as string)
      })
    }
  }
  return true
}

async function writeReviewsOf(pending: Row[]) {
  // Decided before the transaction: on SQLite it holds the one connection, which a Prisma query would wait for.
  const hiddenUntil = new Map<string, Date | null>()
  for (const attempt of pending) {
    const submittedAt = readDate(attempt.submittedAt)!
    hiddenUntil.set(
      attempt.id as string,
      attempt.assignmentId
        ? keysHiddenUntil(attempt.feedback as FeedbackTiming, readDate(attempt.dueAt)!, submittedAt)
        : await embargoedUntil(db, attempt.userId as string, readJson<string[]>(attempt.questionIds), submittedAt),
    )
  }
  await sqlTransaction(db, async (sql) => {
    await lockReviewWriting(sql)
    const [ids, idArgs] = inList(pending.map((attempt) => attempt.id as string))
    const claimed = new Set((await sql.rows(`DELETE FROM "PendingReview" WHERE "attemptId" IN (${ids}) RETURNING "attemptId"`, ...idArgs)).map((row) => row.attemptId as string))
    // Another instance (PostgreSQL) or a reader of one student's reviews wrote the others meanwhile.
    const attempts = pending.filter((attempt) => claimed.has(attempt.id as string))
    if (attempts.length === 0) return
    // A question deleted since (a regenerated document drops unanswered ones) has nothing to review.
    const [allIds, allArgs] = inList([...new Set(attempts.flatMap((attempt) => readJson<string[]>(attempt.questionIds)))])
    const existing = new Set((await sql.rows(`SELECT "id" FROM "Question" WHERE "id" IN (${allIds})`, ...allArgs)).map((row) => row.id as string))
    const questionIdsOf = new Map(attempts.map((attempt) => [attempt, readJson<string[]>(attempt.questionIds).filter((id) => existing.has(id))]))
    const credits = await creditsOf(sql, [...claimed])
    const memories = await loadReviewMemories(sql, [...new Set(attempts.map((attempt) => attempt.userId as string))], [...new Set([...questionIdsOf.values()].flat())])
    for (const attempt of attempts) scheduleAttempt(memories, attempt, questionIdsOf.get(attempt)!, credits.get(attempt.id as string), hiddenUntil.get(attempt.id as string) ?? null)
    await storeReviewMemories(sql, memories.changed())
  })
}

// Unanswered questions count as missed. Missed ones are due at once, so "review your mistakes" works right after
// the quiz; FSRS alone would hold them back for its first learning step. Two quizzes of one student written in one
// chunk may share a question: the later one schedules from the memory the earlier one left.
function scheduleAttempt(memories: ReviewMemories, attempt: Row, questionIds: string[], credits: Map<string, number> | undefined, hiddenUntil: Date | null) {
  const userId = attempt.userId as string
  const submittedAt = readDate(attempt.submittedAt)!
  for (const questionId of questionIds) {
    const credit = credits?.get(questionId) ?? 0
    const memory = memories.get(userId, questionId)
    // A review answered after this submit but written first (or another instance's clock): FSRS cannot go back in time.
    const answeredAt = memory?.lastReview && memory.lastReview > submittedAt ? memory.lastReview : submittedAt
    const notBefore = hiddenUntil ?? answeredAt
    const scheduled = scheduleAfterAnswer(memory, credit, answeredAt)
    const due = credit < 0.5 ? answeredAt : scheduled.due
    memories.set(userId, questionId, { ...scheduled, due: due < notBefore ? notBefore : due })
  }
}

/** Before a student's reviews are read: writes that student's pending review memories. */
export async function reviewsUpToDate(userId: string) {
  while (await writeOldestPendingReviews(userId));
}

/**
 * Writes every pending review memory, a chunk at a time, until none is left or `yieldWhen()` (checked between
 * chunks) asks for the connection. At most one such run per process.
 */
export async function writePendingReviews(yieldWhen: () => boolean = () => false) {
  if (writingInBackground) return
  writingInBackground = true
  try {
    while (!yieldWhen() && (await writeOldestPendingReviews())) await nextTurn()
  } finally {
    writingInBackground = false
  }
}
let writingInBackground = false

/** Credits by question, by attempt. */
export async function creditsOf(sql: Sql, attemptIds: string[]): Promise<Map<string, Map<string, number>>> {
  const [ids, args] = inList(attemptIds)
  const credits = new Map<string, Map<string, number>>()
  for (const row of await sql.rows(`SELECT "attemptId", "questionId", "credit" FROM "Answer" WHERE "attemptId" IN (${ids})`, ...args)) {
    const attemptId = row.attemptId as string
    if (!credits.has(attemptId)) credits.set(attemptId, new Map())
    credits.get(attemptId)!.set(row.questionId as string, readNumber(row.credit) ?? 0)
  }
  return credits
}

/**
 * While a student has an assignment with "feedback after the due date" still open, practising the same questions
 * must not reveal their keys either: returns the latest such due date among these questions, or null.
 */
export async function embargoedUntil(tx: Tx | typeof db, userId: string, questionIds: string[], now: Date): Promise<Date | null> {
  const assignments = await tx.assignment.findMany({
    where: {
      feedback: 'AFTER_DUE',
      dueAt: { gt: now },
      class: { archivedAt: null, enrollments: { some: { studentId: userId, removedAt: null } } },
    },
    select: { dueAt: true, quiz: { select: { scope: true, lessonId: true, documentId: true, questions: { select: { questionId: true } } } } },
  })
  if (assignments.length === 0) return null
  const questions = await tx.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, lessonId: true, documentId: true } })
  const covers = ({ quiz }: (typeof assignments)[number], question: (typeof questions)[number]) =>
    quiz.scope === 'LESSON'
      ? quiz.lessonId === question.lessonId
      : quiz.scope === 'DOCUMENT'
        ? quiz.documentId === question.documentId
        : quiz.questions.some((item) => item.questionId === question.id)
  const dues = assignments.filter((assignment) => questions.some((question) => covers(assignment, question))).map((a) => a.dueAt.getTime())
  return dues.length ? new Date(Math.max(...dues)) : null
}
