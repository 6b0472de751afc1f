import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Rating } from 'ts-fsrs'
import { ratingForCredit, scheduleAfterAnswer } from './schedule'

const now = new Date('2026-03-01T09:00:00Z')
const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 86_400_000

test('credit maps to a rating', () => {
  assert.equal(ratingForCredit(1), Rating.Good)
  assert.equal(ratingForCredit(0.8), Rating.Hard)
  assert.equal(ratingForCredit(0.2), Rating.Again)
})

test('a missed question comes back within the day; a known one days later', () => {
  const missed = scheduleAfterAnswer(null, 0, now)
  assert.ok(days(now, missed.due) < 1, `missed due in ${days(now, missed.due)} days`)
  const known = scheduleAfterAnswer(null, 1, now)
  assert.ok(known.due > missed.due)
})

test('answering right again and again spaces the reviews further apart', () => {
  let memory = scheduleAfterAnswer(null, 1, now)
  const intervals: number[] = []
  for (let i = 0; i < 4; i++) {
    const answeredAt = memory.due
    memory = scheduleAfterAnswer(memory, 1, answeredAt)
    intervals.push(days(answeredAt, memory.due))
  }
  for (let i = 1; i < intervals.length; i++) assert.ok(intervals[i] > intervals[i - 1], intervals.join(', '))
  assert.equal(memory.lapses, 0)
})

test('forgetting a learned question counts a lapse and brings it back soon', () => {
  let memory = scheduleAfterAnswer(null, 1, now)
  memory = scheduleAfterAnswer(memory, 1, memory.due)
  memory = scheduleAfterAnswer(memory, 1, memory.due)
  const reviewedAt = memory.due
  const forgotten = scheduleAfterAnswer(memory, 0, reviewedAt)
  assert.equal(forgotten.lapses, 1)
  assert.ok(days(reviewedAt, forgotten.due) < 1)
})
