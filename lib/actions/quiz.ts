'use server'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { AttemptError, saveAnswer, startAssignmentAttempt, startOrResumeAttempt, submitAttempt } from '../data/attempts'
import { answerReview } from '../data/review'
import { ActionError, createAction } from './safe-action'

const id = z.string().min(1).max(64)
const refusal = {
  'not-found': 'quiz.notFound',
  closed: 'quiz.closed',
  'invalid-response': 'quiz.invalidResponse',
  'not-open': 'assignments.notOpenYet',
  'no-attempts-left': 'assignments.noAttemptsLeft',
  locked: 'assignments.answerLocked',
} as const

// Expected refusals from the data layer become translated messages; anything else is a real error.
async function refusingWithMessages<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof AttemptError) throw new ActionError(refusal[error.reason])
    throw error
  }
}

export const startQuizAction = createAction('take:quiz', z.strictObject({ quizId: id }), async ({ quizId }, { user }) => {
  const attemptId = await refusingWithMessages(() => startOrResumeAttempt(user, quizId))
  redirect(`/attempts/${attemptId}`)
})

export const startAssignmentAction = createAction('take:quiz', z.strictObject({ assignmentId: id }), async ({ assignmentId }, { user }) => {
  const attemptId = await refusingWithMessages(() => startAssignmentAttempt(user, assignmentId))
  redirect(`/attempts/${attemptId}`)
})

export const saveAnswerAction = createAction(
  'take:quiz',
  z.strictObject({ attemptId: id, questionId: id, response: z.unknown() }),
  async ({ attemptId, questionId, response }, { user }) =>
    refusingWithMessages(async () => {
      const saved = await saveAnswer(user.id, attemptId, questionId, response)
      return { savedAt: saved.savedAt.toISOString(), feedback: saved.feedback }
    }),
)

export const submitAttemptAction = createAction('take:quiz', z.strictObject({ attemptId: id }), async ({ attemptId }, { user }) => {
  await refusingWithMessages(() => submitAttempt(user.id, attemptId))
  redirect(`/attempts/${attemptId}`)
})

export const answerReviewAction = createAction(
  'take:quiz',
  z.strictObject({ questionId: id, response: z.unknown() }),
  async ({ questionId, response }, { user }) => refusingWithMessages(() => answerReview(user.id, questionId, response)),
)
