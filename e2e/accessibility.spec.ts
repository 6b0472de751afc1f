import { expect, test } from '@playwright/test'
import { demoStudent, demoTeacher } from './support/accounts'
import { signIn } from './support/auth-pages'
import { expectNoViolations } from './support/axe'

for (const locale of ['English', 'Русский']) {
  test(`public pages have no WCAG 2.2 AA violations (${locale})`, async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: locale }).click()
    await expect(page.getByRole('button', { name: locale })).toHaveAttribute('aria-pressed', 'true')
    for (const path of ['/', '/sign-in', '/sign-up', '/no-such-page']) {
      await page.goto(path)
      await expectNoViolations(page)
    }
  })
}

test('student pages have no WCAG 2.2 AA violations', async ({ page }) => {
  await signIn(page, demoStudent)
  for (const path of ['/lessons', '/classes']) {
    await page.goto(path)
    await expectNoViolations(page)
  }
})

test('teacher pages have no WCAG 2.2 AA violations', async ({ page }) => {
  await signIn(page, demoTeacher)
  for (const path of ['/classes', '/documents', '/lessons']) {
    await page.goto(path)
    await expectNoViolations(page)
  }
})

test('a form with errors has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/sign-up')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByText('This field is required.').first()).toBeVisible()
  await expectNoViolations(page)
})

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})

test('on a phone the page fits the screen and the navigation stays reachable @phone', async ({ page }) => {
  await signIn(page, demoTeacher)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await page.getByRole('link', { name: 'Documents' }).click()
  await expect(page.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible()
})
