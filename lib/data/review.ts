import 'server-only'
import { db } from '../db'
import { gradeResponse } from '../quiz/grading'
import { parseResponse, type AnswerKey, type PresentedContent, type QuestionType } from '../quiz/responses'
import { scheduleAfterAnswer } from '../review/schedule'
import { AttemptError, presentContent } from './attempts'
import { isPostgresUrl, readDatabaseUrl } from '../env'
import { LOCK_REVIEW_WRITING, reviewsUpToDate } from './pending-reviews'
import { sqlTransaction } from './sql'
import { recordStudyTime } from './study-time'

const reviewable = { question: { enabled: true, document: { published: true } } } as const

// Each reader first writes the student's review memories still pending from a submit (pending-reviews.ts).

export async function countDueReviews(userId: string, now = new Date()) {
  await reviewsUpToDate(userId)
  return db.reviewState.count({ where: { userId, due: { lte: now }, ...reviewable } })
}

const questionForReview = {
  id: true,
  type: true,
  lessonId: true,
  document: { select: { title: true } },
  versions: { orderBy: { version: 'desc' }, take: 1, select: { prompt: true, content: true, answerKey: true, source: true, explanation: true } },
} as const

/** The most overdue question of the student's queue, presented like in a quiz (no key). */
export async function nextDueReview(userId: string, now = new Date()) {
  await reviewsUpToDate(userId)
  const state = await db.reviewState.findFirst({
    where: { userId, due: { lte: now }, ...reviewable },
    orderBy: { due: 'asc' },
    select: { id: true, reps: true, question: { select: questionForReview } },
  })
  if (!state) return null
  const { question } = state
  const version = question.versions[0]
  const type = question.type as QuestionType
  return {
    id: question.id,
    type,
    prompt: version.prompt,
    documentTitle: question.document.title,
    // A new order each time the question comes back, so the position of the answer is not what is learned.
    content: presentContent(type, version.content as PresentedContent, version.answerKey as AnswerKey, `review:${state.id}:${state.reps}`),
    response: null,
  }
}

/** Grades a review answer, moves the question's next review accordingly, and returns the feedback to show. */
export async function answerReview(userId: string, questionId: string, rawResponse: unknown, now = new Date()) {
  await reviewsUpToDate(userId)
  const feedback = await db.$transaction(async (tx) => {
    if (isPostgresUrl(readDatabaseUrl())) await tx.$executeRawUnsafe(LOCK_REVIEW_WRITING)
    const state = await tx.reviewState.findFirst({
      where: { userId, questionId, due: { lte: now }, ...reviewable },
      include: { question: { select: questionForReview } },
    })
    if (!state) throw new AttemptError('not-found')
    const version = state.question.versions[0]
    const type = state.question.type as QuestionType
    const response = parseResponse(type, version.content as PresentedContent, rawResponse)
    if (!response) throw new AttemptError('invalid-response')
    const credit = gradeResponse(type, version.answerKey as AnswerKey, response)
    const memory = scheduleAfterAnswer(state, credit, now)
    await tx.reviewState.update({ where: { id: state.id }, data: memory })
    return {
      credit,
      nextDue: memory.due,
      type,
      content: version.content as PresentedContent,
      key: version.answerKey as AnswerKey,
      response,
      explanation: version.explanation,
      source: version.source,
      lessonId: state.question.lessonId,
    }
  })
  await sqlTransaction(db, (sql) => recordStudyTime(sql, userId, 30, now))
  return feedback
}

export type ReviewFeedback = Awaited<ReturnType<typeof answerReview>>
