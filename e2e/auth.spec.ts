import { expect, test } from '@playwright/test'
import { demoClass, demoStudent, demoTeacher, newAccount } from './support/accounts'
import { signIn, SignInPage, signOut, SignUpPage } from './support/auth-pages'

test('a new student signs up, lands on lessons, signs out and back in', async ({ page }) => {
  const student = newAccount('Student')
  const signUp = new SignUpPage(page)
  await signUp.goto()
  await signUp.signUp(student)
  await expect(page).toHaveURL(/\/lessons$/)
  await expect(page.getByText(`Signed in as ${student.name} (student)`)).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Classes' })).toHaveCount(0)

  await signOut(page)
  await expect(page.getByText('You have been signed out.')).toBeVisible()
  await signIn(page, student)
  await expect(page).toHaveURL(/\/lessons$/)
})

test('a new teacher signs up and starts on their classes', async ({ page }) => {
  const teacher = newAccount('Teacher')
  const signUp = new SignUpPage(page)
  await signUp.goto()
  await signUp.signUp(teacher)
  await expect(page).toHaveURL(/\/classes$/)
  await expect(page.getByText('You have no classes yet.')).toBeVisible()
})

test('sign-up explains what is wrong and keeps what was typed', async ({ page }) => {
  const signUp = new SignUpPage(page)
  await signUp.goto()
  await signUp.signUp({ ...newAccount('Student'), email: 'not-an-email', password: 'short' })
  await expect(page.getByText('Enter a valid email address.')).toBeVisible()
  await expect(page.getByText('The password must have at least 8 characters.')).toBeVisible()
  await expect(page.getByLabel('Email')).toHaveValue('not-an-email')
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')

  await signUp.signUp({ ...newAccount('Student'), email: demoTeacher.email })
  await expect(page.getByTestId('form-error')).toHaveText('An account with this email already exists. Sign in instead.')
})

test('the demo teacher signs in and sees the demo class with its two students', async ({ page }) => {
  await signIn(page, demoTeacher)
  await expect(page).toHaveURL(/\/classes$/)
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: demoClass.name }) })
  await expect(card.getByText(`Join code: ${demoClass.joinCode}`)).toBeVisible()
  await expect(card.getByRole('listitem')).toHaveCount(2)
  await page.getByRole('link', { name: 'Documents' }).click()
  await expect(page.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible()
})

test('the demo student signs in and sees the lessons of the essay', async ({ page }) => {
  await signIn(page, demoStudent)
  await expect(page).toHaveURL(/\/lessons$/)
  await expect(page.getByRole('heading', { name: 'Russian-Korean relations' })).toBeVisible()
  await expect(page.getByText(/^Source: torkunov\.mgimo\.ru/)).toBeVisible()
})

test('a wrong password gets a clear message, and repeated failures are slowed down', async ({ page }) => {
  const student = newAccount('Student')
  const signUp = new SignUpPage(page)
  await signUp.goto()
  await signUp.signUp(student)
  await signOut(page)

  const form = new SignInPage(page)
  for (let attempt = 1; attempt <= 5; attempt++) {
    await form.signIn(student.email, 'wrong password')
    await expect(form.formError()).toHaveText('The email or password is not correct.')
    // The refused form is reset: the password is cleared, the email kept.
    await expect(page.getByLabel('Password')).toHaveValue('')
    await expect(page.getByLabel('Email')).toHaveValue(student.email)
  }
  await form.signIn(student.email, student.password)
  await expect(form.formError()).toHaveText(/^Too many failed attempts\. Try again in \d+ seconds\.$/)
})

test('anonymous visitors are sent to sign in and come back where they were going', async ({ page }) => {
  for (const path of ['/lessons', '/classes', '/documents']) {
    await page.goto(path)
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/)
    await expect(page.getByText('Please sign in to continue.')).toBeVisible()
  }
  await page.goto('/documents')
  await new SignInPage(page).signIn(demoTeacher.email, demoTeacher.password)
  await expect(page).toHaveURL(/\/documents$/)
})

test('a student is refused on every teacher page', async ({ page }) => {
  await signIn(page, demoStudent)
  for (const path of ['/classes', '/documents']) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(403)
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible()
    await expect(page.getByText(demoClass.joinCode)).toHaveCount(0)
  }
})

test('the interface switches to Russian and stays Russian', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Русский' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Изучайте историю по самому тексту')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await page.reload()
  await expect(page.getByRole('link', { name: 'Войти' })).toBeVisible()
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn history from the text itself')
})
