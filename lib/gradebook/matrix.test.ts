import assert from 'node:assert/strict'
import { test } from 'node:test'
import { averagePercent, buildMatrix, gradebookCell, numberAttempts, type GradebookAssignment, type GradebookAttempt } from './matrix'

const due = new Date('2026-03-10T12:00:00Z')
const assignment = (scoring: GradebookAssignment['scoring'], id = 'a1'): GradebookAssignment => ({ id, dueAt: due, scoring })

function attempt(id: string, score: number | null, submitted: string | null, extra: Partial<GradebookAttempt> = {}): GradebookAttempt {
  return {
    id,
    userId: 's1',
    assignmentId: 'a1',
    status: submitted ? 'SUBMITTED' : 'IN_PROGRESS',
    startedAt: new Date(submitted ?? '2026-03-09T00:00:00Z'),
    submittedAt: submitted ? new Date(submitted) : null,
    score,
    maxScore: score === null ? null : 10,
    ...extra,
  }
}

test('a cell shows the attempt the policy counts: a later worse try does not overwrite the best one', () => {
  const attempts = [attempt('first', 9, '2026-03-01T10:00:00Z'), attempt('second', 4, '2026-03-02T10:00:00Z')]
  const best = gradebookCell(assignment('BEST'), attempts)
  assert.deepEqual(best, {
    state: 'scored',
    attemptId: 'first',
    attemptNumber: 1,
    submittedAt: new Date('2026-03-01T10:00:00Z'),
    score: 9, maxScore: 10, percent: 90, late: false, attemptCount: 2 })
  assert.deepEqual(gradebookCell(assignment('LAST'), attempts), {
    ...best,
    attemptId: 'second',
    attemptNumber: 2,
    submittedAt: new Date('2026-03-02T10:00:00Z'),
    score: 4,
    percent: 40,
  })
  assert.deepEqual(gradebookCell(assignment('FIRST'), attempts), best)
})

test('a cell is late, in progress or not submitted', () => {
  const late = gradebookCell(assignment('BEST'), [attempt('late', 5, '2026-03-11T00:00:00Z')])
  assert.equal(late.state === 'scored' && late.late, true)
  assert.deepEqual(gradebookCell(assignment('BEST'), [attempt('open', null, null)]), { state: 'in-progress', attemptCount: 1 })
  assert.deepEqual(gradebookCell(assignment('BEST'), []), { state: 'not-submitted', attemptCount: 0 })
})

test('attempts are numbered in the order they were started, the counted one and late ones marked', () => {
  const numbered = numberAttempts(
    [attempt('b', 3, '2026-03-11T00:00:00Z'), attempt('a', 7, '2026-03-01T00:00:00Z'), attempt('c', null, null, { startedAt: new Date('2026-03-12T00:00:00Z') })],
    assignment('BEST'),
  )
  assert.deepEqual(
    numbered.map(({ id, number, counted, late }) => ({ id, number, counted, late })),
    [
      { id: 'a', number: 1, counted: true, late: false },
      { id: 'b', number: 2, counted: false, late: true },
      { id: 'c', number: 3, counted: false, late: false },
    ],
  )
})

test('averages take scored cells only, from exact fractions; nothing scored gives no average', () => {
  const matrix = buildMatrix(
    ['s1', 's2'],
    [assignment('BEST', 'a1'), assignment('BEST', 'a2')],
    [
      attempt('x', 2, '2026-03-01T00:00:00Z', { maxScore: 3 }),
      attempt('y', 10, '2026-03-01T00:00:00Z', { assignmentId: 'a2' }),
      attempt('z', 5, '2026-03-01T00:00:00Z', { userId: 's2' }),
    ],
  )
  assert.equal(matrix.rows[0].average, 83) // (2/3 + 10/10) / 2
  assert.equal(matrix.rows[1].average, 50)
  assert.equal(matrix.rows[1].cells[1].state, 'not-submitted')
  assert.deepEqual(matrix.columnAverages, [58, 100]) // (2/3 + 1/2) / 2
  assert.equal(averagePercent([{ state: 'not-submitted', attemptCount: 0 }]), null)
})
