import 'server-only'
import { z } from 'zod'
import { can } from '../auth/permissions'
import { currentUser, type SessionUser } from '../auth/session'
import { AttemptError } from '../data/attempts'

// An answer is a few short strings (responses allow at most 8 pairs of 300 characters): anything larger is not one.
const MAX_BODY_BYTES = 16_384
const id = z.string().min(1).max(64)

export const saveAnswerBody = z.strictObject({ questionId: id, response: z.unknown() })
export const submitBody = z.strictObject({})

const refusalStatus: Record<AttemptError['reason'], number> = {
  'not-found': 404,
  closed: 409,
  'invalid-response': 422,
  'not-open': 409,
  'no-attempts-left': 409,
  locked: 409,
}

/** The body as text, or null once it passes `limit` bytes: read no further than that (no proxy bounds these routes). */
async function boundedText(request: Request, limit: number): Promise<string | null> {
  if (Number(request.headers.get('content-length')) > limit) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(read.value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Private, never cached, and sent as is: Next's compression would gzip these few bytes (it drops the length that
 * would tell it they are too few to bother), and a zlib stream per answer costs more than saving the answer
 * (`npm run loadtest`, ADR 0010). `no-transform` is the standard way to say "send as is".
 */
function reply(body: unknown, status = 200) {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store, no-transform' } })
}

function refuse(status: number, error: string) {
  return reply({ error }, status)
}

/**
 * CSRF: the session cookie would ride along on a POST a form on another site sends here. Browsers always send
 * Origin on a cross-origin POST and a page cannot forge it, so an Origin naming another host is refused, and so is
 * none at all (a browser that omits it is not one we can trust to have been same-origin). Behind a reverse proxy
 * the proxy must forward the original Host header (the nginx config in scripts/scaletest.ts does).
 */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (!origin) return false
  try {
    return new URL(origin).host === request.headers.get('host')
  } catch {
    return false
  }
}

/**
 * The JSON twin of the quiz actions: same origin, signed in with `take:quiz`, a bounded strict body; then the
 * handler calls the same data functions the actions do. Expected refusals become a 4xx with an English JSON error.
 */
export async function attemptRoute<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  handler: (input: z.infer<Schema>, user: SessionUser) => Promise<unknown>,
): Promise<Response> {
  if (!sameOrigin(request)) return refuse(403, 'cross-origin request refused')
  const user = await currentUser()
  if (!user) return refuse(401, 'sign in first')
  if (!can(user.role, 'take:quiz')) return refuse(403, 'forbidden')
  if (!request.headers.get('content-type')?.startsWith('application/json')) return refuse(415, 'send application/json')
  const text = await boundedText(request, MAX_BODY_BYTES)
  if (text === null) return refuse(413, 'body too large')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return refuse(400, 'invalid JSON')
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) return refuse(400, 'invalid input')
  try {
    return reply(await handler(parsed.data, user))
  } catch (error) {
    if (error instanceof AttemptError) return refuse(refusalStatus[error.reason], error.reason)
    throw error
  }
}
