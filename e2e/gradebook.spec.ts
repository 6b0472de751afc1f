import { expect, test, type Browser } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { createDb } from '../lib/db-client'
import { hashPassword } from '../lib/auth/password'
import { newJoinCode } from '../lib/data/factories'
import { newAccount } from './support/accounts'
import { SignUpPage, signIn } from './support/auth-pages'
import { keyedQuestionsOfAttempt } from './support/quiz-keys'
import { answerShownQuestion, shownQuestion } from './support/quiz-player'
import { expectNoViolations } from './support/axe'

const db = createDb(process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db')

/** An account made straight in the e2e database, with a password the test can sign in with. */
async function createAccount(role: 'Student' | 'Teacher') {
  const account = newAccount(role)
  const user = await db.user.create({ data: { email: account.email, name: account.name, role: role === 'Student' ? 'STUDENT' : 'TEACHER', passwordHash: await hashPassword(account.password) } })
  return { ...account, id: user.id }
}

async function signedInPage(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, account)
  return page
}

/** A class of the teacher with one enrolled student and the essay's first lesson quiz assigned, started by the student. */
async function classWithAssignment(teacherId: string, studentId: string) {
  const group = await db.class.create({ data: { name: `Класс ${randomUUID().slice(0, 6)}`, teacherId, joinCode: newJoinCode(8) } })
  await db.enrollment.create({ data: { classId: group.id, studentId } })
  const document = await db.document.findUniqueOrThrow({ where: { slug: 'russia-korea' } })
  const quiz = await db.quiz.findFirstOrThrow({ where: { documentId: document.id, scope: 'LESSON' }, orderBy: { lesson: { position: 'asc' } } })
  const day = 86_400_000
  const assignment = await db.assignment.create({
    data: { classId: group.id, quizId: quiz.id, openAt: new Date(Date.now() - day), dueAt: new Date(Date.now() + 7 * day), scoring: 'BEST' },
  })
  const questions = await db.question.findMany({ where: { lessonId: quiz.lessonId!, enabled: true }, orderBy: [{ createdAt: 'asc' }, { key: 'asc' }], select: { id: true } })
  // The assignment start flow is built elsewhere: the attempt row is what it would create.
  const attempt = await db.attempt.create({
    data: { userId: studentId, quizId: quiz.id, assignmentId: assignment.id, seed: randomUUID(), questionIds: questions.map((question) => question.id) },
  })
  return { group, quiz, assignment, attemptId: attempt.id }
}

test('a teacher sees a student’s quiz in the gradebook, its results with statistics, the answers, and downloads the CSV', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const teacher = newAccount('Teacher')
  await new SignUpPage(page).goto()
  await new SignUpPage(page).signUp(teacher)
  await expect(page).toHaveURL(/\/classes$/)
  const teacherId = (await db.user.findUniqueOrThrow({ where: { email: teacher.email } })).id
  const student = await createAccount('Student')
  const { group, quiz, assignment, attemptId } = await classWithAssignment(teacherId, student.id)

  // The student takes the quiz: the first answer wrong, the rest right.
  const studentPage = await signedInPage(browser, student)
  await studentPage.goto(`/attempts/${attemptId}`)
  const questions = await keyedQuestionsOfAttempt(attemptId)
  for (let index = 0; index < questions.length; index++) {
    await answerShownQuestion(studentPage, await shownQuestion(studentPage, questions), index > 0)
    if (index < questions.length - 1) await studentPage.getByRole('button', { name: 'Next question' }).click()
  }
  await studentPage.getByRole('button', { name: 'Submit the quiz' }).click()
  await studentPage.getByRole('button', { name: 'Yes, submit' }).click()
  const right = questions.length - 1
  const percent = Math.round((right / questions.length) * 100)
  await expect(studentPage.getByTestId('score')).toHaveText(new RegExp(`^Score: ${right} of ${questions.length} `))
  // A student may not download grades.
  expect((await studentPage.request.get(`/api/classes/${group.id}/gradebook.csv`)).status()).toBe(403)
  await studentPage.context().close()

  // The matrix: the counted score in words, linked to the student's attempts.
  await page.goto(`/classes/${group.id}/gradebook`)
  const matrix = page.getByRole('table', { name: `Scores in ${group.name}: students by assignment` })
  const row = matrix.getByRole('row', { name: new RegExp(student.name) })
  await expect(row.getByRole('rowheader')).toHaveText(student.name)
  await expect(row.getByRole('cell').first()).toContainText(`${right}/${questions.length} · ${percent}%`)
  await expectNoViolations(page)

  // On a 360 px phone the page does not scroll sideways: the table scrolls inside its own region.
  await page.setViewportSize({ width: 360, height: 740 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await expect(page.getByRole('region', { name: /Gradebook table/ })).toBeVisible()
  await page.setViewportSize({ width: 1280, height: 800 })

  // The class CSV agrees with the cell.
  const [classDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download class CSV' }).click()])
  const classCsv = fs.readFileSync((await classDownload.path())!, 'utf8')
  expect(classCsv.startsWith('\uFEFF')).toBe(true)
  const classRows = classCsv.slice(1).trimEnd().split('\r\n')
  expect(classRows[0]).toBe('Student,Email,Assignment,Quiz,Due,Counted attempt,Score,Max,Percent,Submitted at,Late,Status')
  expect(classRows).toHaveLength(2)
  expect(classRows[1]).toContain(`${student.email},${assignment.id},`)
  expect(classRows[1]).toContain(`,1,${right},${questions.length},${percent},`)

  // Per-assignment results with the statistics table.
  await matrix.getByRole('link', { name: quiz.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Results: ${quiz.title}` })).toBeVisible()
  const statistics = page.getByRole('table', { name: 'Per question, over each student’s counted attempt' })
  await expect(statistics.getByRole('row')).toHaveCount(questions.length + 1)
  await expect(page.getByRole('table', { name: /Every attempt of every student/ })).toContainText('counted: best score')
  await expectNoViolations(page)

  // A row per question for the student, consistent with the score on the page.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
  expect(download.suggestedFilename()).toMatch(/^results-.*\.csv$/)
  const rows = fs.readFileSync((await download.path())!, 'utf8').slice(1).trimEnd().split('\r\n')
  expect(rows[0]).toBe('Student,Email,Attempt,Counted,Question number,Question id,Question type,Prompt,Response,Correct answer,Credit,Answered at')
  expect(rows).toHaveLength(questions.length + 1)
  const body = rows.slice(1)
  expect(body.every((line) => line.startsWith(`${student.name},${student.email},1,yes,`))).toBe(true)
  for (const [index, question] of questions.entries()) expect(body[index]).toContain(`,${index + 1},${question.id},${question.type},`)
  // Credit is the second-to-last column; the answer time (ISO, no comma) is last.
  const credits = body.map((line) => Number(line.split(',').at(-2)))
  expect(credits.reduce((sum, credit) => sum + credit, 0)).toBe(right)

  // The student's work, answer by answer.
  await page.getByRole('link', { name: new RegExp(`^Attempt 1\\s*: ${student.name}$`) }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${student.name}: work in ${group.name}` })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Student’s answer' })).toHaveCount(questions.length)
  await expect(page.getByRole('heading', { name: /: Incorrect$/ })).toHaveCount(1)
  await expectNoViolations(page)

  // Another teacher: not found, for the pages and the CSV downloads.
  const stranger = await createAccount('Teacher')
  const strangerPage = await signedInPage(browser, stranger)
  for (const path of [`/classes/${group.id}/gradebook`, `/classes/${group.id}/assignments/${assignment.id}/results`, `/classes/${group.id}/students/${student.id}`]) {
    expect((await strangerPage.goto(path))!.status()).toBe(404)
  }
  for (const path of [`/api/classes/${group.id}/gradebook.csv`, `/api/classes/${group.id}/assignments/${assignment.id}/results.csv`]) {
    expect((await strangerPage.request.get(path)).status()).toBe(404)
  }
  expect((await page.context().request.get(`/api/classes/${group.id}/gradebook.csv`)).status()).toBe(200)
  await strangerPage.context().close()
})

test('CSV downloads need a session', async ({ request }) => {
  expect((await request.get('/api/classes/any/gradebook.csv')).status()).toBe(401)
  expect((await request.get('/api/classes/any/assignments/any/results.csv')).status()).toBe(401)
})
