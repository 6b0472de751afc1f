import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { db } from '../db'
import { createTestDocument, createTestUser } from './factories'
import { findLessonForUser, markLessonStudied } from './lessons'

after(() => db.$disconnect())

test('a published lesson loads with its dates, actors, corrections, quiz and the reader’s own progress only', async () => {
  const [student, classmate] = await Promise.all([createTestUser(db, 'STUDENT'), createTestUser(db, 'STUDENT')])
  const { lesson, lessonQuiz } = await createTestDocument(db, { published: true })
  await markLessonStudied(classmate, lesson.id)

  const loaded = await findLessonForUser(student, lesson.id)
  assert.ok(loaded)
  assert.equal(loaded.quizId, lessonQuiz.id)
  assert.equal(loaded.studiedAt, null)
  assert.deepEqual(loaded.events.map((event) => event.value), ['2002'])
  assert.deepEqual(loaded.actors.map((actor) => [actor.name, actor.kind, actor.aliases, actor.sentences.length]), [['Russia', 'STATE', ['Russian Federation'], 1]])
  assert.deepEqual(loaded.appliedCorrections.map((correction) => correction.to), ['opened an embassy in Seoul'])
})

test('an unpublished lesson is not found for a student, nor for another teacher; its owner sees it', async () => {
  const [student, owner, otherTeacher] = await Promise.all([createTestUser(db, 'STUDENT'), createTestUser(db, 'TEACHER'), createTestUser(db, 'TEACHER')])
  const { lesson } = await createTestDocument(db, { published: false, ownerId: owner.id })
  assert.equal(await findLessonForUser(student, lesson.id), null)
  assert.equal(await findLessonForUser(otherTeacher, lesson.id), null)
  assert.equal(await markLessonStudied(student, lesson.id), null)
  assert.equal(await db.lessonProgress.count({ where: { lessonId: lesson.id } }), 0)
  assert.equal((await findLessonForUser(owner, lesson.id))?.id, lesson.id)
})

test('marking a lesson as studied is idempotent and keeps the first date', async () => {
  const student = await createTestUser(db, 'STUDENT')
  const { lesson } = await createTestDocument(db, { published: true })
  const first = await markLessonStudied(student, lesson.id)
  const second = await markLessonStudied(student, lesson.id)
  assert.ok(first && second)
  assert.equal(second.studiedAt.getTime(), first.studiedAt.getTime())
  assert.equal(await db.lessonProgress.count({ where: { userId: student.id, lessonId: lesson.id } }), 1)
  assert.equal((await findLessonForUser(student, lesson.id))?.studiedAt?.getTime(), first.studiedAt.getTime())
})

test('an unknown lesson id is not found', async () => {
  const student = await createTestUser(db, 'STUDENT')
  assert.equal(await findLessonForUser(student, 'no-such-lesson'), null)
})
