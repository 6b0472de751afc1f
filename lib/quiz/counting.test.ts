import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countedAttempt } from './counting'

const at = (day: number) => new Date(Date.UTC(2026, 0, day))
const attempts = [
  { id: 'second', submittedAt: at(2), score: 9, maxScore: 10 },
  { id: 'first', submittedAt: at(1), score: 5, maxScore: 10 },
  { id: 'third', submittedAt: at(3), score: 7, maxScore: 10 },
  { id: 'open', submittedAt: null, score: null, maxScore: 10 },
]

test('best, first and last pick the right submitted attempt', () => {
  assert.equal(countedAttempt(attempts, 'BEST')?.id, 'second')
  assert.equal(countedAttempt(attempts, 'FIRST')?.id, 'first')
  assert.equal(countedAttempt(attempts, 'LAST')?.id, 'third')
})

test('an attempt still open never counts; no submitted attempt counts as none', () => {
  assert.equal(countedAttempt([attempts[3]], 'BEST'), null)
  assert.equal(countedAttempt([], 'LAST'), null)
})

test('a tie on the best score keeps the earlier attempt', () => {
  const tie = [
    { id: 'late', submittedAt: at(5), score: 8, maxScore: 10 },
    { id: 'early', submittedAt: at(4), score: 4, maxScore: 5 },
  ]
  assert.equal(countedAttempt(tie, 'BEST')?.id, 'early')
})
