// Assignment rules shared by the data layer, the pages and the tests. Pure: no clock of its own, `now` is passed in.
// Decisions (docs/decisions/0006): the due date is soft — work may be started and submitted after it and is then
// marked late; a time limit runs from the start of an attempt and is not cut short by the due date.

export type FeedbackTiming = 'EACH_QUESTION' | 'AFTER_SUBMIT' | 'AFTER_DUE'
export type QuestionTypeName = 'DATE_CHOICE' | 'ACTOR_CHOICE' | 'TRUE_FALSE' | 'ORDERING' | 'MATCHING' | 'TYPED'

export const QUESTION_TYPES: readonly QuestionTypeName[] = ['DATE_CHOICE', 'ACTOR_CHOICE', 'TRUE_FALSE', 'ORDERING', 'MATCHING', 'TYPED']
export const FEEDBACK_TIMINGS: readonly FeedbackTiming[] = ['EACH_QUESTION', 'AFTER_SUBMIT', 'AFTER_DUE']

/** `attemptsAllowed` is stored as an integer; 0 means unlimited (the column predates the option and may not change). */
export const UNLIMITED_ATTEMPTS = 0
export const MAX_ATTEMPTS = 10

export function attemptsLeft(attemptsAllowed: number, attemptsUsed: number): number {
  return attemptsAllowed === UNLIMITED_ATTEMPTS ? Infinity : Math.max(0, attemptsAllowed - attemptsUsed)
}

export type StartRefusal = 'not-enrolled' | 'archived' | 'not-open' | 'no-attempts-left'

/** Why a student may not start a new attempt now, or null when they may. */
export function startRefusal(input: {
  now: Date
  openAt: Date
  enrolled: boolean
  archived: boolean
  attemptsAllowed: number
  attemptsUsed: number
}): StartRefusal | null {
  if (!input.enrolled) return 'not-enrolled'
  if (input.archived) return 'archived'
  if (input.now < input.openAt) return 'not-open'
  if (attemptsLeft(input.attemptsAllowed, input.attemptsUsed) === 0) return 'no-attempts-left'
  return null
}

export function isLate(submittedAt: Date, dueAt: Date): boolean {
  return submittedAt.getTime() > dueAt.getTime()
}

/** When an attempt must end: its start plus the time limit, or never without one. */
export function attemptDeadline(startedAt: Date, timeLimitSec: number | null): Date | null {
  return timeLimitSec ? new Date(startedAt.getTime() + timeLimitSec * 1000) : null
}

/**
 * The attempt seed: with shuffling, one per student, so every attempt and reload of that student shows the same
 * order; without, one per assignment, so the whole class sees the same choice order (questions stay in quiz order).
 */
export function assignmentSeed(assignmentId: string, userId: string, shuffle: boolean): string {
  return shuffle ? `${assignmentId}:${userId}` : assignmentId
}

/** Keys and explanations are withheld until the due date only under AFTER_DUE. */
export function keysHiddenUntil(feedback: FeedbackTiming, dueAt: Date, now: Date): Date | null {
  return feedback === 'AFTER_DUE' && now < dueAt ? dueAt : null
}

export type AssignmentStatus = 'upcoming' | 'not-started' | 'late' | 'in-progress' | 'submitted' | 'submitted-late'

/** What the student's dashboard says about one assignment; the counted attempt decides "submitted (late)". */
export function assignmentStatus(input: {
  now: Date
  openAt: Date
  dueAt: Date
  inProgress: boolean
  counted: { submittedAt: Date | null } | null
}): AssignmentStatus {
  if (input.counted?.submittedAt) return isLate(input.counted.submittedAt, input.dueAt) ? 'submitted-late' : 'submitted'
  if (input.inProgress) return 'in-progress'
  if (input.now < input.openAt) return 'upcoming'
  return input.now > input.dueAt ? 'late' : 'not-started'
}

export type CandidateQuestion = { id: string; key: string; type: QuestionTypeName; difficulty: number }
export type CustomSetFilter = { types: QuestionTypeName[]; minDifficulty: number; maxDifficulty: number }

/** Enabled questions of the chosen types within the difficulty range, easiest first, ties by key: deterministic. */
export function matchingQuestions<Q extends CandidateQuestion>(questions: Q[], filter: CustomSetFilter): Q[] {
  return questions
    .filter((q) => filter.types.includes(q.type) && q.difficulty >= filter.minDifficulty && q.difficulty <= filter.maxDifficulty)
    .sort((a, b) => a.difficulty - b.difficulty || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/**
 * The custom set: `count` questions spread evenly over the matching ones (so a set is not only the easiest), in
 * difficulty order. The same questions and filter always give the same set.
 */
export function selectCustomSet<Q extends CandidateQuestion>(questions: Q[], filter: CustomSetFilter, count: number): Q[] {
  const matching = matchingQuestions(questions, filter)
  if (count >= matching.length) return matching
  return Array.from({ length: count }, (_, index) => matching[Math.floor((index * matching.length) / count)])
}

/** "in 3 days", "2 hours ago": the largest unit that fits, for Intl.RelativeTimeFormat. */
export function relativeTime(target: Date, now: Date): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const minutes = Math.round((target.getTime() - now.getTime()) / 60_000)
  if (Math.abs(minutes) < 60) return { value: minutes, unit: 'minute' }
  const hours = Math.round(minutes / 60)
  if (Math.abs(hours) < 48) return { value: hours, unit: 'hour' }
  return { value: Math.round(hours / 24), unit: 'day' }
}

/** Seconds of a countdown at which the player speaks up (5 minutes, 1 minute), never every second. */
export const COUNTDOWN_ANNOUNCEMENTS = [300, 60] as const

export function countdownAnnouncement(previousSeconds: number, seconds: number): number | null {
  return COUNTDOWN_ANNOUNCEMENTS.find((mark) => previousSeconds > mark && seconds <= mark) ?? null
}
