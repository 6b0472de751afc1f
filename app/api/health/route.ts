import { db } from '@/lib/db'

// For load balancers: answers 200 only when the database answers too.
export async function GET() {
  try {
    await db.$queryRawUnsafe('SELECT 1')
    return Response.json({ status: 'ok' })
  } catch {
    return Response.json({ status: 'database unavailable' }, { status: 503 })
  }
}
