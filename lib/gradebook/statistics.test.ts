import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { QuizResponse } from '../quiz/responses'
import { itemStatistics, mostChosenWrongAnswer, pearson, type AnswerSheet } from './statistics'

function sheet(entries: Record<string, [number, QuizResponse | null]>): AnswerSheet {
  return new Map(Object.entries(entries).map(([id, [credit, response]]) => [id, { credit, response }]))
}

test('pearson: perfect, inverse, and undefined when there is no spread or too few values', () => {
  assert.equal(pearson([0, 1, 2], [1, 3, 5]), 1)
  assert.equal(pearson([0, 1, 2], [5, 3, 1]), -1)
  assert.equal(pearson([1, 1, 1], [1, 2, 3]), null)
  assert.equal(pearson([1], [2]), null)
  assert.equal(pearson([], []), null)
})

test('percent correct counts partial credit as a fraction; discrimination is the item–rest correlation', () => {
  // Students who got q1 right did better on the rest of the quiz: positive discrimination.
  const sheets = [
    sheet({ q1: [1, { choice: 'A' }], q2: [1, { choice: 'x' }], q3: [1, { value: true }] }),
    sheet({ q1: [0.5, { order: ['a', 'b'] }], q2: [1, { choice: 'x' }], q3: [0, { value: false }] }),
    sheet({ q1: [0, { choice: 'B' }], q2: [0, { choice: 'y' }], q3: [0, { value: false }] }),
  ]
  const stats = itemStatistics('q1', 'DATE_CHOICE', sheets)
  assert.equal(stats.students, 3)
  assert.equal(stats.percentCorrect, 50)
  // rest scores 2, 1, 0 against credits 1, 0.5, 0: a perfect linear relation.
  assert.equal(stats.discrimination, 1)
})

test('too few students or everyone scoring alike gives "not enough data" for discrimination', () => {
  assert.equal(itemStatistics('q1', 'TRUE_FALSE', [sheet({ q1: [1, { value: true }], q2: [0, null] })]).discrimination, null)
  const alike = [sheet({ q1: [1, { value: true }], q2: [0, null] }), sheet({ q1: [1, { value: true }], q2: [1, { value: true }] })]
  assert.equal(itemStatistics('q1', 'TRUE_FALSE', alike).discrimination, null)
  assert.deepEqual(itemStatistics('missing', 'TRUE_FALSE', alike), { students: 0, percentCorrect: null, discrimination: null, mostChosenWrong: { kind: 'none' } })
})

test('the most chosen wrong answer per type: choice text, wrong true/false value, normalised typed text', () => {
  const choice = mostChosenWrongAnswer('ACTOR_CHOICE', [
    { credit: 0, response: { choice: 'Japan' } },
    { credit: 0, response: { choice: 'China' } },
    { credit: 0, response: { choice: 'China' } },
    { credit: 1, response: { choice: 'Korea' } },
    { credit: 1, response: { choice: 'Korea' } },
    { credit: 1, response: { choice: 'Korea' } },
  ])
  assert.deepEqual(choice, { kind: 'answer', response: { choice: 'China' }, count: 2 })
  assert.deepEqual(mostChosenWrongAnswer('TRUE_FALSE', [{ credit: 0, response: { value: false } }, { credit: 1, response: { value: true } }]), {
    kind: 'answer',
    response: { value: false },
    count: 1,
  })
  const typed = mostChosenWrongAnswer('TYPED', [
    { credit: 0, response: { text: 'Pusan' } },
    { credit: 0, response: { text: ' pusan!' } },
    { credit: 0, response: { text: 'Seoul' } },
    { credit: 0, response: null },
  ])
  assert.deepEqual(typed, { kind: 'answer', response: { text: 'pusan' }, count: 2 })
})

test('no wrong answers, and ordering or matching, are reported as such', () => {
  assert.deepEqual(mostChosenWrongAnswer('DATE_CHOICE', [{ credit: 1, response: { choice: '1884' } }, { credit: 0, response: null }]), { kind: 'none' })
  assert.deepEqual(mostChosenWrongAnswer('ORDERING', [{ credit: 0, response: { order: ['b', 'a'] } }]), { kind: 'not-applicable' })
  assert.deepEqual(mostChosenWrongAnswer('MATCHING', []), { kind: 'not-applicable' })
})
