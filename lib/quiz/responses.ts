// What a student may send for each question type, and what the stored key looks like. Pure: shared by the
// server (validation, grading) and the player (building responses).
import { z } from 'zod'

export const questionTypes = ['DATE_CHOICE', 'ACTOR_CHOICE', 'TRUE_FALSE', 'ORDERING', 'MATCHING', 'TYPED'] as const
export type QuestionType = (typeof questionTypes)[number]

const text = z.string().trim().min(1).max(300)

export const responseSchemas = {
  DATE_CHOICE: z.strictObject({ choice: text }),
  ACTOR_CHOICE: z.strictObject({ choice: text }),
  TRUE_FALSE: z.strictObject({ value: z.boolean() }),
  ORDERING: z.strictObject({ order: z.array(text).min(2).max(8) }),
  MATCHING: z.strictObject({ pairs: z.array(z.tuple([text, text])).min(1).max(8) }),
  TYPED: z.strictObject({ text: z.string().trim().min(1).max(200) }),
} satisfies Record<QuestionType, z.ZodType>

export type ChoiceResponse = z.infer<(typeof responseSchemas)['DATE_CHOICE']>
export type TrueFalseResponse = z.infer<(typeof responseSchemas)['TRUE_FALSE']>
export type OrderingResponse = z.infer<(typeof responseSchemas)['ORDERING']>
export type MatchingResponse = z.infer<(typeof responseSchemas)['MATCHING']>
export type TypedResponse = z.infer<(typeof responseSchemas)['TYPED']>
export type QuizResponse = ChoiceResponse | TrueFalseResponse | OrderingResponse | MatchingResponse | TypedResponse

/** What the student is shown (never the key). */
export type PresentedContent = { choices?: string[]; items?: string[]; left?: string[]; right?: string[] }

/** The stored key (QuestionVersion.answerKey), never sent to a client before the attempt is submitted. */
export type AnswerKey =
  | { answer: string }
  | { answer: boolean }
  | { answer: string[] }
  | { answer: [string, string][] }
  | { answer: string; acceptedAnswers: string[] }

/**
 * Parses a response for a question and checks it only uses what was presented (a choice that was offered,
 * the same items reordered, left/right items that exist). Returns null when it is not a valid response.
 */
export function parseResponse(type: QuestionType, content: PresentedContent, raw: unknown): QuizResponse | null {
  const parsed = responseSchemas[type].safeParse(raw)
  if (!parsed.success) return null
  const response = parsed.data
  switch (type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE':
      return content.choices?.includes((response as ChoiceResponse).choice) ? response : null
    case 'TRUE_FALSE':
    case 'TYPED':
      return response
    case 'ORDERING': {
      const order = (response as OrderingResponse).order
      const items = content.items ?? []
      const sameItems = order.length === items.length && new Set(order).size === order.length && order.every((item) => items.includes(item))
      return sameItems ? response : null
    }
    case 'MATCHING': {
      const pairs = (response as MatchingResponse).pairs
      const lefts = pairs.map(([left]) => left)
      const valid =
        new Set(lefts).size === lefts.length &&
        pairs.every(([left, right]) => content.left?.includes(left) && content.right?.includes(right))
      return valid ? response : null
    }
  }
}
