import 'server-only'
import { db } from '../db'

/** A teacher's classes with their current students; the teacher id is part of the query, never trusted from input. */
export async function listClassesForTeacher(teacherId: string) {
  return db.class.findMany({
    where: { teacherId },
    orderBy: [{ archivedAt: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      enrollments: {
        where: { removedAt: null },
        orderBy: { student: { name: 'asc' } },
        select: { student: { select: { id: true, name: true, email: true } } },
      },
    },
  })
}
