'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { createAssignmentSchema, deleteAssignmentSchema, updateAssignmentSchema } from '../assignments/schemas'
import { createAssignment, deleteAssignment, getAssignmentForTeacher, updateAssignment } from '../data/assignments'
import { ActionError, createAction } from './safe-action'

export const createAssignmentAction = createAction('assign:quiz', createAssignmentSchema, async (input, { user, t }) => {
  const { classId, source, ...settings } = input
  let quizSource: Parameters<typeof createAssignment>[2]
  if (source === 'CUSTOM') {
    quizSource = {
      kind: 'custom',
      documentId: input.customDocumentId!,
      filter: { types: input.types, minDifficulty: input.minDifficulty ?? 0, maxDifficulty: input.maxDifficulty ?? 1 },
      count: Number(input.count),
      titleFor: (document, count) => t('assignments.customTitle', { document, count }),
    }
  } else {
    quizSource = { kind: 'quiz', scope: source, quizId: (source === 'LESSON' ? input.lessonQuizId : input.documentQuizId)! }
  }
  const result = await createAssignment(user, classId, quizSource, settings)
  if (result.status === 'not-found') throw new ActionError('classes.notFound')
  if (result.status === 'no-questions') throw new ActionError('assignments.noQuestions')
  revalidatePath(`/classes/${classId}`)
  redirect(`/classes/${classId}?assigned=${result.questionCount}`)
})

export const updateAssignmentAction = createAction('assign:quiz', updateAssignmentSchema, async ({ assignmentId, ...settings }, { user, t }) => {
  if (!(await updateAssignment(user, assignmentId, settings))) throw new ActionError('assignments.notFound')
  const assignment = await getAssignmentForTeacher(user, assignmentId)
  revalidatePath(`/classes/${assignment!.class.id}`)
  return t('assignments.saved')
})

export const deleteAssignmentAction = createAction('assign:quiz', deleteAssignmentSchema, async ({ assignmentId, deleteAttempts }, { user }) => {
  const assignment = await getAssignmentForTeacher(user, assignmentId)
  if (!assignment) throw new ActionError('assignments.notFound')
  const outcome = await deleteAssignment(user, assignmentId, deleteAttempts === 'on')
  if (outcome === 'not-found') throw new ActionError('assignments.notFound')
  if (outcome === 'has-attempts') throw new ActionError('assignments.deleteNeedsConfirmation')
  revalidatePath(`/classes/${assignment.class.id}`)
  redirect(`/classes/${assignment.class.id}`)
})
