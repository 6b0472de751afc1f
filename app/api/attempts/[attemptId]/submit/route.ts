import { attemptRoute, submitBody } from '@/lib/api/attempt-routes'
import { submitAttempt } from '@/lib/data/attempts'

type Context = { params: Promise<{ attemptId: string }> }

/** Submits the attempt (JSON twin of submitAttemptAction); a repeated submit returns 200 and changes nothing. */
export async function POST(request: Request, { params }: Context) {
  const { attemptId } = await params
  return attemptRoute(request, submitBody, async (_input, user) => ({ attemptId: await submitAttempt(user.id, attemptId) }))
}
