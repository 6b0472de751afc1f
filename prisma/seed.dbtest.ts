import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { createDb } from '../lib/db-client'
import { seedAccounts, seedContent } from './seed'
import { demoClass, demoStudents, demoTeacher } from './demo'

const db = createDb()
after(() => db.$disconnect())

async function counts() {
  const [users, classes, enrollments, documents, lessons, questions, versions, quizzes] = await Promise.all([
    db.user.count({ where: { email: { in: [demoTeacher.email, ...demoStudents.map((s) => s.email)] } } }),
    db.class.count({ where: { joinCode: demoClass.joinCode } }),
    db.enrollment.count({ where: { class: { joinCode: demoClass.joinCode } } }),
    db.document.count({ where: { slug: 'russia-korea' } }),
    db.lesson.count({ where: { document: { slug: 'russia-korea' } } }),
    db.question.count({ where: { document: { slug: 'russia-korea' } } }),
    db.questionVersion.count({ where: { question: { document: { slug: 'russia-korea' } } } }),
    db.quiz.count({ where: { document: { slug: 'russia-korea' } } }),
  ])
  return { users, classes, enrollments, documents, lessons, questions, versions, quizzes }
}

test('seeding twice creates every demo row once and keeps what a user changed', async () => {
  await seedAccounts(db)
  await seedContent(db)
  const first = await counts()
  assert.equal(first.users, 3)
  assert.equal(first.classes, 1)
  assert.equal(first.enrollments, 2)
  assert.equal(first.documents, 1)
  assert.ok(first.lessons >= 3, `the essay has several lessons (${first.lessons})`)
  assert.equal(first.quizzes, first.lessons + 1, 'a quiz per lesson and one for the whole document')
  assert.equal(first.versions, first.questions)

  await db.user.update({ where: { email: demoTeacher.email }, data: { name: 'Renamed by the teacher' } })
  const lesson = await db.lesson.findFirstOrThrow({ where: { document: { slug: 'russia-korea' } }, orderBy: { position: 'asc' } })
  await db.lesson.update({ where: { id: lesson.id }, data: { title: 'Edited title' } })

  await seedAccounts(db)
  await seedContent(db)
  assert.deepEqual(await counts(), first)
  assert.equal((await db.user.findUniqueOrThrow({ where: { email: demoTeacher.email } })).name, 'Renamed by the teacher')
  assert.equal((await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).title, 'Edited title')
})
