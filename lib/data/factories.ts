// Shared by the seed and the tests: get-or-create helpers that never overwrite what a user changed.
import { randomBytes } from 'node:crypto'
import type { Db } from '../db-client'
import { hashPassword } from '../auth/password'
import type { Role } from '../auth/permissions'

// The seed and the end-to-end fixtures write beside a running app. On SQLite, a transaction that read before the app
// committed cannot then write (SQLITE_BUSY_SNAPSHOT, which Prisma reports as P1008 "Operation has timed out"), and no
// busy timeout waits that out: the operation is tried again (seen once in CI, e2e/authorization.spec.ts).
async function retryWhileBusy<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      if ((error as { code?: string }).code !== 'P1008' || attempt === 5) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
    }
  }
}

export async function ensureUser(db: Db, user: { email: string; name: string; role: Role; password: string }) {
  const existing = await db.user.findUnique({ where: { email: user.email } })
  if (existing) return existing
  const passwordHash = await hashPassword(user.password)
  return retryWhileBusy(() =>
    db.user.upsert({ where: { email: user.email }, create: { email: user.email, name: user.name, role: user.role, passwordHash }, update: {} }),
  )
}

export { newJoinCode } from '../classes/join-code'

export async function ensureClass(db: Db, input: { teacherId: string; name: string; joinCode: string }) {
  return retryWhileBusy(() => db.class.upsert({ where: { joinCode: input.joinCode }, create: input, update: {} }))
}

export async function ensureEnrollment(db: Db, classId: string, studentId: string) {
  return retryWhileBusy(() => db.enrollment.upsert({ where: { classId_studentId: { classId, studentId } }, create: { classId, studentId }, update: {} }))
}

/** A throwaway account for a test: unique email, known password. */
export async function createTestUser(db: Db, role: Role, password = 'correct horse battery') {
  const tag = randomBytes(6).toString('hex')
  const user = await ensureUser(db, { email: `test-${tag}@example.test`, name: `Test ${role.toLowerCase()} ${tag}`, role, password })
  return { ...user, password }
}

/**
 * A small document for a test: one lesson with a date, an actor mention, a corrected word, two questions
 * (one on the date, one on the actor) and its lesson and document quizzes.
 */
export async function createTestDocument(db: Db, options: { published: boolean; ownerId?: string | null }) {
  const tag = randomBytes(5).toString('hex')
  const original = 'In 2002 Russia opened embassy in Seul.'
  const text = 'In 2002 Russia opened an embassy in Seoul.'
  const document = await db.document.create({
    data: {
      slug: `test-${tag}`,
      title: `Test document ${tag}`,
      source: 'Источник: test',
      rawText: original,
      originalText: original,
      analysis: { warnings: [], spelling: { applied: [{ from: 'opened embassy in Seul', to: 'opened an embassy in Seoul', reason: 'reviewed', start: 15, end: 37, sentence: text }], proposals: [] } },
      published: options.published,
      ownerId: options.ownerId ?? null,
    },
  })
  const lesson = await db.lesson.create({
    data: { documentId: document.id, key: 'l1', position: 0, title: `Lesson ${tag}`, text, originalText: original, periodFrom: '2002', periodTo: '2002' },
  })
  await db.datedEvent.create({ data: { documentId: document.id, lessonId: lesson.id, key: 'd1', text: '2002', value: '2002', sentence: text, event: 'Russia opened an embassy in Seoul' } })
  await db.actor.create({
    data: { documentId: document.id, key: 'russia', name: 'Russia', kind: 'STATE', aliases: ['Russian Federation'], mentions: { create: { lessonId: lesson.id, text: 'Russia', sentence: text } } },
  })
  const questions = []
  for (const focus of ['date', 'actor']) {
    questions.push(
      await db.question.create({
        data: {
          documentId: document.id,
          lessonId: lesson.id,
          key: `${focus}-${tag}`,
          type: focus === 'date' ? 'DATE_CHOICE' : 'ACTOR_CHOICE',
          focus,
          difficulty: 0.5,
          versions: { create: { version: 1, prompt: `Question on the ${focus}`, content: {}, answerKey: {}, source: text, explanation: '' } },
        },
        include: { versions: true },
      }),
    )
  }
  const lessonQuiz = await db.quiz.create({ data: { documentId: document.id, lessonId: lesson.id, scope: 'LESSON', title: lesson.title } })
  await db.quiz.create({ data: { documentId: document.id, scope: 'DOCUMENT', title: document.title } })
  return { document, lesson, questions, lessonQuiz }
}
