import { currentUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { loadGradebook } from '@/lib/data/gradebook'
import { csvHeaders, toCsv } from '@/lib/gradebook/csv'
import { classGradebookRows } from '@/lib/gradebook/exports'
import { getTranslator } from '@/lib/i18n/server'

type Context = { params: Promise<{ classId: string }> }

/** The class gradebook as CSV: a row per student per assignment. The proxy skips /api, so this checks everything. */
export async function GET(_request: Request, { params }: Context) {
  const user = await currentUser()
  if (!user) return new Response(null, { status: 401 })
  if (!can(user.role, 'read:progress:class')) return new Response(null, { status: 403 })
  const { classId } = await params
  const gradebook = await loadGradebook(user.id, classId)
  if (!gradebook) return new Response(null, { status: 404 })
  const { t } = await getTranslator()
  return new Response(toCsv(classGradebookRows(gradebook, t)), { headers: csvHeaders(`gradebook-${gradebook.class.name}.csv`) })
}
