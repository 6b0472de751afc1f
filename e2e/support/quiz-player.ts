import { expect, type Page } from '@playwright/test'
import type { KeyedQuestion } from './quiz-keys'

/** Answers the question on screen through the controls a person uses: right (the key) or wrong (anything else). */
export async function answerShownQuestion(page: Page, question: KeyedQuestion, right: boolean) {
  const key = question.key.answer
  switch (question.type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE': {
      const choice = right ? (key as string) : question.content.choices!.find((c) => c !== key)!
      await page.getByRole('radio', { name: choice, exact: true }).check()
      break
    }
    case 'TRUE_FALSE':
      await page.getByRole('radio', { name: (right ? key : !key) ? 'True' : 'False', exact: true }).check()
      break
    case 'TYPED':
      await page.getByLabel('Your answer').fill(right ? (key as string) : 'qqqq')
      await page.getByLabel('Your answer').press('Enter')
      break
    case 'MATCHING':
      for (const [left, partner] of key as [string, string][]) {
        const wrongPartner = question.content.right!.find((r) => r !== partner)!
        await page.getByLabel(left, { exact: true }).selectOption(right ? partner : wrongPartner)
      }
      break
    case 'ORDERING':
      await arrangeOrder(page, right ? (key as string[]) : [...(key as string[])].reverse())
      break
  }
  await expect(page.getByTestId('save-status')).toHaveText('Answer saved.')
}

async function shownOrder(page: Page) {
  return page.locator('.ordering-text').allTextContents()
}

// Selection sort with the Move up buttons: for each position, lift the item that belongs there.
async function arrangeOrder(page: Page, target: string[]) {
  for (let position = 0; position < target.length; position++) {
    let index = (await shownOrder(page)).indexOf(target[position])
    while (index > position) {
      await page.getByRole('button', { name: `Move “${target[position]}” up` }).click()
      index--
      await expect.poll(() => shownOrder(page).then((order) => order.indexOf(target[position]))).toBe(index)
    }
  }
}

/** The question currently shown, matched by its prompt. */
export async function shownQuestion(page: Page, questions: KeyedQuestion[]) {
  const prompt = (await page.locator('.question-prompt').first().textContent())!.trim()
  const question = questions.find((q) => q.prompt === prompt)
  expect(question, `a keyed question with the prompt "${prompt}"`).toBeTruthy()
  return question!
}
