import assert from 'node:assert/strict'
import { test } from 'node:test'
import { lessonMastery, masteryRank } from './mastery'

const questions = ['q1', 'q2', 'q3', 'q4', 'q5']
const day1 = new Date('2026-11-01T10:00:00Z')
const day1Later = new Date('2026-11-01T18:00:00Z')
const day2 = new Date('2026-11-02T09:00:00Z')
const answer = (questionId: string, credit: number, answeredAt = day1) => ({ questionId, credit, answeredAt })

test('no answers: new; answers to other lessons do not count', () => {
  assert.deepEqual(lessonMastery(questions, []), { level: 'new', answered: 0, correct: 0, total: 5 })
  assert.equal(lessonMastery(questions, [answer('other', 1)]).level, 'new')
  assert.equal(lessonMastery([], [answer('q1', 1)]).level, 'new')
})

test('levels rise with the share of questions whose latest answer is fully right', () => {
  assert.equal(lessonMastery(questions, [answer('q1', 0)]).level, 'attempted')
  assert.equal(lessonMastery(questions, [answer('q1', 1), answer('q2', 0.5)]).level, 'attempted')
  assert.equal(lessonMastery(questions, ['q1', 'q2', 'q3'].map((id) => answer(id, 1))).level, 'familiar')
  assert.deepEqual(lessonMastery(questions, ['q1', 'q2', 'q3', 'q4'].map((id) => answer(id, 1))), { level: 'proficient', answered: 4, correct: 4, total: 5 })
})

test('a later wrong answer replaces an earlier right one', () => {
  const answers = [...questions.map((id) => answer(id, 1)), answer('q1', 0, day2), answer('q2', 0, day2)]
  assert.deepEqual(lessonMastery(questions, answers), { level: 'familiar', answered: 5, correct: 3, total: 5 })
})

test('mastered needs every question right on two different days', () => {
  const sameDay = [...questions.map((id) => answer(id, 1)), ...questions.map((id) => answer(id, 1, day1Later))]
  assert.equal(lessonMastery(questions, sameDay).level, 'proficient')
  const twoDays = [...questions.map((id) => answer(id, 1)), ...questions.map((id) => answer(id, 1, day2))]
  assert.equal(lessonMastery(questions, twoDays).level, 'mastered')
  const oneMissing = twoDays.filter((a) => !(a.questionId === 'q5' && a.answeredAt === day2))
  assert.equal(lessonMastery(questions, oneMissing).level, 'proficient')
})

test('ranks order the levels for the meter', () => {
  assert.deepEqual(['new', 'attempted', 'familiar', 'proficient', 'mastered'].map((l) => masteryRank(l as never)), [0, 1, 2, 3, 4])
})
