import assert from 'node:assert/strict'
import { test } from 'node:test'
import { accuracyByFocus } from './accuracy'

test('accuracy is the mean credit per focus, partial credit included', () => {
  const answers = [
    { focus: 'date', credit: 1 },
    { focus: 'date', credit: 0 },
    { focus: 'date', credit: 0.5 },
    { focus: 'actor', credit: 1 },
  ]
  assert.deepEqual(accuracyByFocus(answers), { date: { answers: 3, percent: 50 }, actor: { answers: 1, percent: 100 } })
})

test('a focus without answers has no percentage rather than 0%', () => {
  assert.deepEqual(accuracyByFocus([{ focus: 'actor', credit: 0 }]), { date: { answers: 0, percent: null }, actor: { answers: 1, percent: 0 } })
})
