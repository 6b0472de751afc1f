import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  assignmentSeed,
  assignmentStatus,
  attemptDeadline,
  attemptsLeft,
  countdownAnnouncement,
  isLate,
  keysHiddenUntil,
  relativeTime,
  selectCustomSet,
  startRefusal,
  type CandidateQuestion,
} from './rules'

const at = (iso: string) => new Date(iso)
const open = at('2026-03-01T08:00:00Z')
const due = at('2026-03-08T20:00:00Z')

test('attempts left: a limit counts down to zero, 0 means unlimited', () => {
  assert.equal(attemptsLeft(3, 1), 2)
  assert.equal(attemptsLeft(1, 1), 0)
  assert.equal(attemptsLeft(1, 5), 0)
  assert.equal(attemptsLeft(0, 50), Infinity)
})

test('a student may start only when enrolled, the class is active, the assignment open and attempts remain', () => {
  const base = { now: at('2026-03-02T00:00:00Z'), openAt: open, enrolled: true, archived: false, attemptsAllowed: 2, attemptsUsed: 0 }
  assert.equal(startRefusal(base), null)
  assert.equal(startRefusal({ ...base, enrolled: false }), 'not-enrolled')
  assert.equal(startRefusal({ ...base, archived: true }), 'archived')
  assert.equal(startRefusal({ ...base, now: at('2026-03-01T07:59:00Z') }), 'not-open')
  assert.equal(startRefusal({ ...base, attemptsUsed: 2 }), 'no-attempts-left')
  // The due date is soft: starting after it is allowed, and the work is marked late.
  assert.equal(startRefusal({ ...base, now: at('2026-04-01T00:00:00Z') }), null)
})

test('late means submitted after the due date, to the millisecond', () => {
  assert.equal(isLate(due, due), false)
  assert.equal(isLate(new Date(due.getTime() + 1), due), true)
})

test('the deadline is the start plus the time limit, none without a limit', () => {
  assert.deepEqual(attemptDeadline(open, 600), at('2026-03-01T08:10:00Z'))
  assert.equal(attemptDeadline(open, null), null)
})

test('seeds are stable per student with shuffling and shared by the class without', () => {
  assert.equal(assignmentSeed('a1', 'u1', true), assignmentSeed('a1', 'u1', true))
  assert.notEqual(assignmentSeed('a1', 'u1', true), assignmentSeed('a1', 'u2', true))
  assert.equal(assignmentSeed('a1', 'u1', false), assignmentSeed('a1', 'u2', false))
})

test('keys are hidden until the due date only under AFTER_DUE', () => {
  const before = at('2026-03-05T00:00:00Z')
  assert.deepEqual(keysHiddenUntil('AFTER_DUE', due, before), due)
  assert.equal(keysHiddenUntil('AFTER_DUE', due, at('2026-03-09T00:00:00Z')), null)
  assert.equal(keysHiddenUntil('AFTER_SUBMIT', due, before), null)
  assert.equal(keysHiddenUntil('EACH_QUESTION', due, before), null)
})

test('the dashboard status: upcoming, not started, late, in progress, submitted (late)', () => {
  const status = (now: string, inProgress = false, submittedAt: string | null = null) =>
    assignmentStatus({ now: at(now), openAt: open, dueAt: due, inProgress, counted: submittedAt ? { submittedAt: at(submittedAt) } : null })
  assert.equal(status('2026-02-28T00:00:00Z'), 'upcoming')
  assert.equal(status('2026-03-02T00:00:00Z'), 'not-started')
  assert.equal(status('2026-03-09T00:00:00Z'), 'late')
  assert.equal(status('2026-03-09T00:00:00Z', true), 'in-progress')
  assert.equal(status('2026-03-09T00:00:00Z', false, '2026-03-03T00:00:00Z'), 'submitted')
  assert.equal(status('2026-03-10T00:00:00Z', false, '2026-03-09T00:00:00Z'), 'submitted-late')
})

test('a custom set takes matching questions spread over the difficulty range, deterministically', () => {
  const questions: CandidateQuestion[] = [
    { id: 'a', key: 'k-a', type: 'DATE_CHOICE', difficulty: 0.9 },
    { id: 'b', key: 'k-b', type: 'DATE_CHOICE', difficulty: 0.1 },
    { id: 'c', key: 'k-c', type: 'ACTOR_CHOICE', difficulty: 0.5 },
    { id: 'd', key: 'k-d', type: 'TYPED', difficulty: 0.5 },
    { id: 'e', key: 'k-e', type: 'DATE_CHOICE', difficulty: 0.5 },
    { id: 'f', key: 'k-f', type: 'DATE_CHOICE', difficulty: 0.3 },
  ]
  const filter = { types: ['DATE_CHOICE', 'ACTOR_CHOICE'] as const, minDifficulty: 0.2, maxDifficulty: 1 }
  const all = selectCustomSet(questions, { ...filter, types: [...filter.types] }, 10)
  assert.deepEqual(all.map((q) => q.id), ['f', 'c', 'e', 'a'])
  const two = selectCustomSet(questions, { ...filter, types: [...filter.types] }, 2)
  assert.deepEqual(two.map((q) => q.id), ['f', 'e'])
  assert.deepEqual(selectCustomSet([...questions].reverse(), { ...filter, types: [...filter.types] }, 2), two)
})

test('relative time picks minutes, hours or days', () => {
  const now = at('2026-03-01T12:00:00Z')
  assert.deepEqual(relativeTime(at('2026-03-01T12:30:00Z'), now), { value: 30, unit: 'minute' })
  assert.deepEqual(relativeTime(at('2026-03-01T09:00:00Z'), now), { value: -3, unit: 'hour' })
  assert.deepEqual(relativeTime(at('2026-03-05T12:00:00Z'), now), { value: 4, unit: 'day' })
})

test('the countdown speaks at 5 minutes and 1 minute only', () => {
  assert.equal(countdownAnnouncement(301, 300), 300)
  assert.equal(countdownAnnouncement(300, 299), null)
  assert.equal(countdownAnnouncement(61, 59), 60)
  assert.equal(countdownAnnouncement(1000, 999), null)
})
