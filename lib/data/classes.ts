import 'server-only'
import { db } from '../db'
import type { SessionUser } from '../auth/session'
import { newJoinCode, normalizeJoinCode } from '../classes/join-code'

type Teacher = Pick<SessionUser, 'id'>

// Students still in the class (removed ones keep their attempts but leave the roster), by name.
const currentStudents = { where: { removedAt: null }, orderBy: { student: { name: 'asc' } } } as const
const studentSummary = { select: { id: true, name: true, email: true } } as const

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
      enrollments: { ...currentStudents, select: { student: studentSummary } },
      _count: { select: { assignments: true } },
    },
  })
}

// A fresh code collides with an existing one about once in a billion: retry instead of failing the request.
async function unusedJoinCode(): Promise<string> {
  for (;;) {
    const code = newJoinCode()
    if (!(await db.class.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code
  }
}

export async function createClass(teacher: Teacher, name: string) {
  return db.class.create({ data: { name, teacherId: teacher.id, joinCode: await unusedJoinCode() }, select: { id: true } })
}

/** Every change below is one conditional write: a class of another teacher matches no row and reports false. */
export async function renameClass(teacher: Teacher, classId: string, name: string): Promise<boolean> {
  return (await db.class.updateMany({ where: { id: classId, teacherId: teacher.id }, data: { name } })).count === 1
}

export async function setClassArchived(teacher: Teacher, classId: string, archived: boolean, now = new Date()): Promise<boolean> {
  const result = await db.class.updateMany({ where: { id: classId, teacherId: teacher.id }, data: { archivedAt: archived ? now : null } })
  return result.count === 1
}

/** The old code stops working at once: joining looks the class up by its current code only. */
export async function regenerateJoinCode(teacher: Teacher, classId: string): Promise<boolean> {
  const result = await db.class.updateMany({ where: { id: classId, teacherId: teacher.id }, data: { joinCode: await unusedJoinCode() } })
  return result.count === 1
}

/** Removed students keep their attempts (the gradebook's history) but lose the class's assignments. */
export async function removeStudent(teacher: Teacher, classId: string, studentId: string, now = new Date()): Promise<boolean> {
  const result = await db.enrollment.updateMany({
    where: { classId, studentId, removedAt: null, class: { teacherId: teacher.id } },
    data: { removedAt: now },
  })
  return result.count === 1
}

/** One class of this teacher with its roster and assignments (submission counts included), or null. */
export async function getClassForTeacher(teacher: Teacher, classId: string) {
  const found = await db.class.findFirst({
    where: { id: classId, teacherId: teacher.id },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      enrollments: { ...currentStudents, select: { joinedAt: true, student: studentSummary } },
      assignments: {
        orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          openAt: true,
          dueAt: true,
          quiz: { select: { title: true, scope: true } },
          attempts: { where: { status: 'SUBMITTED' }, distinct: ['userId'], select: { userId: true } },
        },
      },
    },
  })
  if (!found) return null
  const { assignments, ...rest } = found
  return {
    ...rest,
    assignments: assignments.map(({ attempts, ...assignment }) => ({ ...assignment, submittedStudents: attempts.length })),
  }
}

export type TeacherClass = NonNullable<Awaited<ReturnType<typeof getClassForTeacher>>>

/** The active class a code opens, for the join confirmation; archived classes and old codes find nothing. */
export async function findJoinableClass(code: string) {
  return db.class.findFirst({
    where: { joinCode: normalizeJoinCode(code), archivedAt: null },
    select: { id: true, name: true, teacher: { select: { name: true } } },
  })
}

/**
 * Joins with the class's current code. Idempotent: joining twice changes nothing; a removed student rejoins
 * (the teacher gave them the current code again). Returns the class id, or null for a wrong or archived code.
 */
export async function joinClass(student: Pick<SessionUser, 'id'>, code: string, now = new Date()): Promise<string | null> {
  const found = await findJoinableClass(code)
  if (!found) return null
  await db.enrollment.upsert({
    where: { classId_studentId: { classId: found.id, studentId: student.id } },
    create: { classId: found.id, studentId: student.id, joinedAt: now },
    update: { removedAt: null },
  })
  return found.id
}
