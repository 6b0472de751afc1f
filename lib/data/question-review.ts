import 'server-only'
// A teacher's review of a document's questions. An edit never changes a stored version: it adds the next one
// (editedById set) and moves Question.currentVersion, so answers keep pointing at the version the student saw.
import { randomBytes } from 'node:crypto'
import { db } from '../db'
import { analyzeDocument, checkQuestion } from '../engine'
import { readStoredAnalysis } from '../import/review-state'
import type { VersionPayload } from '../import/merge'
import { toEngineQuestion, type QuestionFormInput } from '../import/question-form'
import type { QuestionType } from '../quiz/responses'
import { DocumentAccessError, ownDocuments, readableDocuments } from './document-review'

type User = { id: string; role: 'STUDENT' | 'TEACHER' }

const currentVersion = {
  orderBy: { version: 'desc' },
  take: 1,
  select: { version: true, prompt: true, content: true, answerKey: true, source: true, explanation: true, editedById: true },
} as const

/** Every question of a readable document, grouped by lesson (questions across lessons last). */
export async function loadQuestionReview(user: User, documentId: string) {
  const document = await db.document.findFirst({
    where: { id: documentId, ...readableDocuments(user) },
    select: {
      id: true,
      title: true,
      ownerId: true,
      published: true,
      lessons: { orderBy: { position: 'asc' }, select: { id: true, title: true } },
      questions: {
        orderBy: [{ createdAt: 'asc' }, { key: 'asc' }],
        select: { id: true, lessonId: true, type: true, focus: true, difficulty: true, enabled: true, generated: true, versions: currentVersion },
      },
    },
  })
  if (!document) return null
  const questions = document.questions.map(({ versions: [version], ...question }) => ({
    ...question,
    type: question.type as QuestionType,
    version: { ...version, content: version.content as VersionPayload['content'], answerKey: version.answerKey as VersionPayload['answerKey'] },
  }))
  const groups = [...document.lessons, { id: null, title: null }].map((lesson) => ({
    lesson,
    questions: questions.filter((question) => question.lessonId === lesson.id),
  }))
  return { id: document.id, title: document.title, published: document.published, editable: document.ownerId === user.id, lessons: document.lessons, groups }
}

export type ReviewQuestion = NonNullable<Awaited<ReturnType<typeof loadQuestionReview>>>['groups'][number]['questions'][number]

/** The engine's item-writing checks on a teacher's version, against the document as the engine reads it. */
function flawsOf(
  document: { rawText: string; analysis: unknown },
  question: { key: string; type: QuestionType; lessonKey: string | null; focus: string; difficulty: number },
  payload: VersionPayload,
) {
  const analysis = analyzeDocument(document.rawText, { corrections: readStoredAnalysis(document.analysis).corrections })
  return checkQuestion(toEngineQuestion(question, payload), analysis)
}

/** Saves the edit as the next version; returns the checker's remarks (warnings, not refusals). */
export async function saveQuestionEdit(user: User, questionId: string, payload: VersionPayload) {
  const question = await db.$transaction(async (tx) => {
    const row = await tx.question.findFirst({
      where: { id: questionId, document: ownDocuments(user) },
      select: { id: true, key: true, type: true, focus: true, difficulty: true, currentVersion: true, lesson: { select: { key: true } }, document: { select: { rawText: true, analysis: true } } },
    })
    if (!row) throw new DocumentAccessError()
    const version = row.currentVersion + 1
    await tx.question.update({
      where: { id: row.id },
      data: { currentVersion: version, versions: { create: { version, ...payload, editedById: user.id } } },
    })
    return row
  })
  return flawsOf(question.document, { ...question, type: question.type as QuestionType, lessonKey: question.lesson?.key ?? null }, payload)
}

/** A teacher's own question: not generated, so regeneration never touches it. */
export async function addQuestion(user: User, input: Pick<QuestionFormInput, 'documentId' | 'lessonId' | 'type' | 'payload'>) {
  const document = await db.document.findFirst({
    where: { id: input.documentId ?? '', ...ownDocuments(user) },
    select: { id: true, rawText: true, analysis: true, lessons: { where: { id: input.lessonId ?? '' }, select: { id: true, key: true } } },
  })
  if (!document || (input.lessonId && document.lessons.length === 0)) throw new DocumentAccessError()
  const lesson = document.lessons[0] ?? null
  const focus = input.type === 'ACTOR_CHOICE' ? 'actor' : 'date'
  const key = `teacher-${randomBytes(8).toString('hex')}`
  const question = await db.question.create({
    data: {
      documentId: document.id,
      lessonId: lesson?.id ?? null,
      key,
      type: input.type,
      focus,
      difficulty: 0.5,
      generated: false,
      versions: { create: { version: 1, ...input.payload, editedById: user.id } },
    },
  })
  return { questionId: question.id, warnings: flawsOf(document, { key, type: input.type, lessonKey: lesson?.key ?? null, focus, difficulty: 0.5 }, input.payload) }
}

export async function setQuestionEnabled(user: User, questionId: string, enabled: boolean) {
  const { count } = await db.question.updateMany({ where: { id: questionId, document: ownDocuments(user) }, data: { enabled } })
  if (count === 0) throw new DocumentAccessError()
}
