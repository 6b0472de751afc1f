import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { db } from '../db'
import { createTestUser, ensureClass, ensureEnrollment, newJoinCode } from './factories'
import {
  createClass,
  findJoinableClass,
  getClassForTeacher,
  joinClass,
  listClassesForTeacher,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  setClassArchived,
} from './classes'

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

test('a teacher creates, renames, archives and restores their class; another teacher can do none of it', async () => {
  const [teacher, other] = await Promise.all([createTestUser(db, 'TEACHER'), createTestUser(db, 'TEACHER')])
  const { id } = await createClass(teacher, 'History 9A')
  const created = await getClassForTeacher(teacher, id)
  assert.equal(created?.name, 'History 9A')
  assert.match(created!.joinCode, /^[A-HJ-NP-Z2-9]{6}$/)

  assert.equal(await renameClass(other, id, 'Stolen'), false)
  assert.equal(await setClassArchived(other, id, true), false)
  assert.equal(await regenerateJoinCode(other, id), false)
  assert.equal(await getClassForTeacher(other, id), null)
  assert.equal((await getClassForTeacher(teacher, id))?.name, 'History 9A')

  assert.equal(await renameClass(teacher, id, 'History 9B'), true)
  assert.equal(await setClassArchived(teacher, id, true), true)
  assert.ok((await getClassForTeacher(teacher, id))?.archivedAt)
  assert.equal(await setClassArchived(teacher, id, false), true)
  assert.equal((await getClassForTeacher(teacher, id))?.archivedAt, null)
})

test('joining is idempotent, needs the current code of an active class, and a removed student rejoins only with it', async () => {
  const [teacher, student] = await Promise.all([createTestUser(db, 'TEACHER'), createTestUser(db, 'STUDENT')])
  const { id } = await createClass(teacher, 'Join test')
  const oldCode = (await getClassForTeacher(teacher, id))!.joinCode

  assert.equal(await joinClass(student, ` ${oldCode.toLowerCase().slice(0, 3)}-${oldCode.slice(3)} `), id)
  assert.equal(await joinClass(student, oldCode), id)
  assert.equal(await db.enrollment.count({ where: { classId: id, studentId: student.id } }), 1)

  assert.equal(await joinClass(student, 'NOPE99'), null)

  assert.equal(await removeStudent(teacher, id, student.id), true)
  assert.deepEqual((await getClassForTeacher(teacher, id))!.enrollments, [])
  await regenerateJoinCode(teacher, id)
  assert.equal(await findJoinableClass(oldCode), null)
  assert.equal(await joinClass(student, oldCode), null, 'the old code stops working')
  const newCode = (await getClassForTeacher(teacher, id))!.joinCode
  assert.equal(await joinClass(student, newCode), id)
  assert.equal((await getClassForTeacher(teacher, id))!.enrollments.length, 1)

  await setClassArchived(teacher, id, true)
  const latecomer = await createTestUser(db, 'STUDENT')
  assert.equal(await joinClass(latecomer, newCode), null, 'archived classes cannot be joined')
})

test('only the class teacher removes a student, and the removed student keeps their attempts', async () => {
  const [teacher, other, student] = await Promise.all([createTestUser(db, 'TEACHER'), createTestUser(db, 'TEACHER'), createTestUser(db, 'STUDENT')])
  const { id } = await createClass(teacher, 'Roster test')
  await joinClass(student, (await getClassForTeacher(teacher, id))!.joinCode)
  assert.equal(await removeStudent(other, id, student.id), false)
  assert.equal((await getClassForTeacher(teacher, id))!.enrollments.length, 1)
  assert.equal(await removeStudent(teacher, id, student.id), true)
  assert.equal(await removeStudent(teacher, id, student.id), false, 'removing twice changes nothing')
  const row = await db.enrollment.findFirstOrThrow({ where: { classId: id, studentId: student.id } })
  assert.ok(row.removedAt)
})
