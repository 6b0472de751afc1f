import 'server-only'
import { randomUUID } from 'node:crypto'
import { db } from '../db'
import { isPostgresUrl, readDatabaseUrl } from '../env'
import type { SessionUser } from '../auth/session'
import { gradeResponse } from '../quiz/grading'
import { parseResponse, type AnswerKey, type PresentedContent, type QuestionType, type QuizResponse } from '../quiz/responses'
import { seededShuffle } from '../quiz/shuffle'
import { assignmentSeed, attemptDeadline, keysHiddenUntil, startRefusal } from '../assignments/rules'
import { practiceQuizzesFor } from './quiz-visibility'
import { ADD_TO_STUDY_DAY, INSERT_STUDY_TIME, MAX_COUNTED_GAP_SECONDS, RECORD_STUDY_TIME, studyDay, studyTimeRow } from './study-time'
import { inList, readDate, readJson, readNumber, nextTurn, sqlOutsideTransaction, sqlSharedTransaction, sqlTransaction, timeOrderedId, type Row, type Sql, type SqlValue } from './sql'
import { creditsOf, embargoedUntil, writePendingReviews } from './pending-reviews'

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0]

/** Expected refusals, mapped to messages by the actions. */
export class AttemptError extends Error {
  constructor(readonly reason: 'not-found' | 'closed' | 'invalid-response' | 'not-open' | 'no-attempts-left' | 'locked') {
    super(reason)
  }
}

// Answers arriving a few seconds after a time limit were given in time; the network took the rest.
const DEADLINE_GRACE_MS = 5_000

function pastDeadline(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() > deadlineAt.getTime() + DEADLINE_GRACE_MS
}

export async function findQuizForUser(user: Pick<SessionUser, 'id' | 'role'>, quizId: string) {
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ...practiceQuizzesFor(user) },
    select: {
      id: true,
      title: true,
      scope: true,
      lessonId: true,
      lesson: { select: { id: true, title: true } },
      document: { select: { id: true, title: true } },
      attempts: {
        where: { userId: user.id, assignmentId: null },
        orderBy: { startedAt: 'desc' },
        select: { id: true, status: true, startedAt: true, submittedAt: true, score: true, maxScore: true },
      },
    },
  })
  if (!quiz) return null
  return { ...quiz, questionCount: (await questionIdsForQuiz(db, quiz)).length }
}

async function questionIdsForQuiz(tx: Tx | typeof db, quiz: { id: string; scope: string; lessonId: string | null; document: { id: string } }) {
  if (quiz.scope === 'CUSTOM') {
    const rows = await tx.quizQuestion.findMany({ where: { quizId: quiz.id, question: { enabled: true } }, orderBy: { position: 'asc' } })
    return rows.map((row) => row.questionId)
  }
  const where = quiz.scope === 'LESSON' ? { lessonId: quiz.lessonId!, enabled: true } : { documentId: quiz.document.id, enabled: true }
  const rows = await tx.question.findMany({ where, orderBy: [{ createdAt: 'asc' }, { key: 'asc' }], select: { id: true } })
  return rows.map((row) => row.id)
}

/**
 * Starts of one student's attempts take turns: two clicks on "Start" (or two tabs) would otherwise both find no open
 * attempt and both create one on PostgreSQL, whose transactions read what was committed before they began. Writing
 * the student's row takes its lock until the transaction ends (SQLite runs one write transaction at a time anyway).
 */
async function takeStudentsTurn(tx: Tx, userId: string) {
  await tx.$executeRaw`UPDATE "User" SET "id" = "id" WHERE "id" = ${userId}`
}

/** Resumes the open practice attempt of this quiz, or starts one with its own stable question order. */
export async function startOrResumeAttempt(user: Pick<SessionUser, 'id' | 'role'>, quizId: string): Promise<string> {
  return db.$transaction(async (tx) => {
    await takeStudentsTurn(tx, user.id)
    const quiz = await tx.quiz.findFirst({
      where: { id: quizId, ...practiceQuizzesFor(user) },
      select: { id: true, scope: true, lessonId: true, document: { select: { id: true } } },
    })
    if (!quiz) throw new AttemptError('not-found')
    const open = await tx.attempt.findFirst({
      where: { userId: user.id, quizId, assignmentId: null, status: 'IN_PROGRESS' },
      select: { id: true },
    })
    if (open) return open.id
    const seed = randomUUID()
    const questionIds = seededShuffle(await questionIdsForQuiz(tx, quiz), seed)
    if (questionIds.length === 0) throw new AttemptError('not-found')
    const attempt = await tx.attempt.create({ data: { userId: user.id, quizId, seed, questionIds } })
    return attempt.id
  })
}

/**
 * Starts (or resumes) the student's attempt at an assignment of a class they are in now. The seed is the same on
 * every attempt of the student (assignmentSeed), so order of questions and choices never changes for them; without
 * shuffling the questions keep the quiz's order. An open attempt past its time limit is submitted first.
 */
export async function startAssignmentAttempt(user: Pick<SessionUser, 'id'>, assignmentId: string, now = new Date()): Promise<string> {
  const open = await db.attempt.findFirst({ where: { userId: user.id, assignmentId, status: 'IN_PROGRESS' }, select: { id: true, deadlineAt: true } })
  if (open && pastDeadline(open.deadlineAt, now)) await submitAttempt(user.id, open.id, now)
  return db.$transaction(async (tx) => {
    await takeStudentsTurn(tx, user.id)
    const assignment = await tx.assignment.findFirst({
      where: { id: assignmentId, class: { archivedAt: null, enrollments: { some: { studentId: user.id, removedAt: null } } } },
      select: {
        id: true,
        openAt: true,
        timeLimitSec: true,
        attemptsAllowed: true,
        shuffle: true,
        quiz: { select: { id: true, scope: true, lessonId: true, document: { select: { id: true } } } },
      },
    })
    if (!assignment) throw new AttemptError('not-found')
    const resumable = await tx.attempt.findFirst({ where: { userId: user.id, assignmentId, status: 'IN_PROGRESS' }, select: { id: true } })
    if (resumable) return resumable.id
    const attemptsUsed = await tx.attempt.count({ where: { userId: user.id, assignmentId } })
    const refusal = startRefusal({ now, openAt: assignment.openAt, enrolled: true, archived: false, attemptsAllowed: assignment.attemptsAllowed, attemptsUsed })
    if (refusal === 'not-open' || refusal === 'no-attempts-left') throw new AttemptError(refusal)
    const seed = assignmentSeed(assignment.id, user.id, assignment.shuffle)
    const inQuizOrder = await questionIdsForQuiz(tx, assignment.quiz)
    if (inQuizOrder.length === 0) throw new AttemptError('not-found')
    const attempt = await tx.attempt.create({
      data: {
        userId: user.id,
        quizId: assignment.quiz.id,
        assignmentId: assignment.id,
        seed,
        questionIds: assignment.shuffle ? seededShuffle(inQuizOrder, seed) : inQuizOrder,
        startedAt: now,
        lastActiveAt: now,
        deadlineAt: attemptDeadline(now, assignment.timeLimitSec),
      },
    })
    return attempt.id
  })
}

/** The order a student sees choices, items and matching partners in: stable for the attempt, never the key's order. */
export function presentContent(type: QuestionType, content: PresentedContent, key: AnswerKey, seed: string): PresentedContent {
  switch (type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE':
      return { choices: seededShuffle(content.choices ?? [], seed) }
    case 'ORDERING': {
      const items = seededShuffle(content.items ?? [], seed)
      const chronological = (key.answer as string[]).join('\n')
      // A shuffle that happens to be the answer would give the question away: rotate it by one.
      return { items: items.join('\n') === chronological ? [...items.slice(1), items[0]] : items }
    }
    case 'MATCHING':
      return { left: content.left, right: seededShuffle(content.right ?? [], seed) }
    default:
      return content
  }
}

const currentVersion = {
  versions: { orderBy: { version: 'desc' }, take: 1, select: { id: true, prompt: true, content: true, answerKey: true, source: true, explanation: true } },
} as const

async function loadQuestions(tx: Tx | typeof db, questionIds: string[]) {
  const rows = await tx.question.findMany({
    where: { id: { in: questionIds } },
    select: { id: true, type: true, focus: true, lessonId: true, ...currentVersion },
  })
  const byId = new Map(rows.map((row) => [row.id, { ...row, version: row.versions[0] }]))
  return questionIds.map((id) => byId.get(id)).filter((row) => row !== undefined)
}

/** Feedback on one answered question, sent only once the answer is locked (feedback after each question). */
function answeredFeedback(question: { lessonId: string | null; version: { answerKey: unknown; explanation: string; source: string } }, credit: number | null) {
  return { credit: credit ?? 0, key: question.version.answerKey as AnswerKey, explanation: question.version.explanation, source: question.version.source, lessonId: question.lessonId }
}

export type QuestionFeedback = ReturnType<typeof answeredFeedback>

/**
 * What the player needs: prompts and presented content, saved responses; never an answer key, except for questions
 * already answered under "feedback after each question". An attempt past its time limit is submitted here first,
 * with the answers it has: the server closes it even if the browser never came back.
 */
export async function loadAttemptForPlayer(userId: string, attemptId: string, now = new Date()) {
  const expired = await db.attempt.findFirst({ where: { id: attemptId, userId, status: 'IN_PROGRESS' }, select: { deadlineAt: true } })
  if (expired && pastDeadline(expired.deadlineAt, now)) await submitAttempt(userId, attemptId, now)
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      seed: true,
      status: true,
      questionIds: true,
      deadlineAt: true,
      quiz: { select: { id: true, title: true, lessonId: true, document: { select: { title: true } } } },
      assignment: { select: { id: true, feedback: true, dueAt: true } },
      answers: { select: { questionId: true, response: true, answeredAt: true, credit: true } },
    },
  })
  if (!attempt) return null
  const saved = new Map(attempt.answers.map((answer) => [answer.questionId, answer.response as QuizResponse]))
  const credits = new Map(attempt.answers.map((answer) => [answer.questionId, answer.credit]))
  const eachQuestion = attempt.assignment?.feedback === 'EACH_QUESTION'
  const questions = (await loadQuestions(db, attempt.questionIds as string[])).map((question) => ({
    id: question.id,
    type: question.type as QuestionType,
    prompt: question.version.prompt,
    content: presentContent(
      question.type as QuestionType,
      question.version.content as PresentedContent,
      question.version.answerKey as AnswerKey,
      `${attempt.seed}:${question.id}`,
    ),
    response: saved.get(question.id) ?? null,
    feedback: eachQuestion && saved.has(question.id) ? answeredFeedback(question, credits.get(question.id) ?? null) : null,
  }))
  return {
    id: attempt.id,
    status: attempt.status,
    deadlineAt: attempt.deadlineAt,
    quiz: attempt.quiz,
    assignment: attempt.assignment,
    feedbackTiming: attempt.assignment?.feedback ?? 'AFTER_SUBMIT',
    questions,
  }
}

export type PlayerAttempt = NonNullable<Awaited<ReturnType<typeof loadAttemptForPlayer>>>
export type PlayerQuestion = PlayerAttempt['questions'][number]

// The attempt and the current version of the question, for grading (an edit adds a version; answers point at the
// version graded), in one statement: on PostgreSQL each statement is a round trip.
const ATTEMPT_AND_QUESTION_TO_SAVE = `
  SELECT CAST(a."status" AS TEXT) AS "status", a."questionIds", a."deadlineAt", a."lastActiveAt", CAST(s."feedback" AS TEXT) AS "feedback",
    (SELECT COUNT(*) FROM "Answer" x WHERE x."attemptId" = a."id" AND x."questionId" = ?) AS "answered",
    CAST(q."type" AS TEXT) AS "type", q."lessonId", v."id" AS "versionId", v."content", v."answerKey", v."source", v."explanation"
  FROM "Attempt" a
  LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
  LEFT JOIN "Question" q ON q."id" = ?
  LEFT JOIN "QuestionVersion" v ON v."questionId" = q."id" AND v."version" = (SELECT MAX(w."version") FROM "QuestionVersion" w WHERE w."questionId" = q."id")
  WHERE a."id" = ? AND a."userId" = ?`

// Checks that the attempt is still open and, for an assignment, that the student is still in its class (a student
// removed from the class loses its assignments, an attempt in progress included); touches it and counts the write.
const TOUCH_OPEN_ATTEMPT = `
  UPDATE "Attempt" SET "lastActiveAt" = ?, "answerWrites" = "answerWrites" + 1
  WHERE "id" = ? AND "userId" = ? AND "status" = 'IN_PROGRESS' AND ("assignmentId" IS NULL OR EXISTS (
    SELECT 1 FROM "Assignment" s JOIN "Enrollment" e ON e."classId" = s."classId"
    WHERE s."id" = "Attempt"."assignmentId" AND e."studentId" = ? AND e."removedAt" IS NULL))`

const INSERT_ANSWER = `INSERT INTO "Answer" ("id", "attemptId", "questionId", "questionVersionId", "response", "credit", "answeredAt")`
// An answer whose feedback was shown (feedback after each question) is final. The checks before the write cannot see
// an answer committed by a save running at the same moment (PostgreSQL, READ COMMITTED); the conflict clause can.
const REPLACE_ANSWER = `ON CONFLICT ("attemptId", "questionId") DO UPDATE SET
  "questionVersionId" = excluded."questionVersionId", "response" = excluded."response", "credit" = excluded."credit", "answeredAt" = excluded."answeredAt"
  WHERE NOT EXISTS (SELECT 1 FROM "Attempt" a JOIN "Assignment" s ON s."id" = a."assignmentId"
    WHERE a."id" = "Answer"."attemptId" AND s."feedback" = 'EACH_QUESTION')`

// PostgreSQL: the answer, written only if the "touched" step of the same statement allowed it.
const ANSWER_IF_TOUCHED = `"answer" AS (${INSERT_ANSWER}
    SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS JSONB), CAST(? AS DOUBLE PRECISION), CAST(? AS TIMESTAMP(3))
    FROM "touched" ${REPLACE_ANSWER} RETURNING "id")`

// PostgreSQL: the touch, the answer and study time in one statement, each write only if the touch was allowed; with
// the read before it, two round trips instead of six. A submit committing in between is refused by the touch's guard.
const TOUCH_AND_SAVE = `
  WITH "touched" AS (${TOUCH_OPEN_ATTEMPT} RETURNING "id"),
  ${ANSWER_IF_TOUCHED},
  "study" AS (${INSERT_STUDY_TIME} SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS INTEGER) FROM "touched" ${ADD_TO_STUDY_DAY})
  SELECT (SELECT COUNT(*) FROM "touched") AS "touched", (SELECT COUNT(*) FROM "answer") AS "answered"`

// PostgreSQL, for a question whose current version this process knows (gradingQuestions): every check of the
// two-step save is in the touch's guard, so a save is one round trip. Refused for any reason (closed, past the time
// limit, locked, not in the attempt, out of the class, the question edited since), it writes nothing (but for a lock
// lost to a save at the same moment: then the touch and study time stay), and the two-step save runs to say why. The study time comes from the attempt's lastActiveAt as it was before the touch.
const SAVE_KNOWN_QUESTION = `
  WITH "before" AS (SELECT a."lastActiveAt", CAST(s."feedback" AS TEXT) AS "feedback" FROM "Attempt" a
    LEFT JOIN "Assignment" s ON s."id" = a."assignmentId" WHERE a."id" = ?),
  "touched" AS (${TOUCH_OPEN_ATTEMPT}
      AND "questionIds" @> CAST(? AS JSONB) AND ("deadlineAt" IS NULL OR "deadlineAt" >= ?)
      AND (SELECT w."id" FROM "QuestionVersion" w WHERE w."questionId" = ? ORDER BY w."version" DESC LIMIT 1) = ?
      AND NOT EXISTS (SELECT 1 FROM "Assignment" s JOIN "Answer" x ON x."attemptId" = "Attempt"."id" AND x."questionId" = ?
        WHERE s."id" = "Attempt"."assignmentId" AND s."feedback" = 'EACH_QUESTION')
    RETURNING "id"),
  ${ANSWER_IF_TOUCHED},
  "study" AS (${INSERT_STUDY_TIME} SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT),
      CAST(LEAST(GREATEST(ROUND(EXTRACT(EPOCH FROM CAST(? AS TIMESTAMP(3)) - b."lastActiveAt")), 0), ?) AS INTEGER)
    FROM "touched", "before" b ${ADD_TO_STUDY_DAY})
  SELECT (SELECT COUNT(*) FROM "touched") AS "touched", (SELECT COUNT(*) FROM "answer") AS "answered", (SELECT "feedback" FROM "before") AS "feedback"`

/** A question's current version as graded, kept by the process: versions are immutable rows, and an edit adds one. */
type GradingQuestion = { type: QuestionType; lessonId: string | null; content: PresentedContent; graded: ReturnType<typeof gradedVersion> }
const gradingQuestions = new Map<string, GradingQuestion>()
const MAX_GRADING_QUESTIONS = 10_000

function rememberGradingQuestion(questionId: string, question: GradingQuestion) {
  gradingQuestions.delete(questionId)
  gradingQuestions.set(questionId, question)
  // Oldest first: a Map iterates in insertion order.
  if (gradingQuestions.size > MAX_GRADING_QUESTIONS) gradingQuestions.delete(gradingQuestions.keys().next().value!)
}

type SavedAnswer = { savedAt: Date; feedback: QuestionFeedback | null }

/** How many saves the one-statement path made: the data-layer test checks that it is taken. */
export const savesInOneStatement = { count: 0 }

/** The one-statement save (PostgreSQL, question known): the answer saved, or null when the two-step save must decide. */
const saveKnownQuestion: (userId: string, attemptId: string, questionId: string, rawResponse: unknown, now: Date) => Promise<SavedAnswer | null> =
  isPostgresUrl(readDatabaseUrl())
    ? async (userId, attemptId, questionId, rawResponse, now) => {
        const question = gradingQuestions.get(questionId)
        const response = question && parseResponse(question.type, question.content, rawResponse)
        if (!question || !response) return null
        const credit = gradeResponse(question.type, question.graded.answerKey, response)
        const sql = await sqlOutsideTransaction(db)
        const [row] = await sql.rows(
          SAVE_KNOWN_QUESTION,
          attemptId,
          now, attemptId, userId, userId,
          JSON.stringify([questionId]), new Date(now.getTime() - DEADLINE_GRACE_MS), questionId, question.graded.id, questionId,
          timeOrderedId(), attemptId, questionId, question.graded.id, JSON.stringify(response), credit, now,
          timeOrderedId(), userId, studyDay(now), now, MAX_COUNTED_GAP_SECONDS,
        )
        // Refused, or the answer was locked by a save at the same moment (then only the touch and study time were written).
        if (readNumber(row.touched)! === 0 || readNumber(row.answered)! === 0) return null
        savesInOneStatement.count++
        return { savedAt: now, feedback: row.feedback === 'EACH_QUESTION' ? answeredFeedback({ lessonId: question.lessonId, version: question.graded }, credit) : null }
      }
    : async () => null

type SaveWrites = { touch: SqlValue[]; answer: SqlValue[]; studyTime: SqlValue[] }

/**
 * The touch, then the answer and study time if it was allowed: 'refused' if the touch was, 'locked' if the answer
 * was (final since a save at the same moment; on SQLite the caller's savepoint undoes the touch).
 */
const writeSave: (sql: Sql, writes: SaveWrites) => Promise<'saved' | 'refused' | 'locked'> = isPostgresUrl(readDatabaseUrl())
  ? async (sql, { touch, answer, studyTime }) => {
      const [row] = await sql.rows(TOUCH_AND_SAVE, ...touch, ...answer, ...studyTime)
      if (readNumber(row.touched)! === 0) return 'refused'
      return readNumber(row.answered)! === 0 ? 'locked' : 'saved'
    }
  : async (sql, { touch, answer, studyTime }) => {
      if ((await sql.run(TOUCH_OPEN_ATTEMPT, ...touch)) === 0) return 'refused'
      if ((await sql.run(`${INSERT_ANSWER} VALUES (?, ?, ?, ?, ?, ?, ?) ${REPLACE_ANSWER}`, ...answer)) === 0) return 'locked'
      await sql.run(RECORD_STUDY_TIME, ...studyTime)
      return 'saved'
    }

// SQLite: the read and the writes in one transaction (it holds the one connection anyway), so nothing comes between;
// saves arriving together share it and its sync to disk. PostgreSQL: no transaction around them; the touch's guard
// catches what came between.
const withSaveConnection: <T>(body: (sql: Sql) => Promise<T>) => Promise<T> = isPostgresUrl(readDatabaseUrl())
  ? async (body) => body(await sqlOutsideTransaction(db))
  : (body) => sqlSharedTransaction(db, body)

/**
 * Saves (or replaces) one answer and grades it on the server. The attempt row is updated before the answer: that
 * lock orders this save against a concurrent submit, so an answer is either counted in the score or refused, never
 * lost silently. Hand-written SQL (lib/data/sql): a class saves at once, and Prisma's model queries cost five times
 * the database's work (ADR 0010). Every refusal is decided before the first write, so a refused save writes nothing;
 * the one exception is a lock lost to a save of the same question at the same moment on PostgreSQL (the touch stays).
 * On PostgreSQL a question this process has graded before is saved in one statement (ADR 0013).
 */
export async function saveAnswer(userId: string, attemptId: string, questionId: string, rawResponse: unknown, now = new Date()): Promise<SavedAnswer> {
  const savedAtOnce = await saveKnownQuestion(userId, attemptId, questionId, rawResponse, now)
  if (savedAtOnce) return savedAtOnce
  const outcome = await withSaveConnection(async (sql): Promise<SavedAnswer | 'expired'> => {
    const [attempt] = await sql.rows(ATTEMPT_AND_QUESTION_TO_SAVE, questionId, questionId, attemptId, userId)
    if (!attempt || !readJson<string[]>(attempt.questionIds).includes(questionId)) throw new AttemptError('not-found')
    if (attempt.status !== 'IN_PROGRESS') throw new AttemptError('closed')
    if (pastDeadline(readDate(attempt.deadlineAt), now)) return 'expired' as const
    // Once its feedback was shown, an answer is final: the key is on the student's screen.
    const eachQuestion = attempt.feedback === 'EACH_QUESTION'
    if (eachQuestion && Number(attempt.answered) > 0) throw new AttemptError('locked')
    if (!attempt.versionId) throw new AttemptError('not-found')
    const type = attempt.type as QuestionType
    const content = readJson<PresentedContent>(attempt.content)
    const graded = gradedVersion(attempt)
    rememberGradingQuestion(questionId, { type, lessonId: attempt.lessonId as string | null, content, graded })
    const response = parseResponse(type, content, rawResponse)
    if (!response) throw new AttemptError('invalid-response')

    const credit = gradeResponse(type, graded.answerKey, response)
    const saved = await writeSave(sql, {
      touch: [now, attemptId, userId, userId],
      answer: [timeOrderedId(), attemptId, questionId, graded.id, JSON.stringify(response), credit, now],
      studyTime: studyTimeRow(userId, (now.getTime() - readDate(attempt.lastActiveAt)!.getTime()) / 1000, now),
    })
    if (saved === 'locked') throw new AttemptError('locked')
    if (saved === 'refused') {
      // Refused: closed by a submit that committed after the read above (PostgreSQL), or no longer in the class.
      const [current] = await sql.rows(`SELECT CAST("status" AS TEXT) AS "status" FROM "Attempt" WHERE "id" = ?`, attemptId)
      throw new AttemptError(current?.status === 'IN_PROGRESS' ? 'not-found' : 'closed')
    }
    return { savedAt: now, feedback: eachQuestion ? answeredFeedback({ lessonId: attempt.lessonId as string | null, version: graded }, credit) : null }
  })
  if (outcome !== 'expired') return outcome
  // Past the time limit: the attempt is submitted with the answers it has, and this late one is refused.
  await submitAttempt(userId, attemptId, now)
  throw new AttemptError('closed')
}

function gradedVersion(row: Row) {
  return { id: row.versionId as string, answerKey: readJson<AnswerKey>(row.answerKey), explanation: row.explanation as string, source: row.source as string }
}

type Submission = { userId: string; attemptId: string; now: Date; resolve: (attemptId: string) => void; reject: (error: unknown) => void }

// Group commit: submits that arrive while batches are being written wait and are written together in the next one,
// so a class submitting at once shares its reads, transactions and disk flushes (`npm run loadtest`, ADR 0010).
// SQLite writes one transaction at a time; PostgreSQL gains from a few batches on separate pooled connections.
// A batch starts on the event loop's next turn (setImmediate), after the requests already received have been read:
// started at once, each submit of a burst was written alone, since the SQLite calls block the loop (ADR 0011).
const waitingSubmissions: Submission[] = []
let batchWriters = 0
const MAX_SUBMISSIONS_PER_BATCH = 100

const MAX_CONCURRENT_BATCHES = isPostgresUrl(readDatabaseUrl()) ? 4 : 1

// Review memories are written once no submit has come for this long: during a class's burst the submits go first.
// Memories left by a process that stopped first are written after the next submit, or when the student's reviews
// are read (pending-reviews.ts).
const REVIEWS_AFTER_QUIET_MS = 200
let reviewTimer: NodeJS.Timeout | undefined

function writeReviewsOnceQuiet() {
  clearTimeout(reviewTimer)
  reviewTimer = setTimeout(writeReviewsNow, REVIEWS_AFTER_QUIET_MS).unref()
}

async function writeReviewsNow() {
  try {
    await writePendingReviews(() => waitingSubmissions.length > 0 || batchWriters > 0)
  } catch (error) {
    console.error('Writing review memories failed; they stay pending and are retried after the next submit.', error)
  }
  // Stopped for submits: resumed once they are quiet again (the last batch re-arms the timer too).
  if (waitingSubmissions.length > 0 || batchWriters > 0) writeReviewsOnceQuiet()
}

/**
 * Submits once: a second submit (double click, two tabs, a retry after a lost response) finds the attempt
 * already submitted and returns it unchanged. Scores it; its questions are scheduled for review soon after (see
 * pending-reviews.ts). Resolves once the submission is committed.
 */
export function submitAttempt(userId: string, attemptId: string, now = new Date()): Promise<string> {
  return new Promise((resolve, reject) => {
    waitingSubmissions.push({ userId, attemptId, now, resolve, reject })
    writeReviewsOnceQuiet()
    if (batchWriters < MAX_CONCURRENT_BATCHES) void writeWaitingSubmissions()
  })
}

async function writeWaitingSubmissions() {
  batchWriters++
  try {
    await nextTurn()
    while (waitingSubmissions.length > 0) {
      const batch = waitingSubmissions.splice(0, MAX_SUBMISSIONS_PER_BATCH)
      try {
        await submitTogether(batch)
      } catch {
        // A failed batch committed nothing: each submission is tried alone, so an error is only its own.
        for (const submission of batch) await submitTogether([submission]).catch(submission.reject)
      }
      await nextTurn()
    }
  } finally {
    batchWriters--
    // Counted from the last commit: a batch may end long after the last submit arrived.
    writeReviewsOnceQuiet()
  }
}

/**
 * Reads and computes before the transaction: on SQLite a transaction holds the one connection across its awaits. The
 * transaction claims each attempt with the score read only if no answer was written since (every save counts its
 * write in the attempt row); if one was, it claims the attempt, reads its credits again and scores those. Each claimed
 * attempt gets its PendingReview row. Settles every submission of the batch, unless it throws: then it has settled
 * none and committed nothing.
 */
async function submitTogether(batch: Submission[]) {
  const reader = await sqlOutsideTransaction(db)
  const attemptIds = [...new Set(batch.map((submission) => submission.attemptId))]
  const [ids, idArgs] = inList(attemptIds)
  const attempts = new Map((await reader.rows(attemptsToSubmit(ids), ...idArgs)).map((row) => [row.id as string, row]))
  const toClaim = new Map<string, Submission>()
  const settled: Submission[] = []
  for (const submission of batch) {
    const attempt = attempts.get(submission.attemptId)
    if (!attempt || attempt.userId !== submission.userId) submission.reject(new AttemptError('not-found'))
    else if (attempt.status === 'IN_PROGRESS' && !toClaim.has(submission.attemptId)) toClaim.set(submission.attemptId, submission)
    else settled.push(submission)
  }
  if (toClaim.size === 0) {
    for (const submission of settled) submission.resolve(submission.attemptId)
    return
  }

  const claims = [...toClaim.values()]
  const readCredits = await creditsOf(reader, [...toClaim.keys()])
  const claimed: string[] = []
  await sqlTransaction(db, async (sql) => {
    for (const submission of claims) {
      const { userId, attemptId, now } = submission
      const questionIds = readJson<string[]>(attempts.get(attemptId)!.questionIds)
      const scoreOf = (credits: Map<string, number>) => questionIds.reduce((sum, id) => sum + (credits.get(id) ?? 0), 0)
      const unchanged = await sql.run(
        `UPDATE "Attempt" SET ${SUBMITTED}, "score" = ? WHERE "id" = ? AND "userId" = ? AND "status" = 'IN_PROGRESS' AND "answerWrites" = ?`,
        now, questionIds.length, scoreOf(readCredits.get(attemptId) ?? new Map()), attemptId, userId, readNumber(attempts.get(attemptId)!.answerWrites),
      )
      if (unchanged === 0) {
        const claimedSinceRead = await sql.run(`UPDATE "Attempt" SET ${SUBMITTED} WHERE "id" = ? AND "userId" = ? AND "status" = 'IN_PROGRESS'`, now, questionIds.length, attemptId, userId)
        if (claimedSinceRead === 0) continue
        const credits = (await creditsOf(sql, [attemptId])).get(attemptId) ?? new Map<string, number>()
        await sql.run(`UPDATE "Attempt" SET "score" = ? WHERE "id" = ?`, scoreOf(credits), attemptId)
      }
      claimed.push(attemptId)
    }
    // The questions are scheduled for review after the burst (lib/data/pending-reviews.ts): this row says so.
    if (claimed.length > 0) {
      const [rows, args] = inList(claimed)
      await sql.run(`INSERT INTO "PendingReview" ("attemptId") SELECT DISTINCT "id" FROM "Attempt" WHERE "id" IN (${rows})`, ...args)
    }
  })
  for (const submission of [...claims, ...settled]) submission.resolve(submission.attemptId)
}

const SUBMITTED = `"status" = 'SUBMITTED', "submittedAt" = ?, "maxScore" = ?`

const attemptsToSubmit = (ids: string) => `
  SELECT a."id", a."userId", CAST(a."status" AS TEXT) AS "status", a."questionIds", a."answerWrites", a."assignmentId",
    CAST(s."feedback" AS TEXT) AS "feedback", s."dueAt"
  FROM "Attempt" a LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
  WHERE a."id" IN (${ids})`

/** A submitted attempt with each question as the student saw it, their answer, the key and its source sentence. */
export async function loadAttemptResult(userId: string, attemptId: string, now = new Date()) {
  const result = await loadSubmittedAttempt({ id: attemptId, userId })
  if (!result) return null
  const { assignment } = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { assignment: { select: { id: true, dueAt: true, feedback: true } } } })
  const hiddenUntil = assignment
    ? keysHiddenUntil(assignment.feedback, assignment.dueAt, now)
    : await embargoedUntil(db, userId, result.questions.map((question) => question.id), now)
  // Under "feedback after the due date" the score is shown, the questions with their keys are not even sent.
  return { ...result, assignment, keysHiddenUntil: hiddenUntil, ...(hiddenUntil ? { answers: [], questions: [] } : {}) }
}

/**
 * Whose attempt may be read is part of the query: the student's own, or (gradebook) a student's attempt at an
 * assignment of a class the teacher teaches.
 */
export type AttemptReader = { id: string; userId: string; assignment?: { classId: string; class: { teacherId: string } } }

export async function loadSubmittedAttempt(reader: AttemptReader) {
  const attempt = await db.attempt.findFirst({
    where: { ...reader, status: 'SUBMITTED' },
    select: {
      id: true,
      score: true,
      maxScore: true,
      startedAt: true,
      submittedAt: true,
      questionIds: true,
      quiz: { select: { id: true, title: true, document: { select: { title: true, source: true } } } },
      answers: {
        select: {
          questionId: true,
          response: true,
          credit: true,
          questionVersion: { select: { prompt: true, content: true, answerKey: true, source: true, explanation: true } },
        },
      },
    },
  })
  if (!attempt) return null
  const answered = new Map(attempt.answers.map((answer) => [answer.questionId, answer]))
  const questions = (await loadQuestions(db, attempt.questionIds as string[])).map((question) => {
    const answer = answered.get(question.id)
    // Show the version the student answered; an unanswered question shows the current one.
    const version = answer?.questionVersion ?? question.version
    return {
      id: question.id,
      type: question.type as QuestionType,
      focus: question.focus,
      lessonId: question.lessonId,
      prompt: version.prompt,
      content: version.content as PresentedContent,
      key: version.answerKey as AnswerKey,
      source: version.source,
      explanation: version.explanation,
      response: (answer?.response as QuizResponse | undefined) ?? null,
      credit: answer?.credit ?? 0,
    }
  })
  return { ...attempt, questions }
}

export type AttemptResult = NonNullable<Awaited<ReturnType<typeof loadAttemptResult>>>
