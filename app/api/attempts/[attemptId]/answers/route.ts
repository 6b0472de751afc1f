import { attemptRoute, saveAnswerBody } from '@/lib/api/attempt-routes'
import { saveAnswer } from '@/lib/data/attempts'

type Context = { params: Promise<{ attemptId: string }> }

/** Saves one answer (JSON twin of saveAnswerAction): 200 {savedAt, feedback} once it is committed. */
export async function POST(request: Request, { params }: Context) {
  const { attemptId } = await params
  return attemptRoute(request, saveAnswerBody, async ({ questionId, response }, user) => {
    const saved = await saveAnswer(user.id, attemptId, questionId, response)
    return { savedAt: saved.savedAt.toISOString(), feedback: saved.feedback }
  })
}
