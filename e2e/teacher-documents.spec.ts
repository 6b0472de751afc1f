import { expect, test } from '@playwright/test'
import { randomBytes } from 'node:crypto'
import { buildDocx, buildPdf } from '../lib/import/sample-files'
import { newAccount } from './support/accounts'
import { SignUpPage } from './support/auth-pages'
import { keyedQuestionsOfAttempt } from './support/quiz-keys'
import { answerShownQuestion } from './support/quiz-player'
import { signUpNewStudent } from './support/students'
import { localInput } from './support/dates'
import { expectNoViolations } from './support/axe'

const ESSAY = [
  'The Russo-Japanese War',
  'In February 1904 Japan attacked the Russian fleet at Port Arthur. Admiral Togo Heihachiro led the Japanese navy.',
  'In January 1905 Port Arthur surrendered to the Japanese army. General Anatoly Stessel signed the surrender.',
  'In May 1905 the Japanese fleet destroyed the Russian Baltic Fleet at Tsushima.',
  'In September 1905 Russia and Japan signed the Treaty of Portsmouth. President Theodore Roosevelt mediated the peace talks.',
]
const GENERATED = 'When did Japan attack the Russian fleet at Port Arthur?'
const FIXED = 'In which month did Japan attack the Russian fleet at Port Arthur?'

test('a teacher imports a .docx, fixes a question, publishes and assigns it; a student takes it with the fixed wording', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const title = `Russo-Japanese War ${randomBytes(3).toString('hex')}`
  const signUp = new SignUpPage(page)
  await signUp.goto()
  await signUp.signUp(newAccount('Teacher'))
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()

  await page.goto('/documents')
  await expectNoViolations(page)
  await page.getByRole('link', { name: 'Import a document' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Import a document' })).toBeVisible()

  // A scanned PDF (no text layer) is refused with a reason; nothing is created.
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(buildPdf([])) })
  await page.getByRole('button', { name: 'Analyse and create draft' }).click()
  await expect(page.getByTestId('form-error')).toHaveText(/This PDF has no text layer/)
  await expectNoViolations(page)

  await page.getByLabel('Title (optional)').fill(title)
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name: 'war.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(buildDocx(ESSAY)),
  })
  await page.getByRole('button', { name: 'Analyse and create draft' }).click()
  await expect(page).toHaveURL(/\/documents\/[^/]+\/review$/)
  await expect(page.getByRole('heading', { level: 1, name: `Review: ${title}` })).toBeVisible()
  await expect(page.getByText('Draft', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Correction for “Anatoly”')).toBeVisible()
  await expectNoViolations(page)

  await page.getByRole('link', { name: /^Review the questions/ }).click()
  const card = page.getByTestId('question-card').filter({ has: page.getByRole('heading', { name: GENERATED }) })
  await card.getByText('Edit', { exact: true }).click()
  await expectNoViolations(page)
  await card.getByLabel('Question', { exact: true }).fill(FIXED)
  await card.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Saved as a new version.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: FIXED })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: GENERATED })).toHaveCount(0)
  await expect(page.getByText('Edited (version 2)')).toBeVisible()

  await page.getByRole('link', { name: 'Back to the review' }).click()
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByText('Publish this document? Students will see its lessons and quizzes.')).toBeVisible()
  await page.getByRole('button', { name: 'Yes, continue' }).click()
  await expect(page.getByText('Published: students can study it.')).toBeVisible()
  await expectNoViolations(page)

  // The teacher assigns the new document's quiz to a class; a new student joins it and takes the assignment.
  const className = `War class ${randomBytes(3).toString('hex')}`
  await page.goto('/classes')
  await page.getByLabel('Class name').fill(className)
  await page.getByRole('button', { name: 'Create class' }).click()
  const code = (await page.getByTestId('join-code').textContent())!.trim()
  const studentContext = await browser.newContext()
  const student = await studentContext.newPage()
  await signUpNewStudent(student)
  await student.goto(`/join/${code}`)
  await student.getByRole('button', { name: 'Yes, join' }).click()
  await expect(student).toHaveURL(/\/lessons\?joined=1$/)

  await page.getByRole('link', { name: 'Assign a quiz' }).click()
  await page.getByRole('radio', { name: 'The whole-document quiz' }).check()
  await page.getByLabel('Document', { exact: true }).selectOption({ label: title })
  await page.getByLabel('Due', { exact: true }).fill(localInput(new Date(Date.now() + 2 * 86_400_000)))
  await page.getByRole('button', { name: 'Assign', exact: true }).click()
  await expect(page.getByText(/^Assigned: \d+ questions\.$/)).toBeVisible()

  await student.goto('/lessons')
  const assigned = student.getByTestId('assignment-card').filter({ hasText: `Class: ${className}` })
  await assigned.getByRole('link').first().click()
  await student.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(student).toHaveURL(/\/attempts\//)
  const questions = await keyedQuestionsOfAttempt(new URL(student.url()).pathname.split('/').pop()!)
  expect(questions.map((question) => question.prompt)).toContain(FIXED)
  expect(questions.map((question) => question.prompt)).not.toContain(GENERATED)
  for (const [index, question] of questions.entries()) {
    await expect(student.getByRole('heading', { name: `Question ${index + 1} of ${questions.length}` })).toBeVisible()
    if (question.prompt === FIXED) await expect(student.getByText(FIXED)).toBeVisible()
    await answerShownQuestion(student, question, true)
    if (index < questions.length - 1) await student.getByRole('button', { name: 'Next question' }).click()
  }
  await student.getByRole('button', { name: 'Submit the quiz' }).click()
  await student.getByRole('button', { name: 'Yes, submit' }).click()
  await expect(student.getByTestId('score')).toHaveText(new RegExp(`^Score: ${questions.length} of ${questions.length} `))
  await expect(student.getByText(FIXED)).toBeVisible()
  await studentContext.close()
})
