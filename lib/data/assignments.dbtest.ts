import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { db } from '../db'
import { isPostgresUrl, readDatabaseUrl } from '../env'
import type { AssignmentSettings } from '../assignments/schemas'
import { createTestDocument, createTestUser } from './factories'
import { createClass, getClassForTeacher, joinClass, removeStudent, setClassArchived } from './classes'
import { createAssignment, deleteAssignment, findAssignmentForStudent, listAssignmentsForStudent, updateAssignment } from './assignments'
import { AttemptError, loadAttemptForPlayer, loadAttemptResult, saveAnswer, savesInOneStatement, startAssignmentAttempt, startOrResumeAttempt, submitAttempt } from './attempts'
import { reviewsUpToDate } from './pending-reviews'

after(() => db.$disconnect())

const HOUR = 3_600_000
const settings = (overrides: Partial<AssignmentSettings> = {}): AssignmentSettings => ({
  openAt: new Date(Date.now() - HOUR),
  dueAt: new Date(Date.now() + 24 * HOUR),
  timeLimitMinutes: null,
  attemptsAllowed: 1,
  scoring: 'BEST',
  feedback: 'AFTER_SUBMIT',
  shuffle: true,
  ...overrides,
})

/** A teacher with a class, a joined student, and a published test document with keyed questions. */
async function classroom() {
  const [teacher, student] = await Promise.all([createTestUser(db, 'TEACHER'), createTestUser(db, 'STUDENT')])
  const { id: classId } = await createClass(teacher, 'Assignments test')
  await joinClass(student, (await getClassForTeacher(teacher, classId))!.joinCode)
  const doc = await keyedDocument()
  return { teacher, student, classId, doc }
}

/** A published test document whose questions have real keys, so grading and feedback have something to show. */
async function keyedDocument() {
  const doc = await createTestDocument(db, { published: true })
  for (const question of doc.questions) {
    await db.questionVersion.update({
      where: { id: question.versions[0].id },
      data: { content: { choices: ['2002', '1990', '1812'] }, answerKey: { answer: '2002' }, explanation: 'Because the text says so.' },
    })
  }
  return doc
}

async function assign(teacher: { id: string; role: 'TEACHER' }, classId: string, quizId: string, overrides: Partial<AssignmentSettings> = {}) {
  const result = await createAssignment(teacher, classId, { kind: 'quiz', scope: 'LESSON', quizId }, settings(overrides))
  assert.equal(result.status, 'created')
  return (result as { assignmentId: string }).assignmentId
}

const teacherOf = (user: { id: string }) => ({ id: user.id, role: 'TEACHER' as const })

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work
  } catch (error) {
    if (error instanceof AttemptError) return error.reason
    throw error
  }
  return 'none'
}

test('only the class teacher assigns, edits and deletes; archived classes take no new work', async () => {
  const { teacher, classId, doc } = await classroom()
  const other = teacherOf(await createTestUser(db, 'TEACHER'))
  const student = await createTestUser(db, 'STUDENT')
  assert.deepEqual(await createAssignment(other, classId, { kind: 'quiz', scope: 'LESSON', quizId: doc.lessonQuiz.id }, settings()), { status: 'not-found' })
  assert.deepEqual(await createAssignment({ id: student.id, role: 'TEACHER' }, classId, { kind: 'quiz', scope: 'LESSON', quizId: doc.lessonQuiz.id }, settings()), {
    status: 'not-found',
  })
  const assignmentId = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id)
  assert.equal(await updateAssignment(other, assignmentId, settings({ attemptsAllowed: 5 })), false)
  assert.equal(await deleteAssignment(other, assignmentId, true), 'not-found')
  assert.equal(await updateAssignment(teacherOf(teacher), assignmentId, settings({ attemptsAllowed: 5 })), true)
  assert.equal((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).attemptsAllowed, 5)

  await setClassArchived(teacher, classId, true)
  assert.deepEqual(await createAssignment(teacherOf(teacher), classId, { kind: 'quiz', scope: 'LESSON', quizId: doc.lessonQuiz.id }, settings()), { status: 'not-found' })
})

test('a custom set is chosen deterministically by type, count and difficulty, and the teacher learns how many', async () => {
  const { teacher, classId, doc } = await classroom()
  const [dateQuestion] = doc.questions
  const source = (types: ('DATE_CHOICE' | 'TYPED')[]) => ({
    kind: 'custom' as const,
    documentId: doc.document.id,
    filter: { types, minDifficulty: 0, maxDifficulty: 1 },
    count: 5,
    titleFor: (document: string, count: number) => `${document}: ${count}`,
  })
  const result = await createAssignment(teacherOf(teacher), classId, source(['DATE_CHOICE']), settings())
  assert.equal(result.status, 'created')
  assert.equal((result as { questionCount: number }).questionCount, 1)
  const quiz = await db.assignment.findUniqueOrThrow({ where: { id: (result as { assignmentId: string }).assignmentId }, select: { quiz: { include: { questions: true } } } })
  assert.equal(quiz.quiz.scope, 'CUSTOM')
  assert.deepEqual(quiz.quiz.questions.map((row) => row.questionId), [dateQuestion.id])
  assert.deepEqual(await createAssignment(teacherOf(teacher), classId, source(['TYPED']), settings()), { status: 'no-questions' })
})

test('a student of the class starts; a student of another class, a removed student and a teacher cannot', async () => {
  const { teacher, student, classId, doc } = await classroom()
  const assignmentId = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { attemptsAllowed: 2 })
  const outsider = await createTestUser(db, 'STUDENT')
  const otherClass = await createClass(teacher, 'Other class')
  await joinClass(outsider, (await getClassForTeacher(teacher, otherClass.id))!.joinCode)

  assert.equal(await refusal(startAssignmentAttempt(outsider, assignmentId)), 'not-found')
  assert.equal(await refusal(startAssignmentAttempt(teacher, assignmentId)), 'not-found')
  assert.equal(await findAssignmentForStudent(outsider, assignmentId), null)
  assert.deepEqual(await listAssignmentsForStudent(outsider), [])

  const attemptId = await startAssignmentAttempt(student, assignmentId)
  assert.equal(await startAssignmentAttempt(student, assignmentId), attemptId, 'an open attempt is resumed')
  assert.equal((await listAssignmentsForStudent(student))[0].status, 'in-progress')

  const [question] = (await loadAttemptForPlayer(student.id, attemptId))!.questions
  await removeStudent(teacher, classId, student.id)
  assert.equal(await refusal(startAssignmentAttempt(student, assignmentId)), 'not-found')
  assert.equal(await refusal(saveAnswer(student.id, attemptId, question.id, { choice: '2002' })), 'not-found', 'nor save to the open attempt')
  assert.deepEqual(await listAssignmentsForStudent(student), [])
  assert.ok(await db.attempt.findUnique({ where: { id: attemptId } }), 'the attempt stays')
})

test('not before it opens, not beyond the attempts allowed; late work is allowed and marked late', async () => {
  const { teacher, student, classId, doc } = await classroom()
  const future = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { openAt: new Date(Date.now() + HOUR), dueAt: new Date(Date.now() + 2 * HOUR) })
  assert.equal(await refusal(startAssignmentAttempt(student, future)), 'not-open')

  const overdue = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { openAt: new Date(Date.now() - 2 * HOUR), dueAt: new Date(Date.now() - HOUR) })
  assert.equal((await findAssignmentForStudent(student, overdue))!.status, 'late')
  const attemptId = await startAssignmentAttempt(student, overdue)
  await submitAttempt(student.id, attemptId)
  assert.equal((await findAssignmentForStudent(student, overdue))!.status, 'submitted-late')
  assert.equal(await refusal(startAssignmentAttempt(student, overdue)), 'no-attempts-left')
})

test('the order of questions and choices is the same on every attempt of a student', async () => {
  const { teacher, student, classId, doc } = await classroom()
  const assignmentId = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { attemptsAllowed: 0 })
  const first = await startAssignmentAttempt(student, assignmentId)
  const firstView = (await loadAttemptForPlayer(student.id, first))!.questions.map((q) => [q.id, q.content])
  await submitAttempt(student.id, first)
  const second = await startAssignmentAttempt(student, assignmentId)
  assert.notEqual(second, first)
  assert.deepEqual((await loadAttemptForPlayer(student.id, second))!.questions.map((q) => [q.id, q.content]), firstView)
})

test('past the time limit the server submits the attempt with the answers it has', async () => {
  const { teacher, student, classId, doc } = await classroom()
  const assignmentId = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { timeLimitMinutes: 10 })
  const attemptId = await startAssignmentAttempt(student, assignmentId)
  const player = (await loadAttemptForPlayer(student.id, attemptId))!
  assert.ok(player.deadlineAt)
  const [first, second] = player.questions
  await saveAnswer(student.id, attemptId, first.id, { choice: '2002' })

  const later = new Date(player.deadlineAt!.getTime() + 60_000)
  assert.equal(await refusal(saveAnswer(student.id, attemptId, second.id, { choice: '2002' }, later)), 'closed')
  const closed = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })
  assert.equal(closed.status, 'SUBMITTED')
  assert.equal(closed.score, 1)
  assert.equal(closed.maxScore, 2)

  // Loading an expired attempt closes it too (the student never came back).
  const again = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { timeLimitMinutes: 1 })
  const abandoned = await startAssignmentAttempt(student, again)
  const view = await loadAttemptForPlayer(student.id, abandoned, new Date(Date.now() + 5 * 60_000))
  assert.equal(view?.status, 'SUBMITTED')
})

test('feedback after each question is sent once answered, and the answer is then locked', async () => {
  const { teacher, student, classId, doc } = await classroom()
  const assignmentId = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { feedback: 'EACH_QUESTION' })
  const attemptId = await startAssignmentAttempt(student, assignmentId)
  const before = (await loadAttemptForPlayer(student.id, attemptId))!
  assert.equal(JSON.stringify(before).includes('2002"}'), false)
  assert.ok(before.questions.every((q) => q.feedback === null))
  const [question] = before.questions
  const saved = await saveAnswer(student.id, attemptId, question.id, { choice: '1990' })
  assert.deepEqual(saved.feedback?.key, { answer: '2002' })
  assert.equal(saved.feedback?.credit, 0)
  assert.equal(await refusal(saveAnswer(student.id, attemptId, question.id, { choice: '2002' })), 'locked')
  const after = (await loadAttemptForPlayer(student.id, attemptId))!
  assert.ok(after.questions.find((q) => q.id === question.id)!.feedback)
  assert.equal(after.questions.find((q) => q.id !== question.id)!.feedback, null)
})

test('feedback after the due date: the score is shown, keys and explanations are not sent until then', async () => {
  const { teacher, student, classId, doc } = await classroom()
  const dueAt = new Date(Date.now() + HOUR)
  const assignmentId = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { feedback: 'AFTER_DUE', dueAt })
  const attemptId = await startAssignmentAttempt(student, assignmentId)
  const [question] = (await loadAttemptForPlayer(student.id, attemptId))!.questions
  const saved = await saveAnswer(student.id, attemptId, question.id, { choice: '2002' })
  assert.equal(saved.feedback, null)
  await submitAttempt(student.id, attemptId)

  const hidden = (await loadAttemptResult(student.id, attemptId))!
  assert.equal(hidden.score, 1)
  assert.deepEqual(hidden.keysHiddenUntil, dueAt)
  assert.deepEqual(hidden.questions, [])
  assert.equal(JSON.stringify(hidden).includes('Because the text says so'), false)
  // The review queue would reveal keys too: it waits for the due date.
  await reviewsUpToDate(student.id)
  const reviews = await db.reviewState.findMany({ where: { userId: student.id } })
  assert.ok(reviews.every((review) => review.due >= dueAt))

  const shown = (await loadAttemptResult(student.id, attemptId, new Date(dueAt.getTime() + 1000)))!
  assert.equal(shown.keysHiddenUntil, null)
  assert.equal(shown.questions.length, 2)
})

test('deleting an assignment with attempts needs explicit confirmation; a custom set goes with it', async () => {
  const { teacher, student, classId, doc } = await classroom()
  const assignmentId = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id)
  await startAssignmentAttempt(student, assignmentId)
  assert.equal(await deleteAssignment(teacherOf(teacher), assignmentId, false), 'has-attempts')
  assert.ok(await db.assignment.findUnique({ where: { id: assignmentId } }))
  assert.equal(await deleteAssignment(teacherOf(teacher), assignmentId, true), 'deleted')
  assert.equal(await db.attempt.count({ where: { assignmentId } }), 0)
  assert.ok(await db.quiz.findUnique({ where: { id: doc.lessonQuiz.id } }), 'the lesson quiz is shared and stays')
})

test('while "feedback after the due date" is open, practising the same lesson reveals no keys and no reviews', async () => {
  const { teacher, student, classId, doc } = await classroom()
  const dueAt = new Date(Date.now() + 24 * HOUR)
  await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { feedback: 'AFTER_DUE', dueAt })
  const practice = await startOrResumeAttempt(student, doc.lessonQuiz.id)
  await submitAttempt(student.id, practice)
  const result = (await loadAttemptResult(student.id, practice))!
  assert.equal(result.keysHiddenUntil?.getTime(), dueAt.getTime())
  assert.deepEqual(result.questions, [])
  await reviewsUpToDate(student.id)
  const reviews = await db.reviewState.findMany({ where: { userId: student.id } })
  assert.ok(reviews.length > 0 && reviews.every((review) => review.due.getTime() >= dueAt.getTime()))
  // After the due date the practice result opens up.
  const later = (await loadAttemptResult(student.id, practice, new Date(dueAt.getTime() + 1000)))!
  assert.equal(later.keysHiddenUntil, null)
  assert.equal(later.questions.length, doc.questions.length)
})

test("a teacher's custom set is practised only through its assignment", async () => {
  const { teacher, student, doc } = await classroom()
  const custom = await db.quiz.create({
    data: { documentId: doc.document.id, scope: 'CUSTOM', title: 'Custom', ownerId: teacher.id, questions: { create: [{ questionId: doc.questions[0].id, position: 0 }] } },
  })
  assert.equal(await refusal(startOrResumeAttempt(student, custom.id)), 'not-found')
  assert.ok(await startOrResumeAttempt(teacherOf(teacher), custom.id), 'its owner may preview it')
})

test('a question saved before is graded and refused as on its first save (one statement on PostgreSQL)', async () => {
  const { teacher, student, classId, doc } = await classroom()
  const assignmentId = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { timeLimitMinutes: 10, attemptsAllowed: 0 })
  const attemptId = await startAssignmentAttempt(student, assignmentId)
  const player = (await loadAttemptForPlayer(student.id, attemptId))!
  const [first, second] = player.questions
  const started = (await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).lastActiveAt.getTime()
  const at = (seconds: number) => new Date(started + seconds * 1000)
  const answerTo = (questionId: string) => db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId } } })
  const studied = async () => (await db.studyDay.findMany({ where: { userId: student.id } })).reduce((sum, day) => sum + day.seconds, 0)

  await saveAnswer(student.id, attemptId, first.id, { choice: '1990' }, at(10))
  await saveAnswer(student.id, attemptId, second.id, { choice: '2002' }, at(20))
  const oneStatementBefore = savesInOneStatement.count
  await saveAnswer(student.id, attemptId, first.id, { choice: '2002' }, at(50))
  if (isPostgresUrl(readDatabaseUrl())) assert.equal(savesInOneStatement.count, oneStatementBefore + 1, 'PostgreSQL saves a question graded before in one statement')
  assert.deepEqual(await answerTo(first.id).then(({ response, credit }) => ({ response, credit })), { response: { choice: '2002' }, credit: 1 })
  assert.equal(await studied(), 50, 'the seconds between saves are counted once each')
  assert.equal(await refusal(saveAnswer(student.id, attemptId, first.id, { choice: 'not a choice' }, at(60))), 'invalid-response')

  // An edit adds a version: the next save is graded against it, not against the version graded before.
  const edited = await db.questionVersion.create({
    data: { questionId: first.id, version: 2, prompt: 'Edited', content: { choices: ['2002', '1990', '1812'] }, answerKey: { answer: '1990' }, source: 'Edited.', explanation: '' },
  })
  await saveAnswer(student.id, attemptId, first.id, { choice: '1990' }, at(70))
  assert.deepEqual(await answerTo(first.id).then(({ questionVersionId, credit }) => ({ questionVersionId, credit })), { questionVersionId: edited.id, credit: 1 })

  // A question of another quiz, saved in an attempt of its own, is not one of this attempt's.
  const other = await keyedDocument()
  const practice = await startOrResumeAttempt(student, other.lessonQuiz.id)
  const [foreign] = (await loadAttemptForPlayer(student.id, practice))!.questions
  await saveAnswer(student.id, practice, foreign.id, { choice: '2002' })
  assert.equal(await refusal(saveAnswer(student.id, attemptId, foreign.id, { choice: '2002' }, at(80))), 'not-found')
  const stranger = await createTestUser(db, 'STUDENT')
  assert.equal(await refusal(saveAnswer(stranger.id, attemptId, first.id, { choice: '2002' }, at(80))), 'not-found', 'nor into another student’s attempt')

  // Past the time limit: submitted with the answers it has, this one refused.
  assert.equal(await refusal(saveAnswer(student.id, attemptId, second.id, { choice: '1990' }, at(11 * 60 + 30))), 'closed')
  const closed = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })
  assert.deepEqual([closed.status, closed.score], ['SUBMITTED', 2])
  assert.equal(await refusal(saveAnswer(student.id, attemptId, second.id, { choice: '1990' })), 'closed', 'and after the submit')

  // Feedback after each question: the key comes with the first save, then the answer is locked.
  const eachQuestion = await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { feedback: 'EACH_QUESTION' })
  const locking = await startAssignmentAttempt(student, eachQuestion)
  const saved = await saveAnswer(student.id, locking, second.id, { choice: '1990' })
  assert.deepEqual([saved.feedback?.key, saved.feedback?.credit], [{ answer: '2002' }, 0])
  assert.equal(await refusal(saveAnswer(student.id, locking, second.id, { choice: '2002' })), 'locked')
  // Two saves of one question at the same moment: one is saved and its answer stays; the other is locked.
  const racingAttempt = await startAssignmentAttempt(student, await assign(teacherOf(teacher), classId, doc.lessonQuiz.id, { feedback: 'EACH_QUESTION' }))
  const racing = await Promise.allSettled(['1990', '1812'].map((choice) => saveAnswer(student.id, racingAttempt, first.id, { choice })))
  const won = racing.findIndex((outcome) => outcome.status === 'fulfilled')
  assert.deepEqual(racing.map((outcome) => (outcome.status === 'fulfilled' ? 'saved' : (outcome.reason as AttemptError).reason)).sort(), ['locked', 'saved'])
  const stored = await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: racingAttempt, questionId: first.id } } })
  assert.deepEqual(stored.response, { choice: ['1990', '1812'][won] })

  // Removed from the class: the open attempt takes no more answers.
  await removeStudent(teacher, classId, student.id)
  assert.equal(await refusal(saveAnswer(student.id, locking, first.id, { choice: '1990' })), 'not-found')
  assert.equal(await db.answer.count({ where: { attemptId: locking } }), 1, 'a refused save writes nothing')
})
