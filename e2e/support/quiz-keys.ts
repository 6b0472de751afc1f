// Test-only knowledge: the answer keys, read straight from the e2e database so a test can answer right or wrong
// on purpose. The app never sends keys to the browser; this file runs in the test process, not in the page.
import { createDb } from '../../lib/db-client'
import type { AnswerKey, PresentedContent } from '../../lib/quiz/responses'

const db = createDb(process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db')

export type KeyedQuestion = { id: string; type: string; prompt: string; key: AnswerKey; content: PresentedContent }

export async function keyedQuestionsOfAttempt(attemptId: string): Promise<KeyedQuestion[]> {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })
  return keyedQuestions(attempt.questionIds as string[])
}

export async function keyedQuestions(questionIds: string[]): Promise<KeyedQuestion[]> {
  const questions = await db.question.findMany({
    where: { id: { in: questionIds } },
    include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
  })
  const byId = new Map(questions.map((q) => [q.id, q]))
  return questionIds.map((id) => {
    const question = byId.get(id)!
    const version = question.versions[0]
    return { id, type: question.type, prompt: version.prompt, key: version.answerKey as AnswerKey, content: version.content as PresentedContent }
  })
}

/** A practice quiz of the given question types, made for one test (custom quizzes list their questions). */
export async function createQuizOfTypes(types: string[], title: string) {
  const document = await db.document.findUniqueOrThrow({ where: { slug: 'russia-korea' } })
  const questions = await Promise.all(
    types.map((type) => db.question.findFirstOrThrow({ where: { documentId: document.id, type: type as never, enabled: true }, orderBy: { key: 'asc' } })),
  )
  return db.quiz.create({
    data: {
      documentId: document.id,
      scope: 'CUSTOM',
      title,
      questions: { create: questions.map((question, position) => ({ questionId: question.id, position })) },
    },
  })
}
