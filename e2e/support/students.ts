import { expect, type Page } from '@playwright/test'
import { newAccount } from './accounts'
import { SignUpPage } from './auth-pages'

/** Signs up a fresh student through the form, so each test starts with no progress of its own. */
export async function signUpNewStudent(page: Page) {
  const student = newAccount('Student')
  const signUp = new SignUpPage(page)
  await signUp.goto()
  await signUp.signUp(student)
  await expect(page).toHaveURL(/\/lessons$/)
  return student
}

/** Opens the first lesson of the essay from the library and returns its title. */
export async function openFirstEssayLesson(page: Page) {
  await page.goto('/lessons')
  const essay = page.getByRole('region', { name: 'Russian-Korean relations' })
  const link = essay.getByRole('listitem').first().getByRole('link')
  const title = (await link.textContent())!.trim()
  await link.click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  return title
}
