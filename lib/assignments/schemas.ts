// One schema per form, shared by the client form (field names, hints) and the server action (validation).
// Messages are i18n keys. Dates arrive as ISO strings in UTC: the form converts the viewer's local time.
import { z } from 'zod'
import { FEEDBACK_TIMINGS, MAX_ATTEMPTS, QUESTION_TYPES, type QuestionTypeName } from './rules'

const id = z.string().min(1).max(64)
const className = z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong')

export const createClassSchema = z.strictObject({ name: className })
export const renameClassSchema = z.strictObject({ classId: id, name: className })
export const archiveClassSchema = z.strictObject({ classId: id, archived: z.enum(['true', 'false']).transform((value) => value === 'true') })
export const classIdSchema = z.strictObject({ classId: id })
export const removeStudentSchema = z.strictObject({ classId: id, studentId: id })
export const joinClassSchema = z.strictObject({ code: z.string().trim().min(1, 'validation.required').max(20, 'classes.joinCodeUnknown') })

const isoDate = z
  .string()
  .min(1, 'validation.required')
  .pipe(z.iso.datetime('assignments.invalidDate'))
  .transform((value) => new Date(value))

const settingsShape = {
  openAt: isoDate,
  dueAt: isoDate,
  timeLimitMinutes: z
    .string()
    .trim()
    .regex(/^\d{0,3}$/, 'assignments.timeLimitRange')
    .transform((value) => (value === '' ? null : Number(value)))
    .refine((minutes) => minutes === null || (minutes >= 1 && minutes <= 600), 'assignments.timeLimitRange'),
  attemptsAllowed: z
    .string()
    .regex(/^\d{1,2}$/, 'validation.invalidChoice')
    .transform(Number)
    .refine((count) => count <= MAX_ATTEMPTS, 'validation.invalidChoice'),
  scoring: z.enum(['BEST', 'FIRST', 'LAST'], 'validation.invalidChoice'),
  feedback: z.enum(FEEDBACK_TIMINGS, 'validation.invalidChoice'),
  shuffle: z.literal('on').optional().transform((value) => value === 'on'),
}

function dueAfterOpen(input: { openAt: Date; dueAt: Date }, context: z.RefinementCtx) {
  if (input.dueAt <= input.openAt) context.addIssue({ code: 'custom', path: ['dueAt'], message: 'assignments.dueBeforeOpen' })
}

export const updateAssignmentSchema = z.strictObject({ assignmentId: id, ...settingsShape }).superRefine(dueAfterOpen)

const difficulty = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'validation.invalidChoice')
  .transform(Number)

export const createAssignmentSchema = z
  .strictObject({
    classId: id,
    source: z.enum(['LESSON', 'DOCUMENT', 'CUSTOM'], 'validation.invalidChoice'),
    lessonQuizId: z.string().max(64).optional(),
    documentQuizId: z.string().max(64).optional(),
    customDocumentId: z.string().max(64).optional(),
    // The form joins the ticked question types into one comma-separated value.
    types: z
      .string()
      .max(200)
      .optional()
      .transform((value) => (value ?? '').split(',').filter((type): type is QuestionTypeName => (QUESTION_TYPES as readonly string[]).includes(type))),
    count: z.string().regex(/^\d{0,3}$/, 'assignments.countRange').optional(),
    minDifficulty: difficulty.optional(),
    maxDifficulty: difficulty.optional(),
    ...settingsShape,
  })
  .superRefine((input, context) => {
    dueAfterOpen(input, context)
    const missing = (path: string, message = 'validation.required') => context.addIssue({ code: 'custom', path: [path], message })
    if (input.source === 'LESSON' && !input.lessonQuizId) missing('lessonQuizId')
    if (input.source === 'DOCUMENT' && !input.documentQuizId) missing('documentQuizId')
    if (input.source === 'CUSTOM') {
      if (!input.customDocumentId) missing('customDocumentId')
      if (input.types.length === 0) missing('types', 'assignments.typesRequired')
      const count = Number(input.count || 0)
      if (count < 1 || count > 100) missing('count', 'assignments.countRange')
      if ((input.minDifficulty ?? 0) > (input.maxDifficulty ?? 1)) missing('maxDifficulty', 'assignments.difficultyRange')
    }
  })

export const deleteAssignmentSchema = z.strictObject({ assignmentId: id, deleteAttempts: z.literal('on').optional() })

export type AssignmentSettings = Pick<z.infer<typeof updateAssignmentSchema>, keyof typeof settingsShape>
