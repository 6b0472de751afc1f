'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { EngineInputError } from '../engine'
import { copySharedDocument, decideSpelling, deleteDraft, DocumentAccessError, importDocument, publishDocument, regenerateDocument, renameLesson } from '../data/document-review'
import { addQuestion, saveQuestionEdit, setQuestionEnabled } from '../data/question-review'
import { extractText, ImportFileError, MAX_UPLOAD_BYTES } from '../import/extract'
import { questionFormSchema } from '../import/question-form'
import { ActionError, createAction } from './safe-action'

const id = z.string().min(1).max(64)
const documentInput = z.strictObject({ documentId: id })

// Expected refusals become translated messages; anything else is a real error.
async function refusingWithMessages<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof DocumentAccessError) throw new ActionError('documents.notFound')
    if (error instanceof ImportFileError || error instanceof EngineInputError) throw new ActionError(`import.errors.${error.code}`)
    throw error
  }
}

const refresh = () => revalidatePath('/documents', 'layout')

const importSchema = z.strictObject({
  title: z.string().trim().max(200, 'validation.tooLong').optional(),
  // A pasted text is limited like a file: 2 MB of UTF-8 is at most that many characters.
  text: z.string().max(MAX_UPLOAD_BYTES, 'import.errors.too_large').optional(),
  file: z.instanceof(File).optional(),
})

export const importDocumentAction = createAction('manage:documents', importSchema, async ({ title, text, file }, { user }) => {
  const pasted = text?.trim() ? text : undefined
  if (!pasted && !file) throw new ActionError('import.errors.nothing')
  if (pasted && file) throw new ActionError('import.errors.both')
  const document = await refusingWithMessages(async () => {
    const source = pasted ?? (await extractText({ name: file!.name, size: file!.size, bytes: async () => new Uint8Array(await file!.arrayBuffer()) }))
    return importDocument(user, { text: source, title })
  })
  refresh()
  redirect(`/documents/${document.id}/review`)
})

export const publishDocumentAction = createAction('manage:documents', documentInput, async ({ documentId }, { user }) => {
  await refusingWithMessages(() => publishDocument(user, documentId))
  refresh()
})

export const deleteDraftAction = createAction('manage:documents', documentInput, async ({ documentId }, { user }) => {
  await refusingWithMessages(() => deleteDraft(user, documentId))
  refresh()
  redirect('/documents')
})

export const copyDocumentAction = createAction('manage:documents', documentInput, async ({ documentId }, { user }) => {
  const copy = await refusingWithMessages(() => copySharedDocument(user, documentId))
  refresh()
  redirect(`/documents/${copy.id}/review`)
})

export const regenerateDocumentAction = createAction('manage:documents', documentInput, async ({ documentId }, { user }) => {
  const result = await refusingWithMessages(() => regenerateDocument(user, documentId))
  refresh()
  return result
})

const word = z.string().trim().min(1).max(200)

export const decideSpellingAction = createAction(
  'manage:documents',
  z.discriminatedUnion('kind', [
    z.strictObject({ documentId: id, kind: z.literal('accept'), from: word, to: word }),
    // The proposal form also sends the chosen correction when the word is kept: ignored.
    z.strictObject({ documentId: id, kind: z.literal('reject'), from: word, to: word.optional() }),
    z.strictObject({ documentId: id, kind: z.literal('undo'), from: word }),
  ]),
  async ({ documentId, ...decision }, { user }) => {
    await refusingWithMessages(() => decideSpelling(user, documentId, decision))
    refresh()
  },
)

export const renameLessonAction = createAction(
  'manage:documents',
  z.strictObject({ lessonId: id, title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong') }),
  async ({ lessonId, title }, { user }) => {
    await refusingWithMessages(() => renameLesson(user, lessonId, title))
    refresh()
  },
)

/** Edits a question (questionId) or adds one (documentId + lessonId); returns the checker's remarks. */
export const saveQuestionAction = createAction('manage:documents', questionFormSchema, async (input, { user }) => {
  const warnings = await refusingWithMessages(async () =>
    input.questionId ? saveQuestionEdit(user, input.questionId, input.payload) : (await addQuestion(user, input)).warnings,
  )
  refresh()
  return { warnings, added: !input.questionId }
})

export const setQuestionEnabledAction = createAction(
  'manage:documents',
  z.strictObject({ questionId: id, enabled: z.enum(['true', 'false']) }),
  async ({ questionId, enabled }, { user }) => {
    await refusingWithMessages(() => setQuestionEnabled(user, questionId, enabled === 'true'))
    refresh()
  },
)
