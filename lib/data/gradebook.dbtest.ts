import assert from 'node:assert/strict'
import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { after, before, test } from 'node:test'
import { db } from '../db'
import { analyzeDocument } from '../engine'
import type { AnswerKey, PresentedContent, QuizResponse } from '../quiz/responses'
import { saveAnalyzedDocument } from './document-import'
import { createTestUser, ensureClass, ensureEnrollment, newJoinCode } from './factories'
import { saveAnswer, submitAttempt } from './attempts'
import { loadAssignmentResults, loadGradebook, loadStudentWork } from './gradebook'

const essay = fs.readFileSync('content/russia-korea/source.txt', 'utf8')
const due = new Date('2026-03-10T12:00:00Z')
const hoursBeforeDue = (hours: number) => new Date(due.getTime() - hours * 3_600_000)

type Question = { id: string; type: string; key: AnswerKey; content: PresentedContent }
let quizId = ''
let questions: Question[] = []

before(async () => {
  const document = await saveAnalyzedDocument(db, {
    slug: `gradebook-${randomBytes(5).toString('hex')}`,
    rawText: essay,
    analysis: analyzeDocument(essay),
    ownerId: null,
    published: true,
  })
  // A lesson with a choice question, so the statistics have a "most chosen wrong answer" to find.
  const choice = await db.question.findFirstOrThrow({ where: { documentId: document.id, type: { in: ['DATE_CHOICE', 'ACTOR_CHOICE'] }, enabled: true, lessonId: { not: null } } })
  const quiz = await db.quiz.findFirstOrThrow({ where: { lessonId: choice.lessonId, scope: 'LESSON' } })
  quizId = quiz.id
  const rows = await db.question.findMany({
    where: { lessonId: quiz.lessonId!, enabled: true },
    orderBy: [{ createdAt: 'asc' }, { key: 'asc' }],
    include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
  })
  questions = rows.map((row) => ({ id: row.id, type: row.type, key: row.versions[0].answerKey as AnswerKey, content: row.versions[0].content as PresentedContent }))
})
after(() => db.$disconnect())

function rightResponse(question: Question): QuizResponse {
  const answer = question.key.answer
  switch (question.type) {
    case 'TRUE_FALSE':
      return { value: answer as boolean }
    case 'ORDERING':
      return { order: answer as string[] }
    case 'MATCHING':
      return { pairs: answer as [string, string][] }
    case 'TYPED':
      return { text: answer as string }
    default:
      return { choice: answer as string }
  }
}

/** An assignment attempt as the assignment flow creates it, answered (right, or left blank) and submitted. */
async function takeAttempt(userId: string, assignmentId: string, options: { right: Question[]; wrongChoice?: Question; submittedAt: Date }) {
  const attempt = await db.attempt.create({ data: { userId, quizId, assignmentId, seed: randomUUID(), questionIds: questions.map((q) => q.id), startedAt: new Date(options.submittedAt.getTime() - 600_000) } })
  for (const question of options.right) await saveAnswer(userId, attempt.id, question.id, rightResponse(question), options.submittedAt)
  if (options.wrongChoice) {
    const wrong = options.wrongChoice.content.choices!.find((choice) => choice !== options.wrongChoice!.key.answer)!
    await saveAnswer(userId, attempt.id, options.wrongChoice.id, { choice: wrong }, options.submittedAt)
  }
  await submitAttempt(userId, attempt.id, options.submittedAt)
  return attempt.id
}

async function setUpClass() {
  const [teacher, otherTeacher, anna, boris, removedWithWork, removedIdle] = await Promise.all([
    createTestUser(db, 'TEACHER'),
    createTestUser(db, 'TEACHER'),
    createTestUser(db, 'STUDENT'),
    createTestUser(db, 'STUDENT'),
    createTestUser(db, 'STUDENT'),
    createTestUser(db, 'STUDENT'),
  ])
  const group = await ensureClass(db, { teacherId: teacher.id, name: 'History 9B', joinCode: newJoinCode(8) })
  for (const student of [anna, boris, removedWithWork, removedIdle]) await ensureEnrollment(db, group.id, student.id)
  const assignment = await db.assignment.create({ data: { classId: group.id, quizId, openAt: hoursBeforeDue(100), dueAt: due, attemptsAllowed: 3, scoring: 'BEST' } })
  const later = await db.assignment.create({ data: { classId: group.id, quizId, openAt: hoursBeforeDue(100), dueAt: new Date(due.getTime() + 86_400_000), scoring: 'LAST' } })

  const choice = questions.find((question) => question.type === 'DATE_CHOICE' || question.type === 'ACTOR_CHOICE')!
  const annaBest = await takeAttempt(anna.id, assignment.id, { right: questions, submittedAt: hoursBeforeDue(5) })
  // A later, worse attempt must not replace the best score (complaint #2).
  const annaWorse = await takeAttempt(anna.id, assignment.id, { right: [], wrongChoice: choice, submittedAt: hoursBeforeDue(2) })
  const borisLate = await takeAttempt(boris.id, assignment.id, { right: questions.filter((q) => q !== choice), wrongChoice: choice, submittedAt: new Date(due.getTime() + 60_000) })
  await takeAttempt(removedWithWork.id, assignment.id, { right: [], wrongChoice: choice, submittedAt: hoursBeforeDue(1) })
  await db.attempt.create({ data: { userId: boris.id, quizId, assignmentId: later.id, seed: randomUUID(), questionIds: questions.map((q) => q.id) } })
  await db.enrollment.updateMany({ where: { classId: group.id, studentId: { in: [removedWithWork.id, removedIdle.id] } }, data: { removedAt: new Date() } })
  return { teacher, otherTeacher, anna, boris, removedWithWork, removedIdle, group, assignment, later, choice, annaBest, annaWorse, borisLate }
}

test('the matrix counts the best attempt, marks late and removed students, and averages submitted work', async () => {
  const s = await setUpClass()
  const gradebook = (await loadGradebook(s.teacher.id, s.group.id))!
  assert.deepEqual(
    gradebook.assignments.map((assignment) => assignment.id),
    [s.assignment.id, s.later.id],
    'assignments by due date',
  )
  const byStudent = new Map(gradebook.rows.map((row) => [row.student.id, row]))
  assert.equal(byStudent.has(s.removedIdle.id), false, 'a removed student without work is not listed')
  assert.equal(byStudent.get(s.removedWithWork.id)!.student.removed, true)
  assert.equal(byStudent.get(s.anna.id)!.student.removed, false)

  const annaCell = byStudent.get(s.anna.id)!.cells[0]
  assert.equal(annaCell.state === 'scored' && annaCell.attemptId, s.annaBest)
  assert.equal(annaCell.state === 'scored' && annaCell.percent, 100)
  assert.equal(annaCell.attemptCount, 2)
  const borisCells = byStudent.get(s.boris.id)!.cells
  assert.equal(borisCells[0].state === 'scored' && borisCells[0].late, true)
  assert.equal(borisCells[1].state, 'in-progress')
  assert.equal(byStudent.get(s.anna.id)!.cells[1].state, 'not-submitted')
  assert.equal(byStudent.get(s.anna.id)!.average, 100)
  assert.equal(gradebook.columnAverages[1], null)
})

test('per-assignment results: every attempt numbered with the counted one, and statistics over counted attempts', async () => {
  const s = await setUpClass()
  const results = (await loadAssignmentResults(s.teacher.id, s.group.id, s.assignment.id))!
  const anna = results.students.find(({ student }) => student.id === s.anna.id)!
  assert.deepEqual(
    anna.attempts.map(({ id, number, counted }) => ({ id, number, counted })),
    [
      { id: s.annaBest, number: 1, counted: true },
      { id: s.annaWorse, number: 2, counted: false },
    ],
  )
  assert.equal(results.questions.length, questions.length)
  const choiceStats = results.questions.find((question) => question.id === s.choice.id)!.statistics
  // Counted: Anna right, Boris wrong, the removed student wrong (Anna's worse attempt is not counted).
  assert.equal(choiceStats.students, 3)
  assert.equal(choiceStats.percentCorrect, 33)
  assert.equal(choiceStats.mostChosenWrong.kind, 'answer')
  assert.equal(choiceStats.mostChosenWrong.kind === 'answer' && choiceStats.mostChosenWrong.count, 2)
  assert.ok(choiceStats.discrimination === null || (choiceStats.discrimination >= -1 && choiceStats.discrimination <= 1))

  const boris = results.students.find(({ student }) => student.id === s.boris.id)!
  const saved = boris.counted!.answers.get(s.choice.id)!
  assert.equal(saved.credit, 0)
  assert.ok(saved.prompt.length > 0, 'the prompt as the student saw it is kept with the answer')
})

test("a student's work shows each submitted attempt answer by answer, with key, explanation and source", async () => {
  const s = await setUpClass()
  const work = (await loadStudentWork(s.teacher.id, s.group.id, s.boris.id))!
  const [first, second] = work.assignments
  assert.equal(first.attempts.length, 1)
  const result = first.attempts[0].result!
  assert.equal(result.questions.length, questions.length)
  const choice = result.questions.find((question) => question.id === s.choice.id)!
  assert.equal(choice.credit, 0)
  assert.ok(choice.response && choice.key && choice.source && choice.explanation)
  assert.equal(second.attempts[0].status, 'IN_PROGRESS')
  assert.equal(second.attempts[0].result, null)
  assert.equal((await loadStudentWork(s.teacher.id, s.group.id, s.removedWithWork.id))!.student.removed, true)
})

test('another teacher gets nothing: no class, no assignment, no student, even with the right ids', async () => {
  const s = await setUpClass()
  assert.equal(await loadGradebook(s.otherTeacher.id, s.group.id), null)
  assert.equal(await loadAssignmentResults(s.otherTeacher.id, s.group.id, s.assignment.id), null)
  assert.equal(await loadStudentWork(s.otherTeacher.id, s.group.id, s.anna.id), null)
  // Ids from different classes do not combine into access either.
  const ownClass = await ensureClass(db, { teacherId: s.otherTeacher.id, name: 'Other', joinCode: newJoinCode(8) })
  assert.equal(await loadAssignmentResults(s.otherTeacher.id, ownClass.id, s.assignment.id), null)
  assert.equal(await loadStudentWork(s.otherTeacher.id, ownClass.id, s.anna.id), null)
  // A student is not a teacher of anything.
  assert.equal(await loadGradebook(s.anna.id, s.group.id), null)
})
