import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { after, before, test } from 'node:test'
import { db } from '../db'
import { analyzeDocument } from '../engine'
import type { AnswerKey } from '../quiz/responses'
import { saveAnalyzedDocument } from './document-import'
import { createTestUser } from './factories'
import { AttemptError, type PlayerQuestion, loadAttemptForPlayer, loadAttemptResult, saveAnswer, startOrResumeAttempt, submitAttempt } from './attempts'
import { reviewsUpToDate } from './pending-reviews'
import { answerReview, countDueReviews, nextDueReview } from './review'

let documentQuizId = ''
let lessonQuizId = ''
const essay = fs.readFileSync('content/russia-korea/source.txt', 'utf8')

before(async () => {
  const document = await saveAnalyzedDocument(db, {
    slug: `attempts-${randomBytes(5).toString('hex')}`,
    rawText: essay,
    analysis: analyzeDocument(essay),
    ownerId: null,
    published: true,
  })
  const quizzes = await db.quiz.findMany({ where: { documentId: document.id }, orderBy: { scope: 'asc' } })
  documentQuizId = quizzes.find((quiz) => quiz.scope === 'DOCUMENT')!.id
  lessonQuizId = quizzes.find((quiz) => quiz.scope === 'LESSON')!.id
})
after(() => db.$disconnect())

async function keyOf(questionId: string) {
  const version = await db.questionVersion.findFirstOrThrow({ where: { questionId }, orderBy: { version: 'desc' } })
  return version.answerKey as AnswerKey
}

/** A right (or deliberately wrong) response for any question of the player. */
async function responseFor(question: Pick<PlayerQuestion, 'id' | 'type' | 'content'>, right: boolean) {
  const key = await keyOf(question.id)
  switch (question.type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE':
      return { choice: right ? (key.answer as string) : question.content.choices!.find((choice) => choice !== key.answer)! }
    case 'TRUE_FALSE':
      return { value: right ? (key.answer as boolean) : !key.answer }
    case 'ORDERING':
      return { order: right ? (key.answer as string[]) : [...(key.answer as string[])].reverse() }
    case 'MATCHING': {
      const pairs = key.answer as [string, string][]
      const [left, partner] = pairs[0]
      return { pairs: right ? pairs : [[left, question.content.right!.find((r) => r !== partner)!]] }
    }
    case 'TYPED':
      return { text: right ? (key.answer as string) : 'zzzz' }
  }
}

test('starting twice resumes the same attempt, with a stable order and no answer key sent', async () => {
  const student = await createTestUser(db, 'STUDENT')
  const first = await startOrResumeAttempt(student, documentQuizId)
  assert.equal(await startOrResumeAttempt(student, documentQuizId), first)
  const player = await loadAttemptForPlayer(student.id, first)
  assert.ok(player && player.questions.length > 5)
  assert.deepEqual((await loadAttemptForPlayer(student.id, first))!.questions, player.questions)
  const sent = JSON.stringify(player)
  assert.equal(sent.includes('answerKey'), false)
  assert.equal(sent.includes('acceptedAnswers'), false)
  assert.equal(sent.includes('"answer"'), false)
})

test('starting the same quiz several times at once opens one attempt', async () => {
  const student = await createTestUser(db, 'STUDENT')
  const started = await Promise.all(Array.from({ length: 5 }, () => startOrResumeAttempt(student, documentQuizId)))
  assert.equal(new Set(started).size, 1, 'every start resumes the one attempt')
  assert.equal(await db.attempt.count({ where: { userId: student.id, status: 'IN_PROGRESS' } }), 1)
})

test('answers are graded on the server, replaced not duplicated, and refused when malformed or foreign', async () => {
  const [student, stranger] = await Promise.all([createTestUser(db, 'STUDENT'), createTestUser(db, 'STUDENT')])
  const attemptId = await startOrResumeAttempt(student, lessonQuizId)
  const player = (await loadAttemptForPlayer(student.id, attemptId))!
  const question = player.questions[0]

  await saveAnswer(student.id, attemptId, question.id, await responseFor(question, false))
  await saveAnswer(student.id, attemptId, question.id, await responseFor(question, true))
  const rows = await db.answer.findMany({ where: { attemptId } })
  assert.equal(rows.length, 1)
  assert.equal(rows[0].credit, 1)

  await assert.rejects(saveAnswer(student.id, attemptId, question.id, { nonsense: true }), (e: AttemptError) => e.reason === 'invalid-response')
  await assert.rejects(saveAnswer(stranger.id, attemptId, question.id, await responseFor(question, true)), (e: AttemptError) => e.reason === 'not-found')
  assert.equal(await loadAttemptForPlayer(stranger.id, attemptId), null)
})

test('submitting twice counts once; the score is the sum of credits; later answers are refused', async () => {
  const student = await createTestUser(db, 'STUDENT')
  const attemptId = await startOrResumeAttempt(student, documentQuizId)
  const player = (await loadAttemptForPlayer(student.id, attemptId))!
  const [right, wrong] = player.questions
  await saveAnswer(student.id, attemptId, right.id, await responseFor(right, true))
  await saveAnswer(student.id, attemptId, wrong.id, await responseFor(wrong, false))
  assert.equal(await loadAttemptResult(student.id, attemptId), null, 'no result (and no key) before submitting')

  await Promise.all([submitAttempt(student.id, attemptId), submitAttempt(student.id, attemptId)])
  await submitAttempt(student.id, attemptId)
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })
  assert.equal(attempt.status, 'SUBMITTED')
  assert.equal(attempt.maxScore, player.questions.length)
  const credits = await db.answer.findMany({ where: { attemptId } })
  assert.equal(attempt.score, credits.reduce((sum, answer) => sum + (answer.credit ?? 0), 0))
  await assert.rejects(saveAnswer(student.id, attemptId, right.id, await responseFor(right, true)), (e: AttemptError) => e.reason === 'closed')

  const result = (await loadAttemptResult(student.id, attemptId))!
  assert.equal(result.questions.length, player.questions.length)
  assert.ok(result.questions.every((question) => question.source.length > 0 && question.explanation.length > 0))
  await reviewsUpToDate(student.id)
  assert.equal(await db.reviewState.count({ where: { userId: student.id } }), player.questions.length)
})

test('review memories are written after the submit from its outbox row: in the background, or by a reader first', async () => {
  const student = await createTestUser(db, 'STUDENT')
  const attemptId = await startOrResumeAttempt(student, lessonQuizId)
  const { questionIds } = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })
  await submitAttempt(student.id, attemptId)
  // Nobody reads this student's reviews: the writer runs once submits have been quiet for a moment.
  for (let waited = 0; (await db.pendingReview.count({ where: { attemptId } })) > 0; waited += 50) {
    assert.ok(waited < 10_000, 'the background writer wrote the pending review memories')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  assert.equal(await db.reviewState.count({ where: { userId: student.id } }), (questionIds as string[]).length)

  // As a process stopped between the submit and the writer leaves it: the outbox row, no memories yet.
  await db.reviewState.deleteMany({ where: { userId: student.id } })
  await db.pendingReview.create({ data: { attemptId } })
  assert.equal(await countDueReviews(student.id), (questionIds as string[]).length, 'the reader wrote them first')
  assert.equal(await db.pendingReview.count({ where: { attemptId } }), 0)
})

test('an answer racing a submit is either counted in the score or refused, never lost', async () => {
  const student = await createTestUser(db, 'STUDENT')
  const attemptId = await startOrResumeAttempt(student, documentQuizId)
  const player = (await loadAttemptForPlayer(student.id, attemptId))!
  const saves = await Promise.all(player.questions.slice(0, 6).map(async (question) => [question.id, await responseFor(question, true)] as const))
  const outcomes = await Promise.allSettled([
    ...saves.map(([questionId, response]) => saveAnswer(student.id, attemptId, questionId, response)),
    submitAttempt(student.id, attemptId),
  ])
  const saved = outcomes.slice(0, -1).filter((outcome) => outcome.status === 'fulfilled').length
  const refused = outcomes.slice(0, -1).filter((outcome) => outcome.status === 'rejected' && (outcome.reason as AttemptError).reason === 'closed').length
  assert.equal(saved + refused, saves.length)
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })
  assert.equal(await db.answer.count({ where: { attemptId } }), saved)
  assert.equal(attempt.score, saved)
})

test('a class submitting at once: each attempt is scored from its own answers and its own reviews are scheduled', async () => {
  const students = await Promise.all(Array.from({ length: 12 }, () => createTestUser(db, 'STUDENT')))
  const stranger = await createTestUser(db, 'STUDENT')
  const attempts = await Promise.all(students.map((student) => startOrResumeAttempt(student, lessonQuizId)))
  // One student also has the document quiz open, which shares the lesson's questions.
  const second = await startOrResumeAttempt(students[0], documentQuizId)
  const expected = new Map<string, number>()
  for (const [i, student] of students.entries()) {
    const player = (await loadAttemptForPlayer(student.id, attempts[i]))!
    const right = player.questions.slice(0, i % player.questions.length)
    for (const question of right) await saveAnswer(student.id, attempts[i], question.id, await responseFor(question, true))
    expected.set(attempts[i], right.length)
  }
  // The first submit is written alone; those arriving meanwhile are written together, student 0's two among them.
  const submits: [string, string][] = [...students.map((student, i): [string, string] => [student.id, attempts[i]]).reverse(), [students[0].id, second], [students[1].id, attempts[1]]]
  const outcomes = await Promise.allSettled([...submits.map(([userId, attemptId]) => submitAttempt(userId, attemptId)), submitAttempt(stranger.id, attempts[2])])
  assert.deepEqual(outcomes.slice(0, -1).map((outcome) => outcome.status === 'fulfilled' && outcome.value), submits.map(([, attemptId]) => attemptId))
  const refused = outcomes.at(-1)!
  assert.ok(refused.status === 'rejected' && (refused.reason as AttemptError).reason === 'not-found', "nobody submits another student's attempt")
  for (const [i, student] of students.entries()) {
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attempts[i] } })
    assert.equal(attempt.status, 'SUBMITTED')
    await reviewsUpToDate(student.id)
    assert.equal(attempt.score, expected.get(attempts[i]), `score of student ${i}`)
    const reviews = await db.reviewState.findMany({ where: { userId: student.id } })
    const questionIds = new Set([...(attempt.questionIds as string[]), ...(i === 0 ? ((await db.attempt.findUniqueOrThrow({ where: { id: second } })).questionIds as string[]) : [])])
    assert.equal(reviews.length, questionIds.size, `one review memory per question of student ${i}`)
  }
  // Student 0 missed the lesson's questions in both quizzes: both count, the second scheduled from the first.
  const shared = (await db.attempt.findUniqueOrThrow({ where: { id: attempts[0] } })).questionIds as string[]
  const memories = await db.reviewState.findMany({ where: { userId: students[0].id, questionId: { in: shared } } })
  assert.equal(memories.length, shared.length)
  assert.ok(memories.every((memory) => memory.reps === 2), 'the second submit scheduled from the memory the first one left')
})

test('missed questions come back in review and a right answer clears them from the queue', async () => {
  const student = await createTestUser(db, 'STUDENT')
  const attemptId = await startOrResumeAttempt(student, lessonQuizId)
  await submitAttempt(student.id, attemptId) // nothing answered: every question is missed
  const due = await countDueReviews(student.id)
  assert.equal(due, await db.reviewState.count({ where: { userId: student.id } }), 'every missed question is due at once')
  const later = new Date(Date.now() + 1000)
  const question = (await nextDueReview(student.id, later))!
  assert.equal(JSON.stringify(question).includes('answerKey'), false)
  const feedback = await answerReview(student.id, question.id, await responseFor(question, true), later)
  assert.equal(feedback.credit, 1)
  // FSRS keeps a just-relearned question in short learning steps before spacing it out by days.
  assert.ok(feedback.nextDue.getTime() > later.getTime(), `next review ${feedback.nextDue.toISOString()}`)
  assert.equal(await countDueReviews(student.id, later), due - 1)
  await assert.rejects(answerReview(student.id, question.id, await responseFor(question, true), later), (e: AttemptError) => e.reason === 'not-found')
})
