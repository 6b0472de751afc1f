// Which attempt counts for an assignment (best, first or last), so a later try never silently overwrites a better
// score unless the teacher chose "last". Pure: the gradebook, the CSV export and the student's view agree.
export type ScoringPolicy = 'BEST' | 'FIRST' | 'LAST'

export type ScoredAttempt = { id: string; submittedAt: Date | null; score: number | null; maxScore: number | null }

function percent(attempt: ScoredAttempt): number {
  return attempt.maxScore ? (attempt.score ?? 0) / attempt.maxScore : 0
}

/** The submitted attempt that counts under the policy, or null when none was submitted. Ties go to the earlier one. */
export function countedAttempt<T extends ScoredAttempt>(attempts: T[], policy: ScoringPolicy): T | null {
  const submitted = attempts
    .filter((attempt) => attempt.submittedAt !== null)
    .sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime())
  if (submitted.length === 0) return null
  if (policy === 'FIRST') return submitted[0]
  if (policy === 'LAST') return submitted[submitted.length - 1]
  return submitted.reduce((best, attempt) => (percent(attempt) > percent(best) ? attempt : best))
}
