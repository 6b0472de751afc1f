import 'server-only'
// A teacher's documents: import as a draft, review spelling and lessons, regenerate, publish or delete.
// Every query names the owner: a teacher changes only their own documents; shared demo documents (no owner)
// are read-only, and a copy makes them the teacher's own (docs/decisions/0007).
import { randomBytes } from 'node:crypto'
import { db } from '../db'
import type { SessionUser } from '../auth/session'
import { analyzeDocument } from '../engine'
import type { CorrectionsFile, DocumentAnalysis } from '../engine/types'
import { planRegeneration, type VersionPayload } from '../import/merge'
import { acceptProposal, readStoredAnalysis, rejectProposal, undoCorrection, type StoredAnalysis } from '../import/review-state'
import { createEventsAndActors, createQuestion, saveAnalyzedDocument, splitQuestion, type Tx } from './document-import'

type User = Pick<SessionUser, 'id' | 'role'>

/** Thrown when the row does not exist or the user may not change it; pages turn it into a 404. */
export class DocumentAccessError extends Error {
  constructor() {
    super('not-found')
  }
}

/** Documents a user may open in the teacher screens: their own and the shared ones; none for a student. */
export function readableDocuments(user: User) {
  return user.role === 'TEACHER' ? { OR: [{ ownerId: user.id }, { ownerId: null }] } : { id: { in: [] as string[] } }
}

/** Documents a user may change: only their own. */
export function ownDocuments(user: User) {
  return user.role === 'TEACHER' ? { ownerId: user.id } : { id: { in: [] as string[] } }
}

function slugFor(title: string) {
  const base = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9а-яё]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50)
  return `${base || 'document'}-${randomBytes(4).toString('hex')}`
}

const languageOf = (text: string) => ((text.match(/[а-яё]/gi)?.length ?? 0) > (text.match(/[a-z]/gi)?.length ?? 0) ? 'ru' : 'en')

/**
 * Analyses the text first (EngineInputError for unusable text), then writes the draft in one transaction:
 * a refusal or a failure leaves nothing in the database.
 */
export async function importDocument(user: User, input: { text: string; title?: string }) {
  if (user.role !== 'TEACHER') throw new DocumentAccessError()
  const analysis = analyzeDocument(input.text)
  const title = input.title?.trim() || analysis.title
  return saveAnalyzedDocument(db, { slug: slugFor(title), rawText: input.text, analysis, ownerId: user.id, published: false, title, language: languageOf(input.text) })
}

/** The review page: spelling, lessons, counts; `editable` is false for shared documents. */
export async function loadDocumentReview(user: User, documentId: string) {
  const document = await db.document.findFirst({
    where: { id: documentId, ...readableDocuments(user) },
    select: {
      id: true,
      title: true,
      source: true,
      published: true,
      ownerId: true,
      analysis: true,
      lessons: { orderBy: { position: 'asc' }, select: { id: true, key: true, title: true, text: true, periodFrom: true, periodTo: true } },
      _count: { select: { questions: { where: { enabled: true } } } },
    },
  })
  if (!document) return null
  const { analysis, ...rest } = document
  return { ...rest, editable: document.ownerId === user.id, review: readStoredAnalysis(analysis) }
}

async function ownDocumentOrThrow(tx: Tx | typeof db, user: User, documentId: string) {
  const document = await tx.document.findFirst({ where: { id: documentId, ...ownDocuments(user) }, select: { id: true, rawText: true, analysis: true, published: true } })
  if (!document) throw new DocumentAccessError()
  return { ...document, review: readStoredAnalysis(document.analysis) }
}

export async function publishDocument(user: User, documentId: string) {
  const { count } = await db.document.updateMany({ where: { id: documentId, ...ownDocuments(user) }, data: { published: true } })
  if (count === 0) throw new DocumentAccessError()
}

/** Only a draft can be deleted: once published, students' attempts may depend on it. */
export async function deleteDraft(user: User, documentId: string) {
  const { count } = await db.document.deleteMany({ where: { id: documentId, published: false, ...ownDocuments(user) } })
  if (count === 0) throw new DocumentAccessError()
}

export async function renameLesson(user: User, lessonId: string, title: string) {
  await db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findFirst({ where: { id: lessonId, document: ownDocuments(user) }, select: { key: true, documentId: true, document: { select: { analysis: true } } } })
    if (!lesson) throw new DocumentAccessError()
    const review = readStoredAnalysis(lesson.document.analysis)
    await tx.lesson.update({ where: { id: lessonId }, data: { title } })
    if (!review.editedLessonKeys.includes(lesson.key)) {
      await tx.document.update({ where: { id: lesson.documentId }, data: { analysis: { ...review, editedLessonKeys: [...review.editedLessonKeys, lesson.key] } } })
    }
  })
}

export type SpellingDecision = { kind: 'accept'; from: string; to: string } | { kind: 'reject'; from: string } | { kind: 'undo'; from: string }

/** Records the decision in the document's corrections, then regenerates so lessons and questions follow it. */
export async function decideSpelling(user: User, documentId: string, decision: SpellingDecision) {
  const document = await ownDocumentOrThrow(db, user, documentId)
  const { corrections, spelling } = document.review
  let next: CorrectionsFile
  if (decision.kind === 'accept') next = acceptProposal(corrections, decision.from, decision.to)
  else if (decision.kind === 'reject') next = rejectProposal(corrections, decision.from)
  else {
    const applied = spelling.applied.find((correction) => correction.from === decision.from && correction.reason !== 'glossary')
    if (!applied) throw new DocumentAccessError()
    next = undoCorrection(corrections, applied)
  }
  return regenerateDocument(user, documentId, next)
}

/**
 * Runs the engine again on the stored text and the document's corrections, and merges by question key
 * (lib/import/merge.ts): teacher work is kept, untouched generated questions follow the engine, vanished ones
 * are disabled. Lessons get the new text and periods but keep titles a teacher wrote.
 */
export async function regenerateDocument(user: User, documentId: string, corrections?: CorrectionsFile) {
  const { rawText, review } = await ownDocumentOrThrow(db, user, documentId)
  const nextCorrections = corrections ?? review.corrections
  // The engine runs outside the transaction: it is the slow part and touches no rows.
  const analysis = analyzeDocument(rawText, { corrections: nextCorrections })
  return db.$transaction(async (tx) => {
    await ownDocumentOrThrow(tx, user, documentId)
    const lessonIds = await mergeLessons(tx, documentId, analysis, review)
    await tx.datedEvent.deleteMany({ where: { documentId } })
    await tx.actor.deleteMany({ where: { documentId } })
    await createEventsAndActors(tx, documentId, analysis, lessonIds)
    const retiredQuestionKeys = await mergeQuestions(tx, documentId, analysis, lessonIds, review.retiredQuestionKeys)
    const next: StoredAnalysis = { ...review, warnings: analysis.warnings, spelling: analysis.spelling, corrections: nextCorrections, retiredQuestionKeys }
    await tx.document.update({ where: { id: documentId }, data: { originalText: analysis.original, analysis: JSON.parse(JSON.stringify(next)) } })
    return { proposals: analysis.spelling.proposals.length, questions: analysis.questions.length }
  })
}

async function mergeLessons(tx: Tx, documentId: string, analysis: DocumentAnalysis, review: StoredAnalysis) {
  const existing = await tx.lesson.findMany({ where: { documentId }, select: { id: true, key: true } })
  const idByKey = new Map(existing.map((lesson) => [lesson.key, lesson.id]))
  const lessonIds = new Map<string, string>()
  for (const [position, lesson] of analysis.lessons.entries()) {
    const data = { position, text: lesson.text, originalText: lesson.originalText, periodFrom: lesson.period?.from ?? null, periodTo: lesson.period?.to ?? null }
    const id = idByKey.get(lesson.key)
    if (id) {
      const title = review.editedLessonKeys.includes(lesson.key) ? {} : { title: lesson.title }
      await tx.lesson.update({ where: { id }, data: { ...data, ...title } })
      lessonIds.set(lesson.key, id)
    } else {
      const created = await tx.lesson.create({ data: { documentId, key: lesson.key, title: lesson.title, ...data } })
      await tx.quiz.create({ data: { documentId, lessonId: created.id, scope: 'LESSON', title: lesson.title } })
      lessonIds.set(lesson.key, created.id)
    }
  }
  // A lesson the engine no longer makes goes, unless students answered its questions or a teacher wrote some.
  const fresh = new Set(analysis.lessons.map((lesson) => lesson.key))
  for (const lesson of existing.filter((row) => !fresh.has(row.key))) {
    const needed = await tx.question.count({
      where: { lessonId: lesson.id, OR: [{ answers: { some: {} } }, { generated: false }, { versions: { some: { editedById: { not: null } } } }] },
    })
    if (needed === 0) await tx.lesson.delete({ where: { id: lesson.id } })
    else lessonIds.set(lesson.key, lesson.id)
  }
  return lessonIds
}

async function mergeQuestions(tx: Tx, documentId: string, analysis: DocumentAnalysis, lessonIds: Map<string, string>, retired: string[]) {
  const stored = await tx.question.findMany({
    where: { documentId },
    select: {
      id: true,
      key: true,
      enabled: true,
      generated: true,
      currentVersion: true,
      versions: { orderBy: { version: 'desc' }, select: { prompt: true, content: true, answerKey: true, source: true, explanation: true, editedById: true } },
    },
  })
  const storedByKey = new Map(stored.map((question) => [question.key, question]))
  const fresh = analysis.questions.map((question) => ({
    key: question.id,
    question,
    payload: { prompt: question.prompt, ...splitQuestion(question), source: question.source, explanation: question.explanation } as VersionPayload,
  }))
  const plan = planRegeneration(
    stored.map(({ key, enabled, generated, versions: [current, ...older] }) => ({
      key,
      enabled,
      generated,
      edited: [current, ...older].some((version) => version.editedById),
      current: { prompt: current.prompt, content: current.content as object, answerKey: current.answerKey as object, source: current.source, explanation: current.explanation },
    })),
    fresh,
    retired,
  )
  const wasRetired = new Set(retired)
  for (const { question } of plan.add) await createQuestion(tx, documentId, question, lessonIds)
  for (const { key, question, payload } of plan.update) {
    const row = storedByKey.get(key)!
    await tx.question.update({
      where: { id: row.id },
      data: {
        lessonId: question.lessonKey ? (lessonIds.get(question.lessonKey) ?? null) : null,
        difficulty: question.difficulty,
        currentVersion: row.currentVersion + 1,
        ...(wasRetired.has(key) ? { enabled: true } : {}),
        versions: { create: { version: row.currentVersion + 1, ...payload } },
      },
    })
  }
  const cameBack = plan.unchanged.filter((question) => wasRetired.has(question.key)).map((question) => question.key)
  await tx.question.updateMany({ where: { documentId, key: { in: cameBack } }, data: { enabled: true } })
  await tx.question.updateMany({ where: { documentId, key: { in: plan.disable } }, data: { enabled: false } })
  return plan.retiredKeys
}

/**
 * "Use a copy": the shared document with its lessons, dates, actors and the current version of each question,
 * as the teacher's own draft. The copy's questions start at version 1 and keep whether a teacher had edited them.
 */
export async function copySharedDocument(user: User, documentId: string) {
  if (user.role !== 'TEACHER') throw new DocumentAccessError()
  return db.$transaction(async (tx) => {
    const source = await tx.document.findFirst({
      where: { id: documentId, ownerId: null },
      include: {
        lessons: true,
        events: true,
        actors: { include: { mentions: true } },
        questions: { include: { versions: { orderBy: { version: 'desc' } } } },
      },
    })
    if (!source) throw new DocumentAccessError()
    const copy = await tx.document.create({
      data: {
        slug: slugFor(source.title),
        title: source.title,
        source: source.source,
        language: source.language,
        rawText: source.rawText,
        originalText: source.originalText,
        analysis: source.analysis ?? {},
        ownerId: user.id,
        published: false,
      },
    })
    const lessonIds = new Map<string, string>()
    for (const lesson of source.lessons) {
      const { key, position, title, text, originalText, periodFrom, periodTo } = lesson
      const created = await tx.lesson.create({ data: { documentId: copy.id, key, position, title, text, originalText, periodFrom, periodTo } })
      lessonIds.set(lesson.id, created.id)
      await tx.quiz.create({ data: { documentId: copy.id, lessonId: created.id, scope: 'LESSON', title } })
    }
    await tx.quiz.create({ data: { documentId: copy.id, scope: 'DOCUMENT', title: source.title } })
    const newLessonId = (id: string | null) => (id ? (lessonIds.get(id) ?? null) : null)
    await tx.datedEvent.createMany({
      data: source.events.map(({ key, text, value, sentence, event, lessonId }) => ({ documentId: copy.id, lessonId: newLessonId(lessonId), key, text, value, sentence, event })),
    })
    for (const { key, name, kind, aliases, mentions } of source.actors) {
      await tx.actor.create({
        data: { documentId: copy.id, key, name, kind, aliases: aliases ?? [], mentions: { create: mentions.map(({ text, sentence, lessonId }) => ({ text, sentence, lessonId: newLessonId(lessonId) })) } },
      })
    }
    for (const { key, type, focus, difficulty, enabled, generated, lessonId, versions } of source.questions) {
      const { prompt, content, answerKey, source: cited, explanation } = versions[0]
      const editedById = versions.find((version) => version.editedById)?.editedById ?? null
      await tx.question.create({
        data: {
          documentId: copy.id,
          lessonId: newLessonId(lessonId),
          key,
          type,
          focus,
          difficulty,
          enabled,
          generated,
          versions: { create: { version: 1, prompt, content: content ?? {}, answerKey: answerKey ?? {}, source: cited, explanation, editedById } },
        },
      })
    }
    return copy
  })
}
