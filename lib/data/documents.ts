import 'server-only'
import { db } from '../db'

const lessonSummary = {
  orderBy: { position: 'asc' },
  select: { id: true, key: true, title: true, periodFrom: true, periodTo: true },
} as const

/** Published documents and their lessons, for anyone signed in. */
export async function listPublishedDocuments() {
  return db.document.findMany({
    where: { published: true },
    orderBy: { title: 'asc' },
    select: {
      id: true,
      slug: true,
      title: true,
      source: true,
      lessons: lessonSummary,
      quizzes: { where: { scope: 'DOCUMENT' }, take: 1, select: { id: true } },
    },
  })
}

/** Documents a teacher may use: the shared demo content and their own. */
export async function listDocumentsForTeacher(teacherId: string) {
  return db.document.findMany({
    where: { OR: [{ ownerId: null }, { ownerId: teacherId }] },
    orderBy: { title: 'asc' },
    select: {
      id: true,
      slug: true,
      title: true,
      ownerId: true,
      published: true,
      _count: { select: { lessons: true, questions: true } },
    },
  })
}
