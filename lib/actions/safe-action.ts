import 'server-only'
import { z } from 'zod'
import { currentUser, type SessionUser } from '../auth/session'
import { can, type Permission } from '../auth/permissions'
import { getTranslator } from '../i18n/server'
import { isMessageKey, type Messages, type Translate } from '../i18n'
import type { ActionState } from './state'


type Context<Access> = { t: Translate } & (Access extends 'public' ? { user: SessionUser | null } : { user: SessionUser })

/** Thrown by a handler for an expected refusal; the message key is translated for the user. */
export class ActionError extends Error {}

// React and Next add their own $ACTION_* entries to form submissions; they are not user input.
function formDataToObject(formData: FormData): Record<string, string> {
  const entries = [...formData.entries()].filter(([key, value]) => !key.startsWith('$ACTION') && typeof value === 'string')
  return Object.fromEntries(entries) as Record<string, string>
}

// Uploaded files reach the schema as File objects (z.instanceof(File)); a file input left empty sends a nameless,
// empty File, which counts as no file. Schemas without a file field refuse one as an unknown key.
function formDataToInput(formData: FormData): Record<string, string | File> {
  const files = [...formData.entries()].filter((entry): entry is [string, File] => entry[1] instanceof File && (entry[1].name !== '' || entry[1].size > 0))
  return { ...formDataToObject(formData), ...Object.fromEntries(files) }
}

function translateIssues(error: z.ZodError, t: Translate, messages: Messages): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_form'
    const key = issue.code === 'unrecognized_keys' ? 'validation.invalidInput' : issue.message
    ;(fieldErrors[field] ??= []).push(isMessageKey(messages, key) ? t(key) : t('validation.invalidInput'))
  }
  return fieldErrors
}

/**
 * The one wrapper every server action goes through: authenticate, check the permission, validate with zod
 * (the same schema the form uses), then run the handler. Refusals come back as translated messages.
 */
export function createAction<Schema extends z.ZodType, Result, Access extends Permission | 'signed-in' | 'public'>(
  access: Access,
  schema: Schema,
  handler: (input: z.infer<Schema>, context: Context<Access>) => Promise<Result>,
) {
  return async function action(_previous: ActionState<Result>, input: FormData | z.input<Schema>): Promise<ActionState<Result>> {
    const { t, messages } = await getTranslator()
    const user = await currentUser()
    if (access !== 'public') {
      if (!user) return { status: 'error', message: t('auth.mustSignIn') }
      if (access !== 'signed-in' && !can(user.role, access as Permission)) return { status: 'error', message: t('errors.forbiddenText') }
    }
    const raw = input instanceof FormData ? formDataToInput(input) : input
    // React resets a form after its action: echo what was typed (never passwords) so a refusal loses nothing.
    const values = input instanceof FormData ? omitSecrets(formDataToObject(input)) : undefined
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      return { status: 'error', message: t('validation.formErrors'), fieldErrors: translateIssues(parsed.error, t, messages), values }
    }
    try {
      const data = await handler(parsed.data, { t, user } as Context<Access>)
      return { status: 'success', data }
    } catch (error) {
      if (error instanceof ActionError) {
        return { status: 'error', message: isMessageKey(messages, error.message) ? t(error.message) : error.message, values }
      }
      throw error
    }
  }
}

function omitSecrets(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)))
}
