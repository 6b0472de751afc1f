// Next decodes a server action's arguments (a React reply) before the action's own validation runs, and answers
// 500 when the body is not a reply at all (bad JSON, a broken multipart form, arguments that are not a list).
// The proxy checks the envelope first and refuses such requests with 400. It also refuses the reply's reference
// kinds this app's forms never send (promises, blobs, server references, maps, …): less of React's decoder is
// reachable from a crafted request.

// Strings React's client writes for what our forms and calls send: escaped strings ($$…), a FormData ($K),
// undefined, dates, bigints and the special numbers.
const ALLOWED_REFERENCE = /^\$(\$|K\d+$|undefined$|D|n-?\d+$|-0$|-?Infinity$|NaN$)/
const MAX_ARGUMENTS = 2

function refusedReference(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith('$') && !ALLOWED_REFERENCE.test(value)
  if (Array.isArray(value)) return value.some(refusedReference)
  if (value && typeof value === 'object') return Object.values(value).some(refusedReference)
  return false
}

function argumentsProblem(json: string): string | null {
  let args: unknown
  try {
    args = JSON.parse(json)
  } catch {
    return 'the arguments are not JSON'
  }
  if (!Array.isArray(args) || args.length > MAX_ARGUMENTS) return 'the arguments are not a list of at most two'
  if (refusedReference(args)) return 'the arguments hold a reference this app never sends'
  return null
}

// next.config.js serverActions.bodySizeLimit ('3mb'): Next answers a larger action body with a 500.
export const MAX_POST_BYTES = 3 * 1024 * 1024

const hasControlCharacter = (text: string) => [...text].some((char) => char < ' ' || char === '\u007f')

async function parsedForm(request: Request): Promise<FormData | null> {
  try {
    return await request.formData()
  } catch {
    return null
  }
}

/**
 * A POST without the Next-Action header may be a form submitted before JavaScript loaded: Next parses a multipart
 * body to look for the action in it, and answers 500 when it cannot. Why it cannot, or null.
 */
export async function formPostProblem(request: Request): Promise<string | null> {
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) return null
  // Copied only when it is read: Next reads the body again, and copying every JSON answer would cost each save.
  const form = await parsedForm(request.clone())
  if (!form) return 'the multipart body is malformed'
  // Next's parser fails on control characters in names that the standard parser accepts.
  if ([...form.keys()].some(hasControlCharacter)) return 'a field name holds control characters'
  if ([...form.values()].some((value) => typeof value !== 'string' && hasControlCharacter(value.name))) return 'a file name holds control characters'
  return null
}

/** Why an action request cannot be a reply from this app's client, or null when Next may decode it. */
export async function actionRequestProblem(request: Request): Promise<string | null> {
  const contentType = request.headers.get('content-type') ?? ''
  if (contentType.startsWith('multipart/form-data')) {
    const form = await parsedForm(request.clone())
    if (!form) return 'the multipart body is malformed'
    const root = form.get('0')
    if (typeof root !== 'string') return 'the multipart body has no arguments'
    // This app's fields are plain names under the arguments' "_<n>_" prefix.
    if ([...form.keys()].some((key) => key !== '0' && !/^_?\d+_[\w$:.[\]-]{1,100}$/.test(key))) return 'the multipart body has unexpected field names'
    if ([...form.values()].some((value) => typeof value !== 'string' && hasControlCharacter(value.name))) return 'a file name holds control characters'
    return argumentsProblem(root)
  }
  if (contentType === '' || contentType.startsWith('text/plain')) return argumentsProblem(await request.clone().text())
  return 'the content type is not one an action accepts'
}

/**
 * Cross-site request forgery: a POST sent from another site's page (its Origin names another host) is refused,
 * whether it targets a server action (Next makes the same check but answers it with a 500) or a route handler.
 */
export function crossOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (!origin) return false
  const host = request.headers.get('x-forwarded-host')?.split(',')[0].trim() || request.headers.get('host')
  return !URL.canParse(origin) || new URL(origin).host !== host
}
