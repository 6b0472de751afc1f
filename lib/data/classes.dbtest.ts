import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { db } from '../db'
import { createTestUser, ensureClass, ensureEnrollment, newJoinCode } from './factories'
import { listClassesForTeacher } from './classes'

after(() => db.$disconnect())

test('a teacher sees only their own classes and only current students', async () => {
  const [teacher, otherTeacher, present, removed] = await Promise.all([
    createTestUser(db, 'TEACHER'),
    createTestUser(db, 'TEACHER'),
    createTestUser(db, 'STUDENT'),
    createTestUser(db, 'STUDENT'),
  ])
  const mine = await ensureClass(db, { teacherId: teacher.id, name: 'Mine', joinCode: newJoinCode(8) })
  await ensureClass(db, { teacherId: otherTeacher.id, name: 'Theirs', joinCode: newJoinCode(8) })
  await ensureEnrollment(db, mine.id, present.id)
  const gone = await ensureEnrollment(db, mine.id, removed.id)
  await db.enrollment.update({ where: { id: gone.id }, data: { removedAt: new Date() } })

  const classes = await listClassesForTeacher(teacher.id)
  assert.deepEqual(classes.map((c) => c.name), ['Mine'])
  assert.deepEqual(classes[0].enrollments.map((e) => e.student.id), [present.id])
})

test('join codes use only unambiguous characters', () => {
  for (let i = 0; i < 200; i++) assert.match(newJoinCode(), /^[A-HJ-NP-Z2-9]{6}$/)
})
