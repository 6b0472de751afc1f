import assert from 'node:assert/strict'
import fs from 'node:fs'
import { after, test } from 'node:test'
import { db } from '../db'
import { EngineInputError } from '../engine'
import { readStoredAnalysis } from '../import/review-state'
import { loadAttemptForPlayer, loadAttemptResult, saveAnswer, startOrResumeAttempt, submitAttempt } from './attempts'
import {
  copySharedDocument,
  decideSpelling,
  deleteDraft,
  DocumentAccessError,
  importDocument,
  loadDocumentReview,
  publishDocument,
  regenerateDocument,
  renameLesson,
} from './document-review'
import { createTestDocument, createTestUser } from './factories'
import { addQuestion, loadQuestionReview, saveQuestionEdit, setQuestionEnabled } from './question-review'

after(() => db.$disconnect())
const essay = fs.readFileSync('content/russia-korea/source.txt', 'utf8')

async function firstChoiceQuestion(documentId: string) {
  return db.question.findFirstOrThrow({
    where: { documentId, type: 'DATE_CHOICE' },
    include: { versions: { orderBy: { version: 'desc' }, take: 1 }, lesson: true },
    orderBy: { key: 'asc' },
  })
}

const edited = (version: { content: unknown; answerKey: unknown; source: string; explanation: string }, prompt: string) => ({
  prompt,
  content: version.content as object,
  answerKey: version.answerKey as object,
  source: version.source,
  explanation: version.explanation,
})

test('an import creates a private draft; unusable text creates nothing', async () => {
  const teacher = await createTestUser(db, 'TEACHER')
  await assert.rejects(importDocument(teacher, { text: '   \n ' }), EngineInputError)
  await assert.rejects(importDocument(teacher, { text: 'Home\nShare' }), EngineInputError)
  assert.equal(await db.document.count({ where: { ownerId: teacher.id } }), 0)
  const document = await importDocument(teacher, { text: essay, title: 'My essay' })
  const stored = await db.document.findUniqueOrThrow({ where: { id: document.id }, include: { _count: { select: { lessons: true, questions: true, quizzes: true } } } })
  assert.equal(stored.published, false)
  assert.equal(stored.ownerId, teacher.id)
  assert.equal(stored.title, 'My essay')
  assert.ok(stored._count.lessons > 0 && stored._count.questions > 0 && stored._count.quizzes === stored._count.lessons + 1)
})

test('an edit adds a version: a submitted attempt still shows what the student saw, a new attempt the edit', async () => {
  const teacher = await createTestUser(db, 'TEACHER')
  const student = await createTestUser(db, 'STUDENT')
  const document = await importDocument(teacher, { text: essay })
  await publishDocument(teacher, document.id)
  const question = await firstChoiceQuestion(document.id)
  const quiz = await db.quiz.findFirstOrThrow({ where: { lessonId: question.lessonId, scope: 'LESSON' } })
  const attemptId = await startOrResumeAttempt(student, quiz.id)
  const original = question.versions[0]
  await saveAnswer(student.id, attemptId, question.id, { choice: (original.answerKey as { answer: string }).answer })
  await submitAttempt(student.id, attemptId)

  const warnings = await saveQuestionEdit(teacher, question.id, edited(original, 'In which year, exactly, did this happen?'))
  assert.ok(Array.isArray(warnings))
  const versions = await db.questionVersion.findMany({ where: { questionId: question.id }, orderBy: { version: 'asc' } })
  assert.deepEqual(versions.map((v) => [v.version, v.prompt, v.editedById]), [[1, original.prompt, null], [2, 'In which year, exactly, did this happen?', teacher.id]])
  assert.equal((await db.question.findUniqueOrThrow({ where: { id: question.id } })).currentVersion, 2)

  const result = await loadAttemptResult(student.id, attemptId)
  assert.equal(result!.questions.find((q) => q.id === question.id)!.prompt, original.prompt)
  const answer = await db.answer.findFirstOrThrow({ where: { attemptId, questionId: question.id } })
  assert.equal(answer.questionVersionId, original.id)
  const next = await loadAttemptForPlayer(student.id, await startOrResumeAttempt(student, quiz.id))
  assert.equal(next!.questions.find((q) => q.id === question.id)!.prompt, 'In which year, exactly, did this happen?')
})

test('regeneration keeps teacher edits, teacher questions and titles; follows the engine elsewhere', async () => {
  const teacher = await createTestUser(db, 'TEACHER')
  const document = await importDocument(teacher, { text: essay })
  const editedQuestion = await firstChoiceQuestion(document.id)
  await saveQuestionEdit(teacher, editedQuestion.id, edited(editedQuestion.versions[0], 'Teacher wording?'))
  const { questionId: ownId } = await addQuestion(teacher, {
    documentId: document.id,
    lessonId: editedQuestion.lessonId,
    type: 'TRUE_FALSE',
    payload: { prompt: 'The essay is about Korea.', content: { choices: ['True', 'False'] }, answerKey: { answer: true }, source: '', explanation: 'It is.' },
  })
  const [renamed, other] = await db.lesson.findMany({ where: { documentId: document.id }, orderBy: { position: 'asc' } })
  await renameLesson(teacher, renamed.id, 'My title')
  await db.lesson.update({ where: { id: other.id }, data: { title: 'Stale generated title' } })
  // An untouched generated question whose stored wording drifted, one the engine never made, one it lost.
  const drifted = await db.question.findFirstOrThrow({ where: { documentId: document.id, generated: true, id: { not: editedQuestion.id } }, include: { versions: true } })
  await db.questionVersion.update({ where: { id: drifted.versions[0].id }, data: { prompt: 'Old engine wording' } })
  const vanished = await db.question.create({
    data: { documentId: document.id, key: 'no-longer-generated', type: 'TYPED', focus: 'date', difficulty: 0.5, versions: { create: { version: 1, prompt: 'x _____', content: {}, answerKey: { answer: 'x', acceptedAnswers: [] }, source: '', explanation: '' } } },
  })
  const lost = await db.question.findFirstOrThrow({ where: { documentId: document.id, generated: true, id: { notIn: [editedQuestion.id, drifted.id, vanished.id] } } })
  await db.question.delete({ where: { id: lost.id } })

  await regenerateDocument(teacher, document.id)

  const after = await db.question.findMany({ where: { documentId: document.id }, include: { versions: { orderBy: { version: 'desc' } } } })
  const byId = new Map(after.map((q) => [q.id, q]))
  assert.equal(byId.get(editedQuestion.id)!.versions[0].prompt, 'Teacher wording?')
  assert.equal(byId.get(editedQuestion.id)!.versions.length, 2, 'an edited question gets no engine version')
  assert.equal(byId.get(ownId)!.versions[0].prompt, 'The essay is about Korea.')
  assert.deepEqual(byId.get(drifted.id)!.versions.map((v) => v.version), [2, 1])
  assert.notEqual(byId.get(drifted.id)!.versions[0].prompt, 'Old engine wording')
  assert.equal(byId.get(vanished.id)!.enabled, false, 'disabled, not deleted')
  assert.ok(after.some((q) => q.key === lost.key), 'a lost generated question is made again')
  const lessons = await db.lesson.findMany({ where: { documentId: document.id } })
  assert.equal(lessons.find((l) => l.id === renamed.id)!.title, 'My title')
  assert.notEqual(lessons.find((l) => l.id === other.id)!.title, 'Stale generated title')

  // Running it again changes nothing.
  const versionsBefore = await db.questionVersion.count({ where: { question: { documentId: document.id } } })
  await regenerateDocument(teacher, document.id)
  assert.equal(await db.questionVersion.count({ where: { question: { documentId: document.id } } }), versionsBefore)
})

test('spelling decisions become the document corrections and are applied by regeneration', async () => {
  const teacher = await createTestUser(db, 'TEACHER')
  const document = await importDocument(teacher, { text: essay })
  const { review } = (await loadDocumentReview(teacher, document.id))!
  const proposal = review.spelling.proposals[0]
  assert.ok(proposal, 'the essay has proposals to review')
  await decideSpelling(teacher, document.id, { kind: 'accept', from: proposal.from, to: proposal.to })
  let stored = readStoredAnalysis((await db.document.findUniqueOrThrow({ where: { id: document.id } })).analysis)
  assert.ok(stored.corrections.corrections.some((c) => c.from === proposal.from))
  assert.ok(!stored.spelling.proposals.some((p) => p.from === proposal.from))
  assert.ok(stored.spelling.applied.some((c) => c.from === proposal.from && c.reason === 'reviewed'))
  await decideSpelling(teacher, document.id, { kind: 'undo', from: proposal.from })
  stored = readStoredAnalysis((await db.document.findUniqueOrThrow({ where: { id: document.id } })).analysis)
  assert.ok(stored.spelling.proposals.some((p) => p.from === proposal.from), 'undone: proposed again')
  await decideSpelling(teacher, document.id, { kind: 'reject', from: proposal.from })
  stored = readStoredAnalysis((await db.document.findUniqueOrThrow({ where: { id: document.id } })).analysis)
  assert.ok(!stored.spelling.proposals.some((p) => p.from === proposal.from) && stored.corrections.rejected.includes(proposal.from))
})

test('another teacher and a student can neither see nor change a draft; shared documents are read-only until copied', async () => {
  const owner = await createTestUser(db, 'TEACHER')
  const otherTeacher = await createTestUser(db, 'TEACHER')
  const student = await createTestUser(db, 'STUDENT')
  const { document, questions } = await createTestDocument(db, { published: false, ownerId: owner.id })
  const payload = { prompt: 'P?', content: { choices: ['2001', '2002', '2003'] }, answerKey: { answer: '2002' }, source: '', explanation: '' }
  for (const intruder of [otherTeacher, student]) {
    assert.equal(await loadDocumentReview(intruder, document.id), null)
    assert.equal(await loadQuestionReview(intruder, document.id), null)
    await assert.rejects(saveQuestionEdit(intruder, questions[0].id, payload), DocumentAccessError)
    await assert.rejects(setQuestionEnabled(intruder, questions[0].id, false), DocumentAccessError)
    await assert.rejects(addQuestion(intruder, { documentId: document.id, lessonId: null, type: 'TYPED', payload }), DocumentAccessError)
    await assert.rejects(publishDocument(intruder, document.id), DocumentAccessError)
    await assert.rejects(deleteDraft(intruder, document.id), DocumentAccessError)
    await assert.rejects(regenerateDocument(intruder, document.id), DocumentAccessError)
  }
  assert.equal((await db.questionVersion.count({ where: { questionId: questions[0].id } })), 1)
  assert.equal((await db.document.findUniqueOrThrow({ where: { id: document.id } })).published, false)

  const shared = await createTestDocument(db, { published: true, ownerId: null })
  const view = await loadDocumentReview(otherTeacher, shared.document.id)
  assert.equal(view?.editable, false)
  await assert.rejects(saveQuestionEdit(otherTeacher, shared.questions[0].id, payload), DocumentAccessError)
  await assert.rejects(copySharedDocument(student, shared.document.id), DocumentAccessError)
  const copy = await copySharedDocument(otherTeacher, shared.document.id)
  const copied = await loadQuestionReview(otherTeacher, copy.id)
  assert.equal(copied?.editable, true)
  assert.equal(copied?.published, false)
  assert.equal(copied!.groups.flatMap((g) => g.questions).length, 2)
  await saveQuestionEdit(otherTeacher, copied!.groups[0].questions[0].id, payload)
  assert.equal(await db.questionVersion.count({ where: { questionId: shared.questions[0].id } }), 1, 'the shared original is untouched')

  await deleteDraft(owner, document.id)
  assert.equal(await db.document.count({ where: { id: document.id } }), 0)
})
