import assert from 'node:assert/strict'
import { test } from 'node:test'
import { gradeResponse, isCorrect, matchingCredit, orderingCredit } from './grading'
import { parseResponse } from './responses'
import { seededShuffle } from './shuffle'

const events = ['1876', '1882', '1910', '1945', '1990']

test('ordering: exact order earns full credit, reversed none, one swapped neighbour most', () => {
  assert.equal(orderingCredit(events, events), 1)
  assert.equal(orderingCredit([...events].reverse(), events), 0)
  assert.equal(orderingCredit(['1882', '1876', '1910', '1945', '1990'], events), 0.8)
  const partial = orderingCredit(['1910', '1876', '1882', '1990', '1945'], events)
  assert.ok(partial > 0 && partial < 0.8, String(partial))
})

test('matching: the share of correct pairs', () => {
  const key: [string, string][] = [['Gorchakov', 'wrote about Japan'], ['Soviet Army', 'helped Korea'], ['Japan', 'signed 1876']]
  assert.equal(matchingCredit(key, key), 1)
  assert.equal(matchingCredit([['Gorchakov', 'wrote about Japan'], ['Soviet Army', 'signed 1876'], ['Japan', 'helped Korea']], key), 1 / 3)
  assert.equal(matchingCredit([], key), 0)
})

test('choice, true/false and typed answers are right or wrong; typed tolerates small misspellings', () => {
  assert.equal(gradeResponse('DATE_CHOICE', { answer: '1876' }, { choice: '1876' }), 1)
  assert.equal(gradeResponse('ACTOR_CHOICE', { answer: 'Japan' }, { choice: 'Russia' }), 0)
  assert.equal(gradeResponse('TRUE_FALSE', { answer: false }, { value: false }), 1)
  assert.equal(gradeResponse('TRUE_FALSE', { answer: false }, { value: true }), 0)
  const key = { answer: 'Gleb Ivashentsov', acceptedAnswers: ['Ivashentsov'] }
  assert.equal(gradeResponse('TYPED', key, { text: 'gleb ivashentsov' }), 1)
  assert.equal(gradeResponse('TYPED', key, { text: 'Ivashentsof' }), 1)
  assert.equal(gradeResponse('TYPED', key, { text: 'Kulik' }), 0)
  assert.equal(isCorrect(1), true)
  assert.equal(isCorrect(0.8), false)
  assert.equal(isCorrect(null), false)
})

test('a response must use what was presented', () => {
  const choices = { choices: ['1876', '1882', '1910', '1945'] }
  assert.deepEqual(parseResponse('DATE_CHOICE', choices, { choice: '1882' }), { choice: '1882' })
  assert.equal(parseResponse('DATE_CHOICE', choices, { choice: '2000' }), null)
  assert.equal(parseResponse('DATE_CHOICE', choices, { choice: '1882', extra: 1 }), null)
  assert.equal(parseResponse('TRUE_FALSE', {}, { value: 'yes' }), null)
  const items = { items: ['a', 'b', 'c'] }
  assert.ok(parseResponse('ORDERING', items, { order: ['c', 'a', 'b'] }))
  assert.equal(parseResponse('ORDERING', items, { order: ['a', 'a', 'b'] }), null)
  assert.equal(parseResponse('ORDERING', items, { order: ['a', 'b'] }), null)
  const columns = { left: ['x', 'y'], right: ['1', '2'] }
  assert.ok(parseResponse('MATCHING', columns, { pairs: [['x', '2'], ['y', '1']] }))
  assert.equal(parseResponse('MATCHING', columns, { pairs: [['x', '3']] }), null)
  assert.equal(parseResponse('MATCHING', columns, { pairs: [['x', '1'], ['x', '2']] }), null)
  assert.equal(parseResponse('TYPED', {}, { text: '   ' }), null)
})

test('shuffles are stable for a seed and differ between seeds', () => {
  const items = Array.from({ length: 10 }, (_, i) => i)
  assert.deepEqual(seededShuffle(items, 'attempt-1'), seededShuffle(items, 'attempt-1'))
  assert.notDeepEqual(seededShuffle(items, 'attempt-1'), seededShuffle(items, 'attempt-2'))
  assert.deepEqual([...seededShuffle(items, 'x')].sort((a, b) => a - b), items)
})
