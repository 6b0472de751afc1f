// The class × assignment matrix: which attempt counts in each cell, and the averages. Pure, so the page and the
// class CSV show the same numbers.
import { countedAttempt, type ScoredAttempt, type ScoringPolicy } from '../quiz/counting'
import { percentOf } from '../quiz/score'

export type GradebookAttempt = ScoredAttempt & { userId: string; assignmentId: string; status: 'IN_PROGRESS' | 'SUBMITTED'; startedAt: Date }
export type GradebookAssignment = { id: string; dueAt: Date; scoring: ScoringPolicy }

export type NumberedAttempt<T extends GradebookAttempt> = T & { number: number; counted: boolean; late: boolean }

export type GradebookCell =
  | {
      state: 'scored'
      attemptId: string
      attemptNumber: number
      submittedAt: Date
      score: number
      maxScore: number
      percent: number
      late: boolean
      attemptCount: number
    }
  | { state: 'in-progress'; attemptCount: number }
  | { state: 'not-submitted'; attemptCount: number }

export function isLate(submittedAt: Date | null, dueAt: Date): boolean {
  return submittedAt !== null && submittedAt.getTime() > dueAt.getTime()
}

/** One student's attempts at one assignment in the order they were started, numbered from 1, the counted one marked. */
export function numberAttempts<T extends GradebookAttempt>(attempts: T[], assignment: GradebookAssignment): NumberedAttempt<T>[] {
  const counted = countedAttempt(attempts, assignment.scoring)
  return [...attempts]
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
    .map((attempt, index) => ({ ...attempt, number: index + 1, counted: attempt === counted, late: isLate(attempt.submittedAt, assignment.dueAt) }))
}

export function gradebookCell(assignment: GradebookAssignment, attempts: GradebookAttempt[]): GradebookCell {
  const counted = numberAttempts(attempts, assignment).find((attempt) => attempt.counted)
  if (counted) {
    const score = counted.score ?? 0
    const maxScore = counted.maxScore ?? 0
    return {
      state: 'scored',
      attemptId: counted.id,
      attemptNumber: counted.number,
      submittedAt: counted.submittedAt!,
      score,
      maxScore,
      percent: percentOf(score, maxScore),
      late: counted.late,
      attemptCount: attempts.length,
    }
  }
  const open = attempts.some((attempt) => attempt.status === 'IN_PROGRESS')
  return { state: open ? 'in-progress' : 'not-submitted', attemptCount: attempts.length }
}

/** Mean percent of the scored cells, or null when none is scored: work not handed in is shown, not averaged in. */
export function averagePercent(cells: GradebookCell[]): number | null {
  const scored = cells.filter((cell) => cell.state === 'scored')
  if (scored.length === 0) return null
  const total = scored.reduce((sum, cell) => sum + (cell.maxScore ? cell.score / cell.maxScore : 0), 0)
  return Math.round((total / scored.length) * 100)
}

export function buildMatrix(studentIds: string[], assignments: GradebookAssignment[], attempts: GradebookAttempt[]) {
  const byCell = new Map<string, GradebookAttempt[]>()
  for (const attempt of attempts) {
    const key = `${attempt.userId}:${attempt.assignmentId}`
    byCell.set(key, [...(byCell.get(key) ?? []), attempt])
  }
  const rows = studentIds.map((studentId) => {
    const cells = assignments.map((assignment) => gradebookCell(assignment, byCell.get(`${studentId}:${assignment.id}`) ?? []))
    return { studentId, cells, average: averagePercent(cells) }
  })
  const columnAverages = assignments.map((_, column) => averagePercent(rows.map((row) => row.cells[column])))
  return { rows, columnAverages }
}
