import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { db } from '../db'
import { createTestUser } from './factories'
import { sqlSharedTransaction } from './sql'
import { recordStudyTime } from './study-time'

after(() => db.$disconnect())

test('work sharing a transaction: each settles after the commit, and one that throws is undone alone', async () => {
  const students = await Promise.all(Array.from({ length: 5 }, () => createTestUser(db, 'STUDENT')))
  const failing = students[2]
  const outcomes = await Promise.allSettled(
    students.map((student) =>
      sqlSharedTransaction(db, async (sql) => {
        await recordStudyTime(sql, student.id, 60)
        if (student === failing) throw new Error('refused after writing')
        return student.id
      }),
    ),
  )
  assert.deepEqual(
    outcomes.map((outcome) => outcome.status),
    students.map((student) => (student === failing ? 'rejected' : 'fulfilled')),
  )
  const written = await db.studyDay.findMany({ where: { userId: { in: students.map((student) => student.id) } }, select: { userId: true, seconds: true } })
  assert.deepEqual(new Set(written.map((row) => row.userId)), new Set(students.filter((student) => student !== failing).map((student) => student.id)))
  assert.ok(written.every((row) => row.seconds === 60))
})
