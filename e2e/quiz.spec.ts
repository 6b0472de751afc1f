import { expect, test, type Page } from '@playwright/test'
import { createQuizOfTypes, keyedQuestions, keyedQuestionsOfAttempt } from './support/quiz-keys'
import { answerShownQuestion, shownQuestion } from './support/quiz-player'
import { openFirstEssayLesson, signUpNewStudent } from './support/students'
import { expectNoViolations } from './support/axe'

function attemptIdOf(page: Page) {
  return new URL(page.url()).pathname.split('/').pop()!
}

test('a student studies a lesson, takes its quiz across a reload, sees grounded feedback, progress and review', async ({ page }) => {
  test.setTimeout(90_000)
  await signUpNewStudent(page)
  await openFirstEssayLesson(page)
  await page.getByRole('button', { name: 'Mark as studied' }).click()
  await expect(page.getByText(/Studied on /)).toBeVisible()

  await page.getByRole('link', { name: 'Take the lesson quiz' }).click()
  await page.getByRole('button', { name: 'Start the quiz' }).click()
  await expect(page).toHaveURL(/\/attempts\//)
  const attemptId = attemptIdOf(page)
  const questions = await keyedQuestionsOfAttempt(attemptId)
  expect(questions.length).toBeGreaterThanOrEqual(3)
  await expectNoViolations(page)

  // Two wrong answers, then a reload in the middle: both are still there and the quiz resumes at question 3.
  for (const index of [0, 1]) {
    await answerShownQuestion(page, await shownQuestion(page, questions), false)
    if (index === 0) await page.getByRole('button', { name: 'Next question' }).click()
  }
  await expect(page.getByText(`Answered 2 of ${questions.length}`)).toBeVisible()
  await page.reload()
  await expect(page.getByText(`Answered 2 of ${questions.length}`)).toBeVisible()
  await expect(page.getByRole('heading', { name: `Question 3 of ${questions.length}` })).toBeVisible()

  for (let index = 2; index < questions.length; index++) {
    await answerShownQuestion(page, await shownQuestion(page, questions), true)
    if (index < questions.length - 1) await page.getByRole('button', { name: 'Next question' }).click()
  }
  await page.getByRole('button', { name: 'Submit the quiz' }).click()
  await expect(page.getByText('All questions are answered.', { exact: false })).toBeVisible()
  await page.getByRole('button', { name: 'Yes, submit' }).click()

  const right = questions.length - 2
  await expect(page.getByTestId('score')).toHaveText(new RegExp(`^Score: ${right} of ${questions.length} `))
  await expect(page.getByRole('heading', { name: /: Incorrect$/ })).toHaveCount(2)
  await expect(page.getByRole('heading', { name: /: Correct$/ })).toHaveCount(right)
  await expect(page.getByRole('heading', { name: 'Source sentence' })).toHaveCount(questions.length)
  await expect(page.locator('blockquote.source').first()).not.toBeEmpty()
  await expectNoViolations(page)

  // One submitted attempt, listed once with its score (double submits are covered by the data-layer tests).
  await page.getByRole('link', { name: 'Back to the quiz' }).click()
  await expect(page.getByRole('heading', { name: 'Your attempts' })).toBeVisible()
  await expect(page.getByRole('link', { name: new RegExp(`: ${right} of ${questions.length}$`) })).toHaveCount(1)

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Progress' }).click()
  await expect(page.getByRole('link', { name: /Review/ }).first()).toBeVisible()
  await expectNoViolations(page)

  await page.goto('/review')
  await expect(page.getByTestId('due-count')).toHaveText('2 questions due now')
  await expectNoViolations(page)
  const missed = await shownQuestion(page, questions)
  await answerReviewQuestion(page, missed)
  await expect(page.locator('.verdict')).toHaveText(/Correct$/)
  await page.getByRole('button', { name: 'Next question' }).click()
  await expect(page.getByTestId('due-count')).toHaveText('1 question due now')
})

async function answerReviewQuestion(page: Page, question: Awaited<ReturnType<typeof keyedQuestions>>[number]) {
  const key = question.key.answer
  if (question.type === 'TYPED') await page.getByLabel('Your answer').fill(key as string)
  else if (question.type === 'TRUE_FALSE') await page.getByRole('radio', { name: key ? 'True' : 'False', exact: true }).check()
  else if (question.type === 'DATE_CHOICE' || question.type === 'ACTOR_CHOICE') await page.getByRole('radio', { name: key as string, exact: true }).check()
  else throw new Error(`review of ${question.type} is not covered by this test`)
  await page.getByRole('button', { name: 'Check my answer' }).click()
}

test('a quiz with an ordering and a matching question can be completed with the keyboard alone', async ({ page }) => {
  const quiz = await createQuizOfTypes(['ORDERING', 'MATCHING'], `Keyboard quiz ${Date.now()}`)
  await signUpNewStudent(page)
  await page.goto(`/quizzes/${quiz.id}`)
  await page.getByRole('button', { name: 'Start the quiz' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/attempts\//)
  const questions = await keyedQuestionsOfAttempt(attemptIdOf(page))

  for (let index = 0; index < questions.length; index++) {
    const question = await shownQuestion(page, questions)
    if (question.type === 'ORDERING') await orderWithKeyboard(page, question.key.answer as string[])
    else await matchWithKeyboard(page, question.key.answer as [string, string][])
    await expect(page.getByTestId('save-status')).toHaveText('Answer saved.')
    if (index < questions.length - 1) {
      await page.getByRole('button', { name: 'Next question' }).focus()
      await page.keyboard.press('Enter')
    }
  }
  await page.getByRole('button', { name: 'Submit the quiz' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Submit now?' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Yes, submit' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('score')).toHaveText(/^Score: 2 of 2 \(100%\)$/)
})

// Moves items with the focused "Move up" button and Enter; focus stays on the moved item's button.
async function orderWithKeyboard(page: Page, target: string[]) {
  for (let position = 0; position < target.length; position++) {
    const order = await page.locator('.ordering-text').allTextContents()
    let index = order.indexOf(target[position])
    const moveUp = page.getByRole('button', { name: `Move “${target[position]}” up` })
    // Focusing does not wait for the player to come alive; a disabled control would swallow the key.
    if (index > position) {
      await expect(moveUp).toBeEnabled()
      await moveUp.focus()
    }
    while (index > position) {
      await page.keyboard.press('Enter')
      index--
      await expect(page.locator('.ordering-text').nth(index)).toHaveText(target[position])
    }
  }
}

// Each select is reached by focus and changed with the arrow keys, as a keyboard user does.
async function matchWithKeyboard(page: Page, pairs: [string, string][]) {
  for (const [left, partner] of pairs) {
    const select = page.getByLabel(left, { exact: true })
    await expect(select).toBeEnabled()
    await select.focus()
    // The attempt shuffles the partners: read the order the student sees (the first option is the placeholder).
    const options = (await select.locator('option').allTextContents()).slice(1)
    const current = await select.inputValue()
    const steps = options.indexOf(partner) - (current ? options.indexOf(current) : -1)
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp')
    await expect(select).toHaveValue(partner)
  }
}
