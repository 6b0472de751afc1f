// Writes one engine analysis to the database in a single transaction: a document is stored whole or not at all.
import type { DocumentAnalysis, Question } from '../engine/types'
import type { Db } from '../db-client'

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

export function questionTypeFor(type: Question['type']) {
  return type.toUpperCase().replace('-', '_') as 'DATE_CHOICE' | 'ACTOR_CHOICE' | 'TRUE_FALSE' | 'ORDERING' | 'MATCHING' | 'TYPED'
}

/** What the student sees (content) apart from what grading needs (answerKey): only content ever reaches a client. */
export function splitQuestion(question: Question): { content: object; answerKey: object } {
  switch (question.type) {
    case 'date-choice':
    case 'actor-choice':
    case 'true-false':
      return { content: { choices: question.choices }, answerKey: { answer: question.answer } }
    case 'ordering':
      return { content: { items: question.items }, answerKey: { answer: question.answer } }
    case 'matching':
      return { content: { left: question.left, right: question.right }, answerKey: { answer: question.answer } }
    case 'typed':
      return { content: {}, answerKey: { answer: question.answer, acceptedAnswers: question.acceptedAnswers } }
  }
}

export type SaveDocumentInput = {
  slug: string
  rawText: string
  analysis: DocumentAnalysis
  ownerId: string | null
  published: boolean
  language?: string
  /** A title the importer typed instead of the one the engine found. */
  title?: string
}

export async function saveAnalyzedDocument(db: Db, input: SaveDocumentInput) {
  const { analysis } = input
  return db.$transaction(async (tx) => {
    const document = await tx.document.create({
      data: {
        slug: input.slug,
        title: input.title || analysis.title,
        source: analysis.source,
        language: input.language ?? 'en',
        rawText: input.rawText,
        originalText: analysis.original,
        // Plain JSON (engine output), kept for the review screens.
        analysis: JSON.parse(JSON.stringify({ warnings: analysis.warnings, spelling: analysis.spelling })),
        published: input.published,
        ownerId: input.ownerId,
      },
    })
    const lessonIds = await createLessons(tx, document.id, analysis)
    await createEventsAndActors(tx, document.id, analysis, lessonIds)
    await createQuestions(tx, document.id, analysis, lessonIds)
    await createStandardQuizzes(tx, document.id, document.title, analysis, lessonIds)
    return document
  })
}

async function createLessons(tx: Tx, documentId: string, analysis: DocumentAnalysis) {
  const lessonIds = new Map<string, string>()
  for (const [position, lesson] of analysis.lessons.entries()) {
    const row = await tx.lesson.create({
      data: {
        documentId,
        key: lesson.key,
        position,
        title: lesson.title,
        text: lesson.text,
        originalText: lesson.originalText,
        periodFrom: lesson.period?.from ?? null,
        periodTo: lesson.period?.to ?? null,
      },
    })
    lessonIds.set(lesson.key, row.id)
  }
  return lessonIds
}

export async function createEventsAndActors(tx: Tx, documentId: string, analysis: DocumentAnalysis, lessonIds: Map<string, string>) {
  await tx.datedEvent.createMany({
    data: analysis.dates
      .filter((date) => date.kind === 'date')
      .map((date) => ({
        documentId,
        lessonId: lessonIds.get(date.lessonKey) ?? null,
        key: date.key,
        text: date.text,
        value: date.value,
        sentence: date.sentence,
        event: date.event,
      })),
  })
  for (const actor of analysis.actors) {
    await tx.actor.create({
      data: {
        documentId,
        key: actor.key,
        name: actor.name,
        kind: actor.kind.toUpperCase() as 'PERSON' | 'STATE' | 'ORGANIZATION' | 'GROUP' | 'PLACE',
        aliases: actor.aliases,
        mentions: {
          create: actor.mentions.map((mention) => ({
            text: mention.text,
            sentence: mention.sentence,
            lessonId: lessonIds.get(mention.lessonKey) ?? null,
          })),
        },
      },
    })
  }
}

async function createQuestions(tx: Tx, documentId: string, analysis: DocumentAnalysis, lessonIds: Map<string, string>) {
  for (const question of analysis.questions) await createQuestion(tx, documentId, question, lessonIds)
}

/** One generated question with its first version (also used when regeneration finds a new one). */
export async function createQuestion(tx: Tx, documentId: string, question: Question, lessonIds: Map<string, string>) {
  const { content, answerKey } = splitQuestion(question)
  await tx.question.create({
    data: {
      documentId,
      lessonId: question.lessonKey ? (lessonIds.get(question.lessonKey) ?? null) : null,
      key: question.id,
      type: questionTypeFor(question.type),
      focus: question.focus,
      difficulty: question.difficulty,
      versions: {
        create: {
          version: 1,
          prompt: question.prompt,
          content,
          answerKey,
          source: question.source,
          explanation: question.explanation,
        },
      },
    },
  })
}

async function createStandardQuizzes(tx: Tx, documentId: string, title: string, analysis: DocumentAnalysis, lessonIds: Map<string, string>) {
  await tx.quiz.create({ data: { documentId, scope: 'DOCUMENT', title } })
  for (const lesson of analysis.lessons) {
    await tx.quiz.create({ data: { documentId, lessonId: lessonIds.get(lesson.key)!, scope: 'LESSON', title: lesson.title } })
  }
}
