import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formValuesOf, questionFormSchema } from './question-form'

const base = { questionId: 'q1', prompt: 'When did the war begin?', explanation: 'Because.', source: 'The war began in 1904.' }

test('a choice question keeps its choices and the marked answer; duplicates and a missing answer are refused', () => {
  const parsed = questionFormSchema.parse({ ...base, type: 'DATE_CHOICE', choice0: '1904', choice1: '1905', choice2: '1906', choice3: '1907', answer: '0' })
  assert.deepEqual(parsed.payload.content, { choices: ['1904', '1905', '1906', '1907'] })
  assert.deepEqual(parsed.payload.answerKey, { answer: '1904' })
  const duplicate = questionFormSchema.safeParse({ ...base, type: 'DATE_CHOICE', choice0: '1904', choice1: '1904 ', choice2: '1906', answer: '5' })
  assert.equal(duplicate.success, false)
  const messages = duplicate.error!.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`)
  assert.deepEqual(messages, ['choice1:questions.form.duplicate', 'answer:questions.form.pickAnswer'])
})

test('ordering stores the chronological key and a presented order that is not the key', () => {
  const parsed = questionFormSchema.parse({ ...base, type: 'ORDERING', item0: 'a', item1: 'b', item2: 'c' })
  assert.deepEqual(parsed.payload.answerKey, { answer: ['a', 'b', 'c'] })
  assert.notDeepEqual(parsed.payload.content, { items: ['a', 'b', 'c'] })
})

test('matching needs complete pairs; typed answers keep their accepted variants', () => {
  assert.equal(questionFormSchema.safeParse({ ...base, type: 'MATCHING', left0: 'a', right0: '1', left1: 'b' }).success, false)
  const typed = questionFormSchema.parse({ ...base, type: 'TYPED', answer: 'Togo', accepted: 'Admiral Togo\n\nTogo Heihachiro' })
  assert.deepEqual(typed.payload.answerKey, { answer: 'Togo', acceptedAnswers: ['Admiral Togo', 'Togo Heihachiro'] })
})

test('the form shows a stored version as the fields it came from', () => {
  for (const input of [
    { type: 'ACTOR_CHOICE', choice0: 'Togo', choice1: 'Nicholas II', choice2: 'Witte', answer: '2' },
    { type: 'TRUE_FALSE', answer: 'false' },
    { type: 'MATCHING', left0: 'a', right0: '1', left1: 'b', right1: '2' },
    { type: 'TYPED', answer: 'Togo', accepted: 'Admiral Togo' },
  ]) {
    const parsed = questionFormSchema.parse({ ...base, ...input })
    const values = formValuesOf(parsed.type, parsed.payload)
    assert.deepEqual(questionFormSchema.parse({ ...values, questionId: 'q1', type: parsed.type }).payload, parsed.payload)
  }
})
