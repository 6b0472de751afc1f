'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import {
  archiveClassSchema,
  classIdSchema,
  createClassSchema,
  joinClassSchema,
  removeStudentSchema,
  renameClassSchema,
} from '../assignments/schemas'
import { createClass, joinClass, regenerateJoinCode, removeStudent, renameClass, setClassArchived } from '../data/classes'
import { ActionError, createAction } from './safe-action'

// Each data function reports false when the class is not this teacher's: the same answer as a missing class.
function found(changed: boolean, classId: string) {
  if (!changed) throw new ActionError('classes.notFound')
  revalidatePath(`/classes/${classId}`)
  revalidatePath('/classes')
}

export const createClassAction = createAction('manage:classes', createClassSchema, async ({ name }, { user }) => {
  const created = await createClass(user, name)
  redirect(`/classes/${created.id}`)
})

export const renameClassAction = createAction('manage:classes', renameClassSchema, async ({ classId, name }, { user, t }) => {
  found(await renameClass(user, classId, name), classId)
  return t('classes.renamed')
})

export const archiveClassAction = createAction('manage:classes', archiveClassSchema, async ({ classId, archived }, { user }) => {
  found(await setClassArchived(user, classId, archived), classId)
})

export const newJoinCodeAction = createAction('manage:classes', classIdSchema, async ({ classId }, { user }) => {
  found(await regenerateJoinCode(user, classId), classId)
})

export const removeStudentAction = createAction('manage:classes', removeStudentSchema, async ({ classId, studentId }, { user }) => {
  found(await removeStudent(user, classId, studentId), classId)
})

export const joinClassAction = createAction('join:class', joinClassSchema, async ({ code }, { user }) => {
  const classId = await joinClass(user, code)
  if (!classId) throw new ActionError('classes.joinCodeUnknown')
  revalidatePath('/lessons')
  redirect('/lessons?joined=1')
})
