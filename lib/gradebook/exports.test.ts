import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createTranslator } from '../i18n'
import { en } from '../i18n/messages/en'
import { assignmentResultRows, classGradebookRows } from './exports'

const t = createTranslator(en)
const student = { name: 'Anna Ivanova', email: 'anna@example.test' }

test('class export: a row per student per assignment, blank scores where nothing counts', () => {
  const rows = classGradebookRows(
    {
      assignments: [
        { id: 'a1', dueAt: new Date('2026-03-10T12:00:00Z'), quiz: { title: 'Lesson 1' } },
        { id: 'a2', dueAt: new Date('2026-03-20T12:00:00Z'), quiz: { title: 'Lesson 2' } },
      ],
      rows: [
        {
          student,
          cells: [
            { state: 'scored', attemptId: 'x', attemptNumber: 2, submittedAt: new Date('2026-03-11T08:00:00Z'), score: 7.5, maxScore: 10, percent: 75, late: true, attemptCount: 2 },
            { state: 'in-progress', attemptCount: 1 },
          ],
        },
      ],
    },
    t,
  )
  assert.deepEqual(rows, [
    ['Student', 'Email', 'Assignment', 'Quiz', 'Due', 'Counted attempt', 'Score', 'Max', 'Percent', 'Submitted at', 'Late', 'Status'],
    ['Anna Ivanova', 'anna@example.test', 'a1', 'Lesson 1', '2026-03-10T12:00:00.000Z', 2, 7.5, 10, 75, '2026-03-11T08:00:00.000Z', 'yes', 'submitted'],
    ['Anna Ivanova', 'anna@example.test', 'a2', 'Lesson 2', '2026-03-20T12:00:00.000Z', '', '', '', '', '', '', 'in progress'],
  ])
})

test('results export: a row per question of each submitted attempt, as the student saw it, with readable answers', () => {
  const answeredAt = new Date('2026-03-09T10:00:00Z')
  const rows = assignmentResultRows(
    {
      students: [
        {
          student,
          attempts: [
            {
              number: 1,
              counted: true,
              status: 'SUBMITTED',
              questionIds: ['q2', 'q1'],
              answers: new Map([['q2', { response: { value: false }, credit: 0, answeredAt, prompt: 'Seen prompt', key: { answer: true } }]]),
            },
            { number: 2, counted: false, status: 'IN_PROGRESS', questionIds: ['q1', 'q2'], answers: new Map() },
          ],
        },
      ],
      questions: [
        { id: 'q1', type: 'MATCHING', prompt: 'Match', key: { answer: [['Korea', 'Seoul']] } },
        { id: 'q2', type: 'TRUE_FALSE', prompt: 'Current prompt', key: { answer: false } },
      ],
    },
    t,
  )
  assert.equal(rows.length, 3, 'header and two questions; the open attempt is left out')
  assert.deepEqual(rows[1], ['Anna Ivanova', 'anna@example.test', 1, 'yes', 1, 'q2', 'TRUE_FALSE', 'Seen prompt', 'False', 'True', 0, '2026-03-09T10:00:00.000Z'])
  assert.deepEqual(rows[2], ['Anna Ivanova', 'anna@example.test', 1, 'yes', 2, 'q1', 'MATCHING', 'Match', 'No answer', 'Korea → Seoul', 0, ''])
})
