// Item analysis of one assignment over each student's counted attempt. Pure and unit-tested.
//
// Discrimination is the item–rest correlation (the corrected point-biserial): Pearson's r between the credit a
// student earned on the question and their score on the rest of the quiz (total minus this question), so the item
// is not correlated with itself. Partial credit enters as a fraction. Fewer than two students, or no spread in
// either variable, gives no value ("not enough data") rather than a misleading 0.
import { normalise } from '../engine/util'
import { isCorrect } from '../quiz/grading'
import type { QuestionType, QuizResponse } from '../quiz/responses'

export type SheetEntry = { credit: number; response: QuizResponse | null }
/** One student's counted attempt: every question it contained (an unanswered one has credit 0 and no response). */
export type AnswerSheet = Map<string, SheetEntry>

export type WrongAnswerSummary = { kind: 'answer'; response: QuizResponse; count: number } | { kind: 'none' } | { kind: 'not-applicable' }

export type ItemStatistics = {
  students: number
  percentCorrect: number | null
  discrimination: number | null
  mostChosenWrong: WrongAnswerSummary
}

export function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length
  if (n < 2 || ys.length !== n) return null
  const meanX = xs.reduce((a, b) => a + b, 0) / n
  const meanY = ys.reduce((a, b) => a + b, 0) / n
  let covariance = 0
  let varianceX = 0
  let varianceY = 0
  for (let i = 0; i < n; i++) {
    covariance += (xs[i] - meanX) * (ys[i] - meanY)
    varianceX += (xs[i] - meanX) ** 2
    varianceY += (ys[i] - meanY) ** 2
  }
  // Sums of floats near zero are not exactly zero: treat a spread below rounding noise as none.
  if (varianceX < 1e-12 || varianceY < 1e-12) return null
  return covariance / Math.sqrt(varianceX * varianceY)
}

/**
 * The wrong answer students chose most, by the response they gave: the choice text, the wrong true/false value,
 * or the typed text as the grader compares it (case, accents and punctuation ignored). An ordering or matching
 * answer is rarely wrong in the same way twice, so it has no "most chosen" wrong answer.
 */
export function mostChosenWrongAnswer(type: QuestionType, entries: SheetEntry[]): WrongAnswerSummary {
  if (type === 'ORDERING' || type === 'MATCHING') return { kind: 'not-applicable' }
  const tally = new Map<string, { response: QuizResponse; count: number }>()
  for (const { credit, response } of entries) {
    if (response === null || isCorrect(credit)) continue
    const grouped = groupedResponse(type, response)
    if (!grouped) continue
    const key = JSON.stringify(grouped)
    const entry = tally.get(key) ?? { response: grouped, count: 0 }
    entry.count++
    tally.set(key, entry)
  }
  // Ties go to the answer seen first, so the summary is stable for the same data.
  const top = [...tally.values()].reduce<{ response: QuizResponse; count: number } | null>((best, entry) => (best && best.count >= entry.count ? best : entry), null)
  return top ? { kind: 'answer', ...top } : { kind: 'none' }
}

function groupedResponse(type: QuestionType, response: QuizResponse): QuizResponse | null {
  if (type !== 'TYPED') return response
  const text = normalise((response as { text: string }).text)
  return text ? { text } : null
}

export function itemStatistics(questionId: string, type: QuestionType, sheets: AnswerSheet[]): ItemStatistics {
  const seen = sheets.filter((sheet) => sheet.has(questionId))
  const entries = seen.map((sheet) => sheet.get(questionId)!)
  const credits = entries.map((entry) => entry.credit)
  const rest = seen.map((sheet, index) => [...sheet.values()].reduce((sum, entry) => sum + entry.credit, 0) - credits[index])
  const correlation = pearson(credits, rest)
  return {
    students: seen.length,
    percentCorrect: seen.length === 0 ? null : Math.round((credits.reduce((a, b) => a + b, 0) / seen.length) * 100),
    discrimination: correlation === null ? null : Math.round(correlation * 100) / 100,
    mostChosenWrong: mostChosenWrongAnswer(type, entries),
  }
}
