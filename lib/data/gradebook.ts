import 'server-only'
import { db } from '../db'
import { buildMatrix, numberAttempts, type GradebookAssignment } from '../gradebook/matrix'
import { itemStatistics, type AnswerSheet } from '../gradebook/statistics'
import type { AnswerKey, QuestionType, QuizResponse } from '../quiz/responses'
import { loadSubmittedAttempt } from './attempts'

// Every query names the teacher: a class, assignment or student of another teacher is simply not found.

const studentFields = { id: true, name: true, email: true } as const
const enrollmentFields = { select: { removedAt: true, student: { select: studentFields } } } as const
const attemptFields = { id: true, userId: true, status: true, startedAt: true, submittedAt: true, score: true, maxScore: true } as const

type Enrolled = { removedAt: Date | null; student: { id: string; name: string; email: string } }

/** Current students, and removed ones who left work behind (marked removed), by name. */
function rosterOf(enrollments: Enrolled[], withAttempts: Set<string>) {
  return enrollments
    .filter((enrollment) => enrollment.removedAt === null || withAttempts.has(enrollment.student.id))
    .map((enrollment) => ({ ...enrollment.student, removed: enrollment.removedAt !== null }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email))
}

/** The class × assignment matrix: assignments by due date, each cell the attempt the assignment's policy counts. */
export async function loadGradebook(teacherId: string, classId: string) {
  const group = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      enrollments: enrollmentFields,
      assignments: {
        orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
        select: { id: true, dueAt: true, openAt: true, scoring: true, quiz: { select: { id: true, title: true } }, attempts: { select: attemptFields } },
      },
    },
  })
  if (!group) return null
  const attempts = group.assignments.flatMap((assignment) => assignment.attempts.map((attempt) => ({ ...attempt, assignmentId: assignment.id })))
  const students = rosterOf(group.enrollments, new Set(attempts.map((attempt) => attempt.userId)))
  const assignments = group.assignments.map(({ attempts: _attempts, ...assignment }) => assignment)
  const matrix = buildMatrix(
    students.map((student) => student.id),
    assignments,
    attempts,
  )
  return {
    class: { id: group.id, name: group.name, archivedAt: group.archivedAt },
    assignments,
    rows: matrix.rows.map((row, index) => ({ student: students[index], cells: row.cells, average: row.average })),
    columnAverages: matrix.columnAverages,
  }
}

export type Gradebook = NonNullable<Awaited<ReturnType<typeof loadGradebook>>>

/**
 * One assignment: every student's attempts (numbered, the counted one marked) with their answers, and statistics
 * for each question over the counted attempts (one per student, as the gradebook counts them).
 */
export async function loadAssignmentResults(teacherId: string, classId: string, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classId, class: { teacherId } },
    select: {
      id: true,
      openAt: true,
      dueAt: true,
      scoring: true,
      attemptsAllowed: true,
      quiz: { select: { id: true, title: true } },
      class: { select: { id: true, name: true, enrollments: enrollmentFields } },
      attempts: {
        select: {
          ...attemptFields,
          questionIds: true,
          answers: {
            select: { questionId: true, response: true, credit: true, answeredAt: true, questionVersion: { select: { prompt: true, answerKey: true } } },
          },
        },
      },
    },
  })
  if (!assignment) return null
  const policy: GradebookAssignment = { id: assignment.id, dueAt: assignment.dueAt, scoring: assignment.scoring }
  const attempts = assignment.attempts.map((attempt) => ({
    ...attempt,
    assignmentId: assignment.id,
    questionIds: attempt.questionIds as string[],
    answers: new Map(
      attempt.answers.map((answer) => [
        answer.questionId,
        {
          response: answer.response as QuizResponse,
          credit: answer.credit ?? 0,
          answeredAt: answer.answeredAt,
          prompt: answer.questionVersion.prompt,
          key: answer.questionVersion.answerKey as AnswerKey,
        },
      ]),
    ),
  }))
  const students = rosterOf(assignment.class.enrollments, new Set(attempts.map((attempt) => attempt.userId))).map((student) => {
    const numbered = numberAttempts(
      attempts.filter((attempt) => attempt.userId === student.id),
      policy,
    )
    return { student, attempts: numbered, counted: numbered.find((attempt) => attempt.counted) ?? null }
  })

  const sheets: AnswerSheet[] = students.flatMap(({ counted }) =>
    counted
      ? [new Map(counted.questionIds.map((id) => [id, { credit: counted.answers.get(id)?.credit ?? 0, response: counted.answers.get(id)?.response ?? null }]))]
      : [],
  )
  const questionRows = await db.question.findMany({
    where: { id: { in: [...new Set(attempts.flatMap((attempt) => attempt.questionIds))] } },
    orderBy: [{ createdAt: 'asc' }, { key: 'asc' }],
    select: { id: true, type: true, versions: { orderBy: { version: 'desc' }, take: 1, select: { prompt: true, answerKey: true } } },
  })
  const questions = questionRows.map((question, index) => ({
    id: question.id,
    number: index + 1,
    type: question.type as QuestionType,
    prompt: question.versions[0].prompt,
    key: question.versions[0].answerKey as AnswerKey,
    statistics: itemStatistics(question.id, question.type as QuestionType, sheets),
  }))
  const { id, openAt, dueAt, scoring, attemptsAllowed, quiz, class: group } = assignment
  return { assignment: { id, openAt, dueAt, scoring, attemptsAllowed, quiz, class: { id: group.id, name: group.name } }, students, questions }
}

export type AssignmentResults = NonNullable<Awaited<ReturnType<typeof loadAssignmentResults>>>

/** One student of the class: every attempt at every assignment of the class, submitted ones down to each answer. */
export async function loadStudentWork(teacherId: string, classId: string, studentId: string) {
  const enrollment = await db.enrollment.findFirst({
    where: { classId, studentId, class: { teacherId } },
    select: {
      removedAt: true,
      student: { select: studentFields },
      class: {
        select: {
          id: true,
          name: true,
          assignments: {
            orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
            select: { id: true, dueAt: true, scoring: true, quiz: { select: { id: true, title: true } }, attempts: { where: { userId: studentId }, select: attemptFields } },
          },
        },
      },
    },
  })
  if (!enrollment) return null
  const reader = { userId: studentId, assignment: { classId, class: { teacherId } } }
  const assignments = await Promise.all(
    enrollment.class.assignments.map(async ({ attempts, ...assignment }) => {
      const numbered = numberAttempts(
        attempts.map((attempt) => ({ ...attempt, assignmentId: assignment.id })),
        assignment,
      )
      const detailed = await Promise.all(
        numbered.map(async (attempt) => ({ ...attempt, result: attempt.status === 'SUBMITTED' ? await loadSubmittedAttempt({ id: attempt.id, ...reader }) : null })),
      )
      return { ...assignment, attempts: detailed }
    }),
  )
  return {
    student: { ...enrollment.student, removed: enrollment.removedAt !== null },
    class: { id: enrollment.class.id, name: enrollment.class.name },
    assignments,
  }
}

export type StudentWork = NonNullable<Awaited<ReturnType<typeof loadStudentWork>>>
