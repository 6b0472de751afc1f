import { randomUUID } from 'node:crypto'
import { expect, request as playwrightRequest, test } from '@playwright/test'
import { createDb } from '../lib/db-client'
import { createTestUser } from '../lib/data/factories'
import { keyedQuestions } from './support/quiz-keys'
import { sessionCookie } from './support/sessions'

const db = createDb(process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db')

// The JSON routes the load scripts use: same data functions as the player's actions, so the same refusals.
test('the answer and submit routes save through the session, refuse cross-site, bad input and other students', async ({ request, baseURL }) => {
  const student = await createTestUser(db, 'STUDENT')
  const other = await createTestUser(db, 'STUDENT')
  const quiz = await db.quiz.findFirstOrThrow({ where: { scope: 'DOCUMENT', document: { published: true } } })
  const questionIds = (await db.question.findMany({ where: { documentId: quiz.documentId, enabled: true, type: 'DATE_CHOICE' }, take: 2, select: { id: true } })).map((q) => q.id)
  const attempt = await db.attempt.create({ data: { userId: student.id, quizId: quiz.id, seed: randomUUID(), questionIds } })
  const [question] = await keyedQuestions(questionIds)
  const cookie = await sessionCookie(request, student.email, student.password)
  const url = `/api/attempts/${attempt.id}`
  const post = (path: string, data: unknown, headers: Record<string, string> = { origin: baseURL!, cookie }) =>
    request.post(`${url}/${path}`, { data, headers: { 'content-type': 'application/json', ...headers } })
  const answer = { questionId: question.id, response: { choice: question.content.choices![0] } }

  const saved = await post('answers', answer)
  expect(saved.status()).toBe(200)
  expect(new Date((await saved.json()).savedAt).getTime()).toBeGreaterThan(0)
  const stored = await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: question.id } } })
  expect(stored.response).toEqual(answer.response)

  expect((await post('answers', answer, { origin: 'https://evil.example', cookie })).status()).toBe(403)
  expect((await post('answers', answer, { cookie })).status()).toBe(403)
  expect((await post('answers', { ...answer, extra: 1 })).status()).toBe(400)
  expect((await post('answers', { questionId: question.id, response: { choice: 'x'.repeat(20_000) } })).status()).toBe(413)
  const invalid = await post('answers', { questionId: question.id, response: { choice: 'not one of the choices' } })
  expect([invalid.status(), await invalid.json()]).toEqual([422, { error: 'invalid-response' }])
  const anonymous = await playwrightRequest.newContext({ baseURL })
  expect((await anonymous.post(`${url}/answers`, { data: answer, headers: { origin: baseURL! } })).status()).toBe(401)
  await anonymous.dispose()
  const otherCookie = await sessionCookie(await playwrightRequest.newContext({ baseURL }), other.email, other.password)
  expect((await post('answers', answer, { origin: baseURL!, cookie: otherCookie })).status()).toBe(404)

  expect((await post('submit', {})).status()).toBe(200)
  expect((await post('submit', {})).status()).toBe(200)
  expect(await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { status: true, score: true } })).toMatchObject({ status: 'SUBMITTED' })
  expect((await post('answers', answer)).status()).toBe(409)
})
