// Roles × routes: every page and download, requested as anonymous, a student, another student, the teacher and
// another teacher. Each refusal is asserted, and so is each allowed access (a matrix of refusals alone would pass
// on a site that refuses everyone). Actions are covered by the data-layer tests of each area (lib/data/*.dbtest.ts).
import { randomBytes } from 'node:crypto'
import { expect, request as requests, test, type APIRequestContext } from '@playwright/test'
import { createDb } from '../lib/db-client'
import { createTestDocument, createTestUser, ensureClass, ensureEnrollment, newJoinCode } from '../lib/data/factories'
import { sessionCookie } from './support/sessions'

const db = createDb(process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db')
const roles = ['anonymous', 'student', 'otherStudent', 'teacher', 'otherTeacher'] as const
type Role = (typeof roles)[number]
type Outcome = 'ok' | 'sign-in' | 'forbidden' | 'not found' | 401 | 403 | 404

async function outcomeOf(request: APIRequestContext, path: string, cookie: string | null): Promise<Outcome> {
  const response = await request.get(path, { maxRedirects: 0, headers: cookie ? { cookie } : {} })
  const status = response.status()
  const location = response.headers()['location'] ?? ''
  if (path.startsWith('/api/')) return status === 200 ? 'ok' : (status as Outcome)
  if (status === 200) return 'ok'
  if (status >= 300 && status < 400 && location.includes('/sign-in')) return 'sign-in'
  if ((status >= 300 && status < 400 && location.includes('/forbidden')) || status === 403) return 'forbidden'
  if (status === 404) return 'not found'
  return `unexpected ${status} ${location}` as Outcome
}

async function fixtures() {
  const [student, otherStudent, teacher, otherTeacher] = await Promise.all([
    createTestUser(db, 'STUDENT'),
    createTestUser(db, 'STUDENT'),
    createTestUser(db, 'TEACHER'),
    createTestUser(db, 'TEACHER'),
  ])
  const group = await ensureClass(db, { teacherId: teacher.id, name: `Matrix ${randomBytes(3).toString('hex')}`, joinCode: newJoinCode(8) })
  await ensureEnrollment(db, group.id, student.id)
  const published = await createTestDocument(db, { published: true })
  const draft = await createTestDocument(db, { published: false, ownerId: teacher.id })
  const quiz = await db.quiz.findFirstOrThrow({ where: { documentId: published.document.id, scope: 'LESSON' } })
  const assignment = await db.assignment.create({
    data: { classId: group.id, quizId: quiz.id, openAt: new Date(Date.now() - 3600_000), dueAt: new Date(Date.now() + 86_400_000) },
  })
  const questionIds = (await db.question.findMany({ where: { documentId: published.document.id }, select: { id: true } })).map((q) => q.id)
  const attempt = await db.attempt.create({
    data: { userId: student.id, quizId: quiz.id, assignmentId: assignment.id, seed: 'matrix', questionIds, status: 'SUBMITTED', submittedAt: new Date(), score: 1, maxScore: questionIds.length },
  })
  const draftLesson = await db.lesson.findFirstOrThrow({ where: { documentId: draft.document.id } })
  return { student, otherStudent, teacher, otherTeacher, group, published, draft, draftLesson, quiz, assignment, attempt }
}

// A fresh request context per sign-in and per role: a shared cookie jar would make "anonymous" someone.
async function isolated<T>(baseURL: string, work: (request: APIRequestContext) => Promise<T>): Promise<T> {
  const context = await requests.newContext({ baseURL })
  try {
    return await work(context)
  } finally {
    await context.dispose()
  }
}

test('every route refuses whom it must and admits whom it must', async ({ baseURL }) => {
  test.setTimeout(120_000)
  const f = await fixtures()
  const signIn = (user: { email: string; password: string }) => isolated(baseURL!, (request) => sessionCookie(request, user.email, user.password))
  const cookies: Record<Role, string | null> = {
    anonymous: null,
    student: await signIn(f.student),
    otherStudent: await signIn(f.otherStudent),
    teacher: await signIn(f.teacher),
    otherTeacher: await signIn(f.otherTeacher),
  }
  const classPath = `/classes/${f.group.id}`
  const teacherOnly = { anonymous: 'sign-in', student: 'forbidden', otherStudent: 'forbidden', teacher: 'ok', otherTeacher: 'ok' } as const
  const ownClassOnly = { anonymous: 'sign-in', student: 'forbidden', otherStudent: 'forbidden', teacher: 'ok', otherTeacher: 'not found' } as const
  const studentOnly = { anonymous: 'sign-in', student: 'ok', otherStudent: 'ok', teacher: 'forbidden', otherTeacher: 'forbidden' } as const
  const signedIn = { anonymous: 'sign-in', student: 'ok', otherStudent: 'ok', teacher: 'ok', otherTeacher: 'ok' } as const
  const ownCsv = { anonymous: 401, student: 403, otherStudent: 403, teacher: 'ok', otherTeacher: 404 } as const

  const matrix: Record<string, Record<Role, Outcome>> = {
    '/': { anonymous: 'ok', student: 'ok', otherStudent: 'ok', teacher: 'ok', otherTeacher: 'ok' },
    '/lessons': signedIn,
    [`/lessons/${f.published.lesson.id}`]: signedIn,
    [`/lessons/${f.draftLesson.id}`]: { anonymous: 'sign-in', student: 'not found', otherStudent: 'not found', teacher: 'ok', otherTeacher: 'not found' },
    [`/quizzes/${f.quiz.id}`]: signedIn,
    [`/attempts/${f.attempt.id}`]: { anonymous: 'sign-in', student: 'ok', otherStudent: 'not found', teacher: 'not found', otherTeacher: 'not found' },
    [`/assignments/${f.assignment.id}`]: { anonymous: 'sign-in', student: 'ok', otherStudent: 'not found', teacher: 'not found', otherTeacher: 'not found' },
    '/progress': studentOnly,
    '/review': signedIn,
    '/join': studentOnly,
    '/classes': teacherOnly,
    [classPath]: ownClassOnly,
    [`${classPath}/gradebook`]: ownClassOnly,
    [`${classPath}/assignments/new`]: ownClassOnly,
    [`${classPath}/assignments/${f.assignment.id}/edit`]: ownClassOnly,
    [`${classPath}/assignments/${f.assignment.id}/results`]: ownClassOnly,
    [`${classPath}/students/${f.student.id}`]: ownClassOnly,
    '/documents': teacherOnly,
    '/documents/import': teacherOnly,
    [`/documents/${f.draft.document.id}/review`]: ownClassOnly,
    [`/documents/${f.draft.document.id}/questions`]: ownClassOnly,
    [`/api/classes/${f.group.id}/gradebook.csv`]: ownCsv,
    [`/api/classes/${f.group.id}/assignments/${f.assignment.id}/results.csv`]: ownCsv,
  }

  const actual: Record<string, Record<Role, Outcome>> = {}
  for (const role of roles) {
    await isolated(baseURL!, async (request) => {
      for (const path of Object.keys(matrix)) (actual[path] ??= {} as Record<Role, Outcome>)[role] = await outcomeOf(request, path, cookies[role])
    })
  }
  expect(actual).toEqual(matrix)
})
