import { currentUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { loadAssignmentResults } from '@/lib/data/gradebook'
import { csvHeaders, toCsv } from '@/lib/gradebook/csv'
import { assignmentResultRows } from '@/lib/gradebook/exports'
import { getTranslator } from '@/lib/i18n/server'

type Context = { params: Promise<{ classId: string; assignmentId: string }> }

/** One assignment as CSV: a row per student per question of each submitted attempt. Checks everything itself. */
export async function GET(_request: Request, { params }: Context) {
  const user = await currentUser()
  if (!user) return new Response(null, { status: 401 })
  if (!can(user.role, 'read:progress:class')) return new Response(null, { status: 403 })
  const { classId, assignmentId } = await params
  const results = await loadAssignmentResults(user.id, classId, assignmentId)
  if (!results) return new Response(null, { status: 404 })
  const { t } = await getTranslator()
  const name = `results-${results.assignment.class.name}-${results.assignment.quiz.title}.csv`
  return new Response(toCsv(assignmentResultRows(results, t)), { headers: csvHeaders(name) })
}
