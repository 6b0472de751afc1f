import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAssignmentSchema, joinClassSchema, updateAssignmentSchema } from './schemas'

const rules = { timeLimitMinutes: '', attemptsAllowed: '1', scoring: 'BEST', feedback: 'AFTER_SUBMIT', shuffle: 'on' }
const dates = { openAt: '2026-03-01T08:00:00.000Z', dueAt: '2026-03-08T20:00:00.000Z' }

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]))
}

test('the rules parse: no time limit is null, minutes, unlimited attempts, shuffle as a checkbox', () => {
  const parsed = updateAssignmentSchema.parse({ assignmentId: 'a', ...dates, ...rules })
  assert.equal(parsed.timeLimitMinutes, null)
  assert.equal(parsed.shuffle, true)
  assert.deepEqual(parsed.dueAt, new Date(dates.dueAt))
  const limited = updateAssignmentSchema.parse({ assignmentId: 'a', ...dates, ...rules, timeLimitMinutes: '20', attemptsAllowed: '0', shuffle: undefined })
  assert.equal(limited.timeLimitMinutes, 20)
  assert.equal(limited.attemptsAllowed, 0)
  assert.equal(limited.shuffle, false)
})

test('the due date must come after the opening date; limits and attempts stay in range', () => {
  const early = updateAssignmentSchema.safeParse({ assignmentId: 'a', ...rules, openAt: dates.dueAt, dueAt: dates.openAt })
  assert.deepEqual(issues(early), { dueAt: 'assignments.dueBeforeOpen' })
  assert.deepEqual(issues(updateAssignmentSchema.safeParse({ assignmentId: 'a', ...dates, ...rules, timeLimitMinutes: '0' })), { timeLimitMinutes: 'assignments.timeLimitRange' })
  assert.deepEqual(issues(updateAssignmentSchema.safeParse({ assignmentId: 'a', ...dates, ...rules, attemptsAllowed: '11' })), { attemptsAllowed: 'validation.invalidChoice' })
  assert.deepEqual(issues(updateAssignmentSchema.safeParse({ assignmentId: 'a', ...rules, openAt: '', dueAt: 'soon' })), {
    openAt: 'validation.required',
    dueAt: 'assignments.invalidDate',
  })
})

test('each quiz source asks for its own fields', () => {
  const base = { classId: 'c', ...dates, ...rules }
  assert.deepEqual(issues(createAssignmentSchema.safeParse({ ...base, source: 'LESSON' })), { lessonQuizId: 'validation.required' })
  assert.deepEqual(issues(createAssignmentSchema.safeParse({ ...base, source: 'CUSTOM', customDocumentId: 'd', types: '', count: '0' })), {
    types: 'assignments.typesRequired',
    count: 'assignments.countRange',
  })
  const custom = createAssignmentSchema.parse({ ...base, source: 'CUSTOM', customDocumentId: 'd', types: 'DATE_CHOICE,BOGUS,TYPED', count: '5', minDifficulty: '0.2', maxDifficulty: '0.8' })
  assert.deepEqual(custom.types, ['DATE_CHOICE', 'TYPED'])
  assert.equal(custom.minDifficulty, 0.2)
})

test('a join code is required', () => {
  assert.deepEqual(issues(joinClassSchema.safeParse({ code: '  ' })), { code: 'validation.required' })
})
