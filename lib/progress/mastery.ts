// Mastery of one lesson, from the student's graded answers to the lesson's questions.
//
// Only answers of submitted attempts count, so the level never reveals a grade before the quiz is handed in.
// A question counts as correct when its latest answer earned full credit.
//   new        — no question of the lesson answered yet
//   attempted  — at least one answered
//   familiar   — at least 50% of the lesson's questions correct
//   proficient — at least 80% correct
//   mastered   — proficient, and every question answered correctly on at least two different (UTC) days,
//                so one lucky sitting is not enough
import { dayOf } from './activity'

export const masteryLevels = ['new', 'attempted', 'familiar', 'proficient', 'mastered'] as const
export type MasteryLevel = (typeof masteryLevels)[number]

export const FAMILIAR_SHARE = 0.5
export const PROFICIENT_SHARE = 0.8
export const MASTERED_DAYS = 2

export type GradedAnswer = { questionId: string; credit: number; answeredAt: Date }

export type Mastery = { level: MasteryLevel; answered: number; correct: number; total: number }

export function isFullCredit(credit: number): boolean {
  return credit >= 0.999
}

export function lessonMastery(questionIds: readonly string[], answers: readonly GradedAnswer[]): Mastery {
  const total = questionIds.length
  const inLesson = new Set(questionIds)
  const latest = new Map<string, GradedAnswer>()
  const correctDays = new Map<string, Set<string>>()
  for (const answer of answers) {
    if (!inLesson.has(answer.questionId)) continue
    const previous = latest.get(answer.questionId)
    if (!previous || answer.answeredAt > previous.answeredAt) latest.set(answer.questionId, answer)
    if (isFullCredit(answer.credit)) {
      const days = correctDays.get(answer.questionId) ?? new Set<string>()
      correctDays.set(answer.questionId, days.add(dayOf(answer.answeredAt)))
    }
  }
  const answered = latest.size
  const correct = [...latest.values()].filter((answer) => isFullCredit(answer.credit)).length
  return { level: levelFor(total, answered, correct, questionIds.every((id) => (correctDays.get(id)?.size ?? 0) >= MASTERED_DAYS)), answered, correct, total }
}

function levelFor(total: number, answered: number, correct: number, everyQuestionRepeated: boolean): MasteryLevel {
  if (answered === 0 || total === 0) return 'new'
  const share = correct / total
  if (share >= PROFICIENT_SHARE) return everyQuestionRepeated ? 'mastered' : 'proficient'
  if (share >= FAMILIAR_SHARE) return 'familiar'
  return 'attempted'
}

/** 0 for new … 4 for mastered: the value of the level's meter. */
export function masteryRank(level: MasteryLevel): number {
  return masteryLevels.indexOf(level)
}
