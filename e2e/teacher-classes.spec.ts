import { expect, test, type Browser } from '@playwright/test'
import { newAccount } from './support/accounts'
import { localInput } from './support/dates'
import { SignUpPage } from './support/auth-pages'
import { keyedQuestionsOfAttempt } from './support/quiz-keys'
import { answerShownQuestion, shownQuestion } from './support/quiz-player'
import { signUpNewStudent } from './support/students'
import { expectNoViolations } from './support/axe'

/** A fresh teacher in a browser context of their own, so teacher and student act side by side. */
async function signUpNewTeacher(browser: Browser) {
  const page = await (await browser.newContext()).newPage()
  const teacher = newAccount('Teacher')
  const signUp = new SignUpPage(page)
  await signUp.goto()
  await signUp.signUp(teacher)
  await expect(page).toHaveURL(/\/classes$/)
  return { page, teacher }
}

test('a teacher creates a class, a student joins with the code, does the assigned lesson quiz, and the teacher sees it', async ({ browser, page }) => {
  test.setTimeout(120_000)
  const { page: teacherPage } = await signUpNewTeacher(browser)
  const className = `History 9A ${Date.now().toString(36)}`

  // The teacher creates the class and reads its join code.
  await expectNoViolations(teacherPage)
  await teacherPage.getByLabel('Class name').fill(className)
  await teacherPage.getByRole('button', { name: 'Create class' }).click()
  await expect(teacherPage.getByRole('heading', { level: 1, name: className })).toBeVisible()
  const code = (await teacherPage.getByTestId('join-code').textContent())!.trim()
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/)
  await expect(teacherPage.getByText(`/join/${code}`)).toBeVisible()
  await expectNoViolations(teacherPage)

  // A new student: a wrong code is refused clearly, the right one (typed in lower case) asks before joining.
  const student = await signUpNewStudent(page)
  await page.getByRole('link', { name: 'Join a class' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Join a class' })).toBeVisible()
  await expectNoViolations(page)
  await page.getByLabel('Class code').fill('ZZZZZZ')
  await page.getByRole('button', { name: 'Join', exact: true }).click()
  await expect(page.getByTestId('form-error')).toHaveText(/No active class has this code/)
  await page.goto(`/join/${code.toLowerCase()}`)
  await expect(page.getByRole('heading', { level: 1, name: `Join ${className}?` })).toBeVisible()
  await expectNoViolations(page)
  await page.getByRole('button', { name: 'Yes, join' }).click()
  await expect(page).toHaveURL(/\/lessons\?joined=1$/)
  await expect(page.getByText('You joined the class.')).toBeVisible()
  await expect(page.getByText('No work is assigned to you right now.')).toBeVisible()

  // The teacher assigns the quiz of the essay's first lesson, due in three days.
  await teacherPage.reload()
  await expect(teacherPage.getByRole('table', { name: `Students of ${className}` }).getByRole('rowheader', { name: student.name })).toBeVisible()
  await teacherPage.getByRole('link', { name: 'Assign a quiz' }).click()
  await expect(teacherPage.getByRole('heading', { level: 1, name: `Assign a quiz to ${className}` })).toBeVisible()
  await expectNoViolations(teacherPage)
  const firstLesson = teacherPage.locator('optgroup[label="Russian-Korean relations"] option').first()
  const lessonTitle = (await firstLesson.textContent())!.trim()
  await teacherPage.getByLabel('Lesson', { exact: true }).selectOption((await firstLesson.getAttribute('value'))!)
  const due = new Date(Date.now() + 3 * 86_400_000)
  due.setHours(18, 0, 0, 0)
  await teacherPage.getByLabel('Due', { exact: true }).fill(localInput(due))
  await teacherPage.getByRole('button', { name: 'Assign', exact: true }).click()
  await expect(teacherPage.getByText(/^Assigned: \d+ questions\.$/)).toBeVisible()
  const assignments = teacherPage.getByRole('table', { name: `Assignments of ${className}` })
  await expect(assignments.getByRole('row', { name: new RegExp(lessonTitle) }).getByTestId('submissions')).toHaveText('0 of 1')

  // The student sees it first on their home page, with its due date and status in words.
  await page.goto('/lessons')
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Assigned work')
  const card = page.getByTestId('assignment-card').filter({ hasText: lessonTitle })
  await expect(card.getByText(`Class: ${className}`)).toBeVisible()
  await expect(card.getByText(/^Due in 3 days/)).toBeVisible()
  await expect(card.getByTestId('assignment-status')).toHaveText('Not started')
  await expectNoViolations(page)

  await card.getByRole('link', { name: `Open ${lessonTitle}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible()
  await expect(page.getByText('1 of 1')).toBeVisible()
  await expectNoViolations(page)
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(page).toHaveURL(/\/attempts\//)

  const questions = await keyedQuestionsOfAttempt(new URL(page.url()).pathname.split('/').pop()!)
  for (let index = 0; index < questions.length; index++) {
    await answerShownQuestion(page, await shownQuestion(page, questions), true)
    if (index < questions.length - 1) await page.getByRole('button', { name: 'Next question' }).click()
  }
  await page.getByRole('button', { name: 'Submit the quiz' }).click()
  await page.getByRole('button', { name: 'Yes, submit' }).click()
  await expect(page.getByTestId('score')).toHaveText(new RegExp(`^Score: ${questions.length} of ${questions.length} `))

  await page.goto('/lessons')
  await expect(page.getByTestId('assignment-card').filter({ hasText: lessonTitle }).getByTestId('assignment-status')).toHaveText(
    `Submitted: ${questions.length} of ${questions.length} (100%)`,
  )

  // The teacher sees one submission; the edit page (and its delete confirmation) passes axe too.
  await teacherPage.goto(teacherPage.url().replace(/\/assignments\/new$/, '').replace(/\?.*$/, ''))
  await expect(assignments.getByRole('row', { name: new RegExp(lessonTitle) }).getByTestId('submissions')).toHaveText('1 of 1')
  await assignments.getByRole('link', { name: `Edit ${lessonTitle}` }).click()
  await expect(teacherPage.getByRole('heading', { level: 1, name: `Edit assignment: ${lessonTitle}` })).toBeVisible()
  await teacherPage.getByRole('button', { name: 'Delete assignment' }).click()
  await expect(teacherPage.getByRole('heading', { name: 'Delete this assignment?' })).toBeFocused()
  await expect(teacherPage.getByText('1 attempt was already made.')).toBeVisible()
  await expectNoViolations(teacherPage)
  await teacherPage.getByRole('button', { name: 'Cancel' }).click()
  await expect(teacherPage.getByRole('button', { name: 'Delete assignment' })).toBeFocused()
})

test('a teacher renames and archives a class only after confirming, and removes a student; in Russian too', async ({ browser, page }) => {
  test.setTimeout(90_000)
  const { page: teacherPage } = await signUpNewTeacher(browser)
  const className = `Archive me ${Date.now().toString(36)}`
  await teacherPage.getByLabel('Class name').fill(className)
  await teacherPage.getByRole('button', { name: 'Create class' }).click()
  const code = (await teacherPage.getByTestId('join-code').textContent())!.trim()

  const student = await signUpNewStudent(page)
  await page.goto(`/join/${code}`)
  await page.getByRole('button', { name: 'Yes, join' }).click()
  await expect(page).toHaveURL(/\/lessons\?joined=1$/)

  await teacherPage.reload()
  await teacherPage.getByRole('button', { name: `Remove ${student.name}` }).click()
  await expect(teacherPage.getByRole('heading', { name: `Remove ${student.name} from the class?` })).toBeFocused()
  await teacherPage.getByRole('button', { name: 'Yes, remove' }).click()
  await expect(teacherPage.getByText('No students have joined yet.')).toBeVisible()

  await teacherPage.getByLabel('Class name').fill(`${className} (old)`)
  await teacherPage.getByRole('button', { name: 'Rename' }).click()
  await expect(teacherPage.getByRole('heading', { level: 1, name: `${className} (old)` })).toBeVisible()

  // At 360 px nothing overflows the page (wide tables scroll inside their own box).
  await teacherPage.setViewportSize({ width: 360, height: 740 })
  for (const path of ['', '/assignments/new']) {
    await teacherPage.goto(`${new URL(teacherPage.url()).pathname.replace(/\/assignments\/new$/, '')}${path}`)
    await expect(teacherPage.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await teacherPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  }
  await teacherPage.goBack()
  await teacherPage.setViewportSize({ width: 1280, height: 720 })

  await teacherPage.getByRole('button', { name: 'Archive class' }).click()
  await expect(teacherPage.getByRole('heading', { name: `Archive ${className} (old)?` })).toBeFocused()
  await teacherPage.getByRole('button', { name: 'Yes, archive' }).click()
  await expect(teacherPage.getByText(/This class is archived/)).toBeVisible()
  await expect(teacherPage.getByRole('link', { name: 'Assign a quiz' })).toHaveCount(0)

  // The old code no longer opens the class.
  await page.goto(`/join/${code}`)
  await expect(page.getByTestId('join-refused')).toBeVisible()

  await teacherPage.context().addCookies([{ name: 'letopis-locale', value: 'ru', url: new URL(teacherPage.url()).origin }])
  await teacherPage.reload()
  await expect(teacherPage.getByRole('heading', { name: 'Список учеников' })).toBeVisible()
  await expectNoViolations(teacherPage)
})

test('a timed custom set with feedback after each question: countdown, checked answers locked across a reload', async ({ browser, page }) => {
  test.setTimeout(120_000)
  const { page: teacherPage } = await signUpNewTeacher(browser)
  const className = `Custom ${Date.now().toString(36)}`
  await teacherPage.getByLabel('Class name').fill(className)
  await teacherPage.getByRole('button', { name: 'Create class' }).click()
  const code = (await teacherPage.getByTestId('join-code').textContent())!.trim()
  await signUpNewStudent(page)
  await page.goto(`/join/${code}`)
  await page.getByRole('button', { name: 'Yes, join' }).click()
  await expect(page).toHaveURL(/\/lessons\?joined=1$/)

  await teacherPage.getByRole('link', { name: 'Assign a quiz' }).click()
  await teacherPage.getByRole('radio', { name: 'A custom set of questions' }).check()
  await teacherPage.getByLabel('Document for the custom set').selectOption({ label: 'Russian-Korean relations' })
  await teacherPage.getByLabel('Number of questions').fill('3')
  await expect(teacherPage.getByTestId('matching-count')).toHaveText(/questions match these filters; the set takes 3\.$/)
  await teacherPage.getByLabel('Time limit in minutes (optional)').fill('5')
  await teacherPage.getByRole('radio', { name: /^After each question/ }).check()
  await expectNoViolations(teacherPage)
  await teacherPage.getByRole('button', { name: 'Assign', exact: true }).click()
  await expect(teacherPage.getByText('Assigned: 3 questions.')).toBeVisible()

  // Assigned work is also on top of the progress page.
  await page.goto('/progress')
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Assigned work')
  await page.getByTestId('assignment-card').getByRole('link').click()
  await expect(page.getByText('5 minutes')).toBeVisible()
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(page).toHaveURL(/\/attempts\//)
  await expect(page.getByTestId('time-left')).toHaveText(/^Time left: [45]:\d\d$/)

  const questions = await keyedQuestionsOfAttempt(new URL(page.url()).pathname.split('/').pop()!)
  expect(questions).toHaveLength(3)
  const question = await shownQuestion(page, questions)
  expect(['DATE_CHOICE', 'ACTOR_CHOICE']).toContain(question.type)
  const wrong = question.content.choices!.find((choice) => choice !== question.key.answer)!
  await page.getByRole('radio', { name: wrong, exact: true }).check()
  // Offline, checking fails with a clear message; the answer stays on screen, unchecked, for another try.
  await page.context().setOffline(true)
  await page.getByRole('button', { name: 'Check answer' }).click()
  await expect(page.getByText('Not checked: the connection failed.')).toBeVisible()
  await expect(page.getByRole('radio', { name: wrong, exact: true })).toBeChecked()
  await page.context().setOffline(false)
  await page.getByRole('button', { name: 'Check answer' }).click()
  await expect(page.locator('.verdict')).toHaveText(/Incorrect$/)
  await expect(page.getByRole('radio', { name: question.key.answer as string, exact: true })).toBeDisabled()
  await expectNoViolations(page)

  // After a reload the player resumes at the next question; the checked one still shows its feedback, locked.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible()
  await page.getByRole('button', { name: 'Question 1, answered' }).click()
  await expect(page.locator('.verdict')).toHaveText(/Incorrect$/)
  await expect(page.getByRole('radio', { name: wrong, exact: true })).toBeChecked()
  await expect(page.getByRole('radio', { name: wrong, exact: true })).toBeDisabled()
  await expect(page.getByText('Answered 1 of 3')).toBeVisible()
})
