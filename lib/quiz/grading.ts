// Server-side grading: a credit between 0 and 1 per question. Pure, so the same rules run in tests and in review.
import { gradeTyped } from '../engine/grade'
import type { TypedQuestion } from '../engine/types'
import type { AnswerKey, ChoiceResponse, MatchingResponse, OrderingResponse, QuestionType, QuizResponse, TrueFalseResponse, TypedResponse } from './responses'

/**
 * Partial credit for an ordering: Kendall's tau between the given and the true order, floored at 0.
 * Every pair of events in the right relative order counts; a random order earns about nothing, a
 * fully reversed one nothing, and one swapped neighbour in five items still earns 0.8.
 */
export function orderingCredit(given: string[], correct: string[]): number {
  const position = new Map(correct.map((item, index) => [item, index]))
  let concordant = 0
  let discordant = 0
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      if (position.get(given[i])! < position.get(given[j])!) concordant++
      else discordant++
    }
  }
  const pairs = concordant + discordant
  return pairs === 0 ? 0 : Math.max(0, (concordant - discordant) / pairs)
}

/** Partial credit for matching: the share of left items matched to their right partner. */
export function matchingCredit(given: [string, string][], correct: [string, string][]): number {
  const partner = new Map(correct)
  const right = given.filter(([left, chosen]) => partner.get(left) === chosen).length
  return correct.length === 0 ? 0 : right / correct.length
}

export function gradeResponse(type: QuestionType, key: AnswerKey, response: QuizResponse): number {
  switch (type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE':
      return (response as ChoiceResponse).choice === key.answer ? 1 : 0
    case 'TRUE_FALSE':
      return (response as TrueFalseResponse).value === key.answer ? 1 : 0
    case 'ORDERING':
      return orderingCredit((response as OrderingResponse).order, key.answer as string[])
    case 'MATCHING':
      return matchingCredit((response as MatchingResponse).pairs, key.answer as [string, string][])
    case 'TYPED': {
      const { answer, acceptedAnswers } = key as { answer: string; acceptedAnswers: string[] }
      // The engine's tolerant matcher only reads the type and the accepted spellings.
      const question = { type: 'typed', answer, acceptedAnswers } as TypedQuestion
      return gradeTyped(question, (response as TypedResponse).text) ? 1 : 0
    }
  }
}

/** A question counts as answered correctly when it earned full credit. */
export function isCorrect(credit: number | null | undefined): boolean {
  return credit !== null && credit !== undefined && credit >= 0.999
}
