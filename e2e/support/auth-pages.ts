import { expect, type Page } from '@playwright/test'

// Page objects for the sign-in and sign-up forms, found by the labels a person reads.
export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/sign-in')
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel('Email').fill(email)
    await this.page.getByLabel('Password').fill(password)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
  }

  formError() {
    return this.page.getByTestId('form-error')
  }
}

export class SignUpPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/sign-up')
  }

  async signUp(account: { name: string; email: string; password: string; role: 'Student' | 'Teacher' }) {
    await this.page.getByLabel('Your name').fill(account.name)
    await this.page.getByLabel('Email').fill(account.email)
    await this.page.getByLabel('Password').fill(account.password)
    await this.page.getByRole('radio', { name: account.role }).check()
    await this.page.getByRole('button', { name: 'Create account' }).click()
  }
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  const form = new SignInPage(page)
  await form.goto()
  await form.signIn(account.email, account.password)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible()
}
