import assert from 'node:assert/strict'
import { test } from 'node:test'
import { currentStreak, dayOf, hoursAndMinutes, timeStudied } from './activity'

const now = new Date('2026-11-10T08:00:00Z')

test('days are UTC calendar days', () => {
  assert.equal(dayOf(new Date('2026-11-09T23:59:59Z')), '2026-11-09')
  assert.equal(dayOf(new Date('2026-11-10T00:00:00+03:00')), '2026-11-09')
})

test('a streak counts consecutive days up to today', () => {
  assert.deepEqual(currentStreak(['2026-11-10', '2026-11-09', '2026-11-08', '2026-11-06'], now), { days: 3, activeToday: true })
})

test('a streak ending yesterday is still alive; one ending earlier is broken', () => {
  assert.deepEqual(currentStreak(['2026-11-09', '2026-11-08'], now), { days: 2, activeToday: false })
  assert.deepEqual(currentStreak(['2026-11-08', '2026-11-07'], now), { days: 0, activeToday: false })
  assert.deepEqual(currentStreak([], now), { days: 0, activeToday: false })
})

test('a streak crosses month and year boundaries', () => {
  assert.equal(currentStreak(['2027-01-01', '2026-12-31', '2026-12-30'], new Date('2027-01-01T12:00:00Z')).days, 3)
  assert.equal(currentStreak(['2024-03-01', '2024-02-29'], new Date('2024-03-01T12:00:00Z')).days, 2)
})

test('time studied: total and the last seven days including today', () => {
  const rows = [
    { day: '2026-11-10', seconds: 60 },
    { day: '2026-11-04', seconds: 30 },
    { day: '2026-11-03', seconds: 600 },
  ]
  assert.deepEqual(timeStudied(rows, now), { totalSeconds: 690, lastWeekSeconds: 90 })
  assert.deepEqual(timeStudied([], now), { totalSeconds: 0, lastWeekSeconds: 0 })
})

test('durations are shown in hours and minutes', () => {
  assert.deepEqual(hoursAndMinutes(59), { hours: 0, minutes: 0 })
  assert.deepEqual(hoursAndMinutes(3 * 3600 + 25 * 60 + 40), { hours: 3, minutes: 25 })
  assert.deepEqual(hoursAndMinutes(-5), { hours: 0, minutes: 0 })
})
