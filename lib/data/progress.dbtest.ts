import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { db } from '../db'
import { createTestDocument, createTestUser } from './factories'
import { markLessonStudied } from './lessons'
import { getProgressOverview } from './progress'
import { sqlTransaction } from './sql'
import { recordStudyTime } from './study-time'

after(() => db.$disconnect())

type Fixture = Awaited<ReturnType<typeof createTestDocument>>

async function submittedAttempt(userId: string, fixture: Fixture, credits: number[], submittedAt: Date) {
  return db.attempt.create({
    data: {
      userId,
      quizId: fixture.lessonQuiz.id,
      seed: 'test',
      questionIds: fixture.questions.map((question) => question.id),
      status: 'SUBMITTED',
      startedAt: submittedAt,
      submittedAt,
      score: credits.reduce((sum, credit) => sum + credit, 0),
      maxScore: credits.length,
      answers: {
        create: fixture.questions.map((question, index) => ({
          questionId: question.id,
          questionVersionId: question.versions[0].id,
          response: {},
          credit: credits[index],
          answeredAt: submittedAt,
        })),
      },
    },
  })
}

test('a new student has an empty overview', async () => {
  const student = await createTestUser(db, 'STUDENT')
  const overview = await getProgressOverview(student)
  assert.deepEqual(overview.attempts, [])
  assert.deepEqual(overview.lessons, [])
  assert.deepEqual(overview.scoreHistory, [])
  assert.deepEqual(overview.streak, { days: 0, activeToday: false })
  assert.equal(overview.reviewDue, 0)
  assert.equal(overview.accuracy.date.percent, null)
})

test('the overview shows only the student’s own attempts, answers, study time and reviews', async () => {
  const [student, classmate] = await Promise.all([createTestUser(db, 'STUDENT'), createTestUser(db, 'STUDENT')])
  const fixture = await createTestDocument(db, { published: true })
  const now = new Date()
  const yesterday = new Date(now.getTime() - 24 * 3600 * 1000)
  await submittedAttempt(student.id, fixture, [1, 0], yesterday)
  await submittedAttempt(classmate.id, fixture, [1, 1], now)
  await db.attempt.create({ data: { userId: student.id, quizId: fixture.lessonQuiz.id, seed: 'test', questionIds: [] } })
  await markLessonStudied(classmate, fixture.lesson.id)
  await sqlTransaction(db, (sql) => recordStudyTime(sql, classmate.id, 30, now))
  const review = { stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, reps: 1, lapses: 0, state: 1 }
  await db.reviewState.create({ data: { userId: student.id, questionId: fixture.questions[0].id, due: yesterday, ...review } })
  await db.reviewState.create({ data: { userId: student.id, questionId: fixture.questions[1].id, due: new Date(now.getTime() + 3 * 24 * 3600 * 1000), ...review } })
  await db.reviewState.create({ data: { userId: classmate.id, questionId: fixture.questions[0].id, due: yesterday, ...review } })

  const overview = await getProgressOverview(student, now)
  assert.deepEqual(overview.attempts.map((attempt) => [attempt.status, attempt.percent]), [['IN_PROGRESS', null], ['SUBMITTED', 50]])
  assert.deepEqual(overview.scoreHistory.map((point) => point.percent), [50])
  assert.deepEqual(overview.lessons.map((lesson) => [lesson.id, lesson.mastery, lesson.studiedAt]), [
    [fixture.lesson.id, { level: 'familiar', answered: 2, correct: 1, total: 2 }, null],
  ])
  assert.deepEqual(overview.accuracy, { date: { answers: 1, percent: 100 }, actor: { answers: 1, percent: 0 } })
  // Yesterday's submitted quiz keeps the streak alive; the classmate's study today is not the student's.
  assert.deepEqual(overview.streak, { days: 1, activeToday: false })
  assert.equal(overview.time.totalSeconds, 0)
  assert.equal(overview.reviewDue, 1)
})

test('answers of an attempt still in progress do not count towards mastery or accuracy', async () => {
  const student = await createTestUser(db, 'STUDENT')
  const fixture = await createTestDocument(db, { published: true })
  const attempt = await submittedAttempt(student.id, fixture, [1, 1], new Date())
  await db.attempt.update({ where: { id: attempt.id }, data: { status: 'IN_PROGRESS', submittedAt: null, score: null, maxScore: null } })
  await markLessonStudied(student, fixture.lesson.id)
  const overview = await getProgressOverview(student)
  assert.equal(overview.lessons[0].mastery.level, 'new')
  assert.ok(overview.lessons[0].studiedAt)
  assert.equal(overview.accuracy.actor.answers, 0)
})

test('study time adds up per day and feeds the streak', async () => {
  const student = await createTestUser(db, 'STUDENT')
  const now = new Date('2026-11-10T10:00:00Z')
  await sqlTransaction(db, (sql) => recordStudyTime(sql, student.id, 30, now))
  await sqlTransaction(db, (sql) => recordStudyTime(sql, student.id, 45, new Date('2026-11-10T23:00:00Z')))
  await sqlTransaction(db, (sql) => recordStudyTime(sql, student.id, 20, new Date('2026-11-09T12:00:00Z')))
  const overview = await getProgressOverview(student, now)
  assert.deepEqual(overview.time, { totalSeconds: 95, lastWeekSeconds: 95 })
  assert.deepEqual(overview.streak, { days: 2, activeToday: true })
})
