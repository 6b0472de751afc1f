import 'server-only'
import { db } from '../db'
import type { SessionUser } from '../auth/session'
import type { AssignmentSettings } from '../assignments/schemas'
import { assignmentStatus, attemptsLeft, selectCustomSet, type CustomSetFilter, type QuestionTypeName } from '../assignments/rules'
import { countedAttempt } from '../quiz/counting'
import { visibleDocumentsFor } from './quiz-visibility'

type Teacher = Pick<SessionUser, 'id' | 'role'>
type Student = Pick<SessionUser, 'id'>

/** Assignments of this teacher's classes: the class owner is part of every teacher query below. */
const ownedBy = (teacher: Teacher) => ({ class: { teacherId: teacher.id } })

/** Where a student may see an assignment: a class they are currently in, not archived. */
const assignedTo = (student: Student) => ({ class: { archivedAt: null, enrollments: { some: { studentId: student.id, removedAt: null } } } })

function storedSettings(settings: AssignmentSettings) {
  return {
    openAt: settings.openAt,
    dueAt: settings.dueAt,
    timeLimitSec: settings.timeLimitMinutes === null ? null : settings.timeLimitMinutes * 60,
    attemptsAllowed: settings.attemptsAllowed,
    scoring: settings.scoring,
    feedback: settings.feedback,
    shuffle: settings.shuffle,
  }
}

/** What the assignment form offers: every document the teacher may use, its lesson and document quizzes and questions. */
export async function listAssignableSources(teacher: Teacher) {
  const documents = await db.document.findMany({
    where: visibleDocumentsFor(teacher),
    orderBy: { title: 'asc' },
    select: {
      id: true,
      title: true,
      quizzes: {
        where: { scope: { in: ['LESSON', 'DOCUMENT'] } },
        orderBy: { lesson: { position: 'asc' } },
        select: { id: true, scope: true, title: true },
      },
      questions: { where: { enabled: true }, select: { id: true, key: true, type: true, difficulty: true } },
    },
  })
  return documents.map((document) => ({
    ...document,
    questions: document.questions.map((question) => ({ ...question, type: question.type as QuestionTypeName })),
  }))
}

export type AssignableSource = Awaited<ReturnType<typeof listAssignableSources>>[number]

type QuizSource =
  | { kind: 'quiz'; quizId: string; scope: 'LESSON' | 'DOCUMENT' }
  | { kind: 'custom'; documentId: string; filter: CustomSetFilter; count: number; titleFor: (document: string, count: number) => string }

export type CreateAssignmentResult = { status: 'created'; assignmentId: string; questionCount: number } | { status: 'not-found' } | { status: 'no-questions' }

/**
 * Assigns a quiz to an active class of this teacher. A custom set becomes a quiz of its own (scope CUSTOM), its
 * questions chosen deterministically by selectCustomSet, so the set the teacher saw counted is the set assigned.
 */
export async function createAssignment(teacher: Teacher, classId: string, source: QuizSource, settings: AssignmentSettings): Promise<CreateAssignmentResult> {
  return db.$transaction(async (tx) => {
    const target = await tx.class.findFirst({ where: { id: classId, teacherId: teacher.id, archivedAt: null }, select: { id: true } })
    if (!target) return { status: 'not-found' }
    let quizId: string
    let questionCount: number
    if (source.kind === 'quiz') {
      const quiz = await tx.quiz.findFirst({
        where: { id: source.quizId, scope: source.scope, document: visibleDocumentsFor(teacher) },
        select: { id: true, _count: { select: { questions: true } }, lessonId: true, documentId: true },
      })
      if (!quiz) return { status: 'not-found' }
      quizId = quiz.id
      questionCount = await tx.question.count({ where: source.scope === 'LESSON' ? { lessonId: quiz.lessonId!, enabled: true } : { documentId: quiz.documentId, enabled: true } })
    } else {
      const document = await tx.document.findFirst({ where: { id: source.documentId, ...visibleDocumentsFor(teacher) }, select: { id: true, title: true } })
      if (!document) return { status: 'not-found' }
      const candidates = await tx.question.findMany({ where: { documentId: document.id, enabled: true }, select: { id: true, key: true, type: true, difficulty: true } })
      const chosen = selectCustomSet(
        candidates.map((question) => ({ ...question, type: question.type as QuestionTypeName })),
        source.filter,
        source.count,
      )
      if (chosen.length === 0) return { status: 'no-questions' }
      const quiz = await tx.quiz.create({
        data: {
          documentId: document.id,
          scope: 'CUSTOM',
          title: source.titleFor(document.title, chosen.length),
          ownerId: teacher.id,
          questions: { create: chosen.map((question, position) => ({ questionId: question.id, position })) },
        },
      })
      quizId = quiz.id
      questionCount = chosen.length
    }
    if (questionCount === 0) return { status: 'no-questions' }
    const assignment = await tx.assignment.create({ data: { classId: target.id, quizId, ...storedSettings(settings) }, select: { id: true } })
    return { status: 'created', assignmentId: assignment.id, questionCount }
  })
}

// The rules an assignment's teacher sets and its students are shown.
const assignmentRules = { openAt: true, dueAt: true, timeLimitSec: true, attemptsAllowed: true, scoring: true, feedback: true } as const

/** The assignment as its edit form shows it, or null when it is not this teacher's. */
export async function getAssignmentForTeacher(teacher: Teacher, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, ...ownedBy(teacher) },
    select: {
      id: true,
      ...assignmentRules,
      shuffle: true,
      class: { select: { id: true, name: true } },
      quiz: { select: { title: true, scope: true, document: { select: { title: true } } } },
      _count: { select: { attempts: true } },
    },
  })
}

/** The quiz of an assignment stays as it is (attempts refer to its questions); the rules may change. */
export async function updateAssignment(teacher: Teacher, assignmentId: string, settings: AssignmentSettings): Promise<boolean> {
  const result = await db.assignment.updateMany({ where: { id: assignmentId, ...ownedBy(teacher) }, data: storedSettings(settings) })
  return result.count === 1
}

/**
 * Deleting an assignment deletes its attempts (graded work), so with attempts present the teacher must say so
 * explicitly; otherwise the deletion is refused and nothing changes.
 */
export async function deleteAssignment(teacher: Teacher, assignmentId: string, deleteAttempts: boolean): Promise<'deleted' | 'not-found' | 'has-attempts'> {
  return db.$transaction(async (tx) => {
    const assignment = await tx.assignment.findFirst({
      where: { id: assignmentId, ...ownedBy(teacher) },
      select: { id: true, quizId: true, quiz: { select: { scope: true } }, _count: { select: { attempts: true } } },
    })
    if (!assignment) return 'not-found'
    if (assignment._count.attempts > 0 && !deleteAttempts) return 'has-attempts'
    await tx.assignment.delete({ where: { id: assignment.id } })
    // A custom set exists only for its assignment; lesson and document quizzes are shared and stay.
    if (assignment.quiz.scope === 'CUSTOM') await tx.quiz.deleteMany({ where: { id: assignment.quizId, ownerId: teacher.id, assignments: { none: {} } } })
    return 'deleted'
  })
}

const studentAssignmentSelect = (student: Student) =>
  ({
    id: true,
    ...assignmentRules,
    class: { select: { name: true } },
    quiz: { select: { id: true, title: true, scope: true } },
    attempts: {
      where: { userId: student.id },
      orderBy: { startedAt: 'asc' },
      select: { id: true, status: true, startedAt: true, submittedAt: true, score: true, maxScore: true },
    },
  }) as const

function withProgress<A extends { openAt: Date; dueAt: Date; attemptsAllowed: number; scoring: 'BEST' | 'FIRST' | 'LAST'; attempts: { id: string; status: string; submittedAt: Date | null; score: number | null; maxScore: number | null }[] }>(assignment: A, now: Date) {
  const inProgress = assignment.attempts.find((attempt) => attempt.status === 'IN_PROGRESS') ?? null
  const counted = countedAttempt(assignment.attempts, assignment.scoring)
  return {
    ...assignment,
    inProgress,
    counted,
    attemptsLeft: attemptsLeft(assignment.attemptsAllowed, assignment.attempts.length),
    status: assignmentStatus({ now, openAt: assignment.openAt, dueAt: assignment.dueAt, inProgress: inProgress !== null, counted }),
  }
}

/** The student's assigned work in classes they are in now, soonest due first. */
export async function listAssignmentsForStudent(student: Student, now = new Date()) {
  const assignments = await db.assignment.findMany({
    where: assignedTo(student),
    orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
    select: studentAssignmentSelect(student),
  })
  return assignments.map((assignment) => withProgress(assignment, now))
}

export type StudentAssignment = Awaited<ReturnType<typeof listAssignmentsForStudent>>[number]

/** One assignment for its start page, or null when the student is not (or no longer) in its class. */
export async function findAssignmentForStudent(student: Student, assignmentId: string, now = new Date()) {
  const assignment = await db.assignment.findFirst({ where: { id: assignmentId, ...assignedTo(student) }, select: studentAssignmentSelect(student) })
  return assignment && withProgress(assignment, now)
}
