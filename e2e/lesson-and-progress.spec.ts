import { expect, test } from '@playwright/test'
import { demoTeacher } from './support/accounts'
import { signIn, signOut } from './support/auth-pages'
import { openFirstEssayLesson, signUpNewStudent } from './support/students'
import { expectNoViolations } from './support/axe'

test('the library links each lesson and offers a whole-document quiz', async ({ page }) => {
  await signUpNewStudent(page)
  const essay = page.getByRole('region', { name: 'Russian-Korean relations' })
  await expect(essay.getByRole('listitem').getByRole('link')).not.toHaveCount(0)
  await expect(essay.getByRole('link', { name: /^Whole-document quiz/ })).toHaveAttribute('href', /^\/quizzes\//)
})

test('a student reads a lesson: original wording with corrections, timeline by keyboard, actor cards', async ({ page }) => {
  await signUpNewStudent(page)
  await openFirstEssayLesson(page)
  await expect(page.getByText(/^Source:/)).toContainText('torkunov.mgimo.ru')
  const text = page.getByRole('region', { name: 'Lesson text' })
  await expect(text).toContainText('opened an embassy in Seoul')
  await expect(page.getByRole('link', { name: 'Take the lesson quiz' })).toHaveAttribute('href', /^\/quizzes\//)

  const toggle = page.getByRole('button', { name: 'Show original wording' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(text.getByRole('deletion').filter({ hasText: 'opened embassy in Seul' })).toBeVisible()
  await expect(text.getByRole('insertion').filter({ hasText: 'opened an embassy in Seoul' })).toBeVisible()
  await expect(text.getByRole('deletion').filter({ hasText: 'Seul' }).first()).toContainText('originally')

  const timeline = page.getByRole('region', { name: 'Timeline' })
  const entry = timeline.locator('summary', { hasText: /^2002$/ })
  await entry.focus()
  await page.keyboard.press('Enter')
  await expect(timeline.getByText('In 2002 Russian Federation opened an embassy in Seoul.')).toBeVisible()
  // "Show in text" brings back the corrected text and moves to the sentence.
  await timeline.getByRole('link', { name: 'Show in text' }).first().click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(page).toHaveURL(/#sentence-\d+$/)

  const actors = page.getByRole('region', { name: 'People, states and places' })
  const russia = actors.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Russia', exact: true }) })
  await expect(russia.getByText('State', { exact: true })).toBeVisible()
  await expect(russia).toContainText('Russian Federation')
  await expect(actors.getByRole('heading', { name: 'Gleb Ivashentsov' })).toBeVisible()
})

test('marking a lesson as studied persists and shows on the progress dashboard', async ({ page }) => {
  await signUpNewStudent(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Progress' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your progress starts with a first lesson' })).toBeVisible()
  await expect(page.getByText('Submit a quiz to see your scores here.')).toBeVisible()
  await page.getByRole('link', { name: 'Choose a lesson' }).click()

  const title = await openFirstEssayLesson(page)
  await page.getByRole('button', { name: 'Mark as studied' }).click()
  await expect(page.getByText(/Studied on /)).toBeVisible()
  await page.reload()
  await expect(page.getByText(/Studied on /)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Mark as studied' })).toHaveCount(0)

  await page.goto('/progress')
  await expect(page.getByRole('heading', { name: 'Your progress starts with a first lesson' })).toHaveCount(0)
  const mastery = page.getByRole('region', { name: 'Mastery by lesson' })
  await expect(mastery.getByRole('meter', { name: `Mastery of “${title}”` })).toBeVisible()
  await expect(mastery.getByRole('listitem').filter({ hasText: title })).toContainText('Not practised yet')
  await expect(mastery.getByRole('link', { name: title })).toBeVisible()
})

test('an unknown lesson is not found, and teachers have no progress dashboard', async ({ page }) => {
  await signUpNewStudent(page)
  const response = await page.goto('/lessons/no-such-lesson')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await signOut(page)

  await signIn(page, demoTeacher)
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Progress' })).toHaveCount(0)
  await page.goto('/progress')
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible()
})

for (const language of ['English', 'Русский']) {
  test(`the lesson page and the dashboard have no WCAG 2.2 AA violations (${language})`, async ({ page }) => {
    await signUpNewStudent(page)
    await openFirstEssayLesson(page)
    await page.getByRole('button', { name: language }).click()
    await expect(page.getByRole('button', { name: language })).toHaveAttribute('aria-pressed', 'true')
    await expectNoViolations(page)
    await page.getByRole('button', { name: language === 'English' ? 'Show original wording' : 'Показать исходный текст' }).click()
    await page.locator('.timeline summary').first().click()
    await expectNoViolations(page)
    await page.goto('/progress')
    await expectNoViolations(page)
  })
}

test('on a phone the lesson and the dashboard fit the screen @phone', async ({ page }) => {
  await signUpNewStudent(page)
  await openFirstEssayLesson(page)
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(await overflow()).toBeLessThanOrEqual(0)
  await page.getByRole('button', { name: 'Show original wording' }).click()
  expect(await overflow()).toBeLessThanOrEqual(0)
  await page.goto('/progress')
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()
  expect(await overflow()).toBeLessThanOrEqual(0)
})
