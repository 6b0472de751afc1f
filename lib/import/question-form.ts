// The question editor's form: one flat schema for every type (FormData carries strings), turned into the
// content/answerKey shapes the player and grading read (lib/quiz/responses.ts). Pure; the action and the form share it.
import { z } from 'zod'
import type { Question as EngineQuestion } from '../engine/types'
import { questionTypes, type QuestionType } from '../quiz/responses'
import type { VersionPayload } from './merge'

export const MAX_OPTIONS = 6
const OPTION_INDEXES = Array.from({ length: MAX_OPTIONS }, (_, i) => i)

const id = z.string().min(1).max(64)
const optional = (max: number) => z.string().trim().max(max, 'validation.tooLong').optional()
const optionFields = (prefix: string) => Object.fromEntries(OPTION_INDEXES.map((i) => [`${prefix}${i}`, optional(200)])) as Record<string, ReturnType<typeof optional>>

const fields = z.strictObject({
  // Editing names the question; adding names the document and the lesson.
  questionId: id.optional(),
  documentId: id.optional(),
  lessonId: z.string().max(64).optional(),
  type: z.enum(questionTypes, 'validation.invalidChoice'),
  prompt: z.string().trim().min(1, 'validation.required').max(320, 'validation.tooLong'),
  explanation: optional(1000),
  source: optional(2000),
  answer: optional(200),
  accepted: optional(1000),
  ...optionFields('choice'),
  ...optionFields('item'),
  ...optionFields('left'),
  ...optionFields('right'),
})

type Fields = z.infer<typeof fields>
const filled = (input: Fields, prefix: string) =>
  OPTION_INDEXES.map((i) => ({ field: `${prefix}${i}`, value: input[`${prefix}${i}` as keyof Fields] ?? '' })).filter((option) => option.value !== '')

const normalise = (text: string) => text.toLocaleLowerCase().replace(/\s+/g, ' ').trim()
const firstDuplicate = (options: { field: string; value: string }[]) =>
  options.find((option, i) => options.findIndex((other) => normalise(other.value) === normalise(option.value)) !== i)

// Presented order must not give the key away; the player shuffles again per attempt.
const rotate = <T,>(list: T[]) => [...list.slice(1), list[0]]

function toPayload(input: Fields, issue: (field: string, message: string) => void): Omit<VersionPayload, 'prompt' | 'source' | 'explanation'> | null {
  switch (input.type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE': {
      const choices = filled(input, 'choice')
      if (choices.length < 3) issue('choice0', 'questions.form.needThreeChoices')
      const duplicate = firstDuplicate(choices)
      if (duplicate) issue(duplicate.field, 'questions.form.duplicate')
      const answer = choices.find((choice) => choice.field === `choice${input.answer}`)
      if (!answer) issue('answer', 'questions.form.pickAnswer')
      return answer ? { content: { choices: choices.map((c) => c.value) }, answerKey: { answer: answer.value } } : null
    }
    case 'TRUE_FALSE':
      if (input.answer !== 'true' && input.answer !== 'false') issue('answer', 'questions.form.pickAnswer')
      return { content: { choices: ['True', 'False'] }, answerKey: { answer: input.answer === 'true' } }
    case 'ORDERING': {
      const items = filled(input, 'item')
      if (items.length < 3) issue('item0', 'questions.form.needThreeItems')
      const duplicate = firstDuplicate(items)
      if (duplicate) issue(duplicate.field, 'questions.form.duplicate')
      const order = items.map((item) => item.value)
      return { content: { items: rotate(order) }, answerKey: { answer: order } }
    }
    case 'MATCHING': {
      const pairs = OPTION_INDEXES.map((i) => [input[`left${i}` as keyof Fields] ?? '', input[`right${i}` as keyof Fields] ?? ''] as [string, string])
      pairs.forEach(([left, right], i) => {
        if (Boolean(left) !== Boolean(right)) issue(left ? `right${i}` : `left${i}`, 'questions.form.pairIncomplete')
      })
      const complete = pairs.filter(([left, right]) => left && right)
      if (complete.length < 2) issue('left0', 'questions.form.needTwoPairs')
      for (const side of ['left', 'right'] as const) {
        const duplicate = firstDuplicate(filled(input, side))
        if (duplicate) issue(duplicate.field, 'questions.form.duplicate')
      }
      return { content: { left: complete.map(([left]) => left), right: rotate(complete.map(([, right]) => right)) }, answerKey: { answer: complete } }
    }
    case 'TYPED': {
      if (!input.answer) issue('answer', 'validation.required')
      const accepted = (input.accepted ?? '').split('\n').map((line) => line.trim()).filter(Boolean)
      return { content: {}, answerKey: { answer: input.answer ?? '', acceptedAnswers: [...new Set(accepted)] } }
    }
  }
}

/** Validates the editor's fields and gives the version to store; errors are message keys on the fields. */
export const questionFormSchema = fields.transform((input, context) => {
  const issue = (field: string, message: string) => context.addIssue({ code: 'custom', path: [field], message })
  const shape = toPayload(input, issue)
  if (!shape) return z.NEVER
  const payload: VersionPayload = { prompt: input.prompt, ...shape, source: input.source ?? '', explanation: input.explanation ?? '' }
  return { questionId: input.questionId, documentId: input.documentId, lessonId: input.lessonId || null, type: input.type, payload }
})

export type QuestionFormInput = z.infer<typeof questionFormSchema>

/** A stored version in the engine's shape, so its item-writing checks can run on a teacher's edit. */
export function toEngineQuestion(
  question: { key: string; type: QuestionType; lessonKey: string | null; focus: string; difficulty: number },
  payload: VersionPayload,
): EngineQuestion {
  const base = {
    id: question.key,
    lessonKey: question.lessonKey,
    prompt: payload.prompt,
    source: payload.source,
    explanation: payload.explanation,
    difficulty: question.difficulty,
    focus: question.focus === 'actor' ? ('actor' as const) : ('date' as const),
  }
  const content = payload.content as { choices?: string[]; items?: string[]; left?: string[]; right?: string[] }
  const key = payload.answerKey as { answer: unknown; acceptedAnswers?: string[] }
  switch (question.type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE':
      return { ...base, type: question.type === 'DATE_CHOICE' ? 'date-choice' : 'actor-choice', choices: content.choices ?? [], answer: key.answer as string }
    case 'TRUE_FALSE':
      return { ...base, type: 'true-false', choices: ['True', 'False'], answer: key.answer as boolean }
    case 'ORDERING':
      return { ...base, type: 'ordering', items: content.items ?? [], answer: key.answer as string[] }
    case 'MATCHING':
      return { ...base, type: 'matching', left: content.left ?? [], right: content.right ?? [], answer: key.answer as [string, string][] }
    case 'TYPED':
      return { ...base, type: 'typed', answer: key.answer as string, acceptedAnswers: key.acceptedAnswers ?? [] }
  }
}

/** The form's initial field values for a stored version (the inverse of the schema's transform). */
export function formValuesOf(type: QuestionType, payload: VersionPayload): Record<string, string> {
  const values: Record<string, string> = { prompt: payload.prompt, source: payload.source, explanation: payload.explanation }
  const content = payload.content as { choices?: string[]; left?: string[] }
  const key = payload.answerKey as { answer: unknown; acceptedAnswers?: string[] }
  switch (type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE':
      content.choices?.forEach((choice, i) => (values[`choice${i}`] = choice))
      values.answer = String(content.choices?.indexOf(key.answer as string) ?? 0)
      break
    case 'TRUE_FALSE':
      values.answer = String(key.answer)
      break
    case 'ORDERING':
      ;(key.answer as string[]).forEach((item, i) => (values[`item${i}`] = item))
      break
    case 'MATCHING':
      ;(key.answer as [string, string][]).forEach(([left, right], i) => {
        values[`left${i}`] = left
        values[`right${i}`] = right
      })
      break
    case 'TYPED':
      values.answer = key.answer as string
      values.accepted = (key.acceptedAnswers ?? []).join('\n')
      break
  }
  return values
}
