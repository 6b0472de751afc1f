// Accuracy on dates versus actors: the mean credit of graded answers, split by the question's focus.
import type { GradedAnswer } from './mastery'

export type Focus = 'date' | 'actor'
export type FocusAccuracy = { answers: number; percent: number | null }

export function accuracyByFocus(answers: readonly (Pick<GradedAnswer, 'credit'> & { focus: string })[]): Record<Focus, FocusAccuracy> {
  const split = (focus: Focus): FocusAccuracy => {
    const credits = answers.filter((answer) => answer.focus === focus).map((answer) => answer.credit)
    if (credits.length === 0) return { answers: 0, percent: null }
    return { answers: credits.length, percent: Math.round((100 * credits.reduce((sum, credit) => sum + credit, 0)) / credits.length) }
  }
  return { date: split('date'), actor: split('actor') }
}
