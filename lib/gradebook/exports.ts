// The rows of the two CSV downloads. Pure: headers and words come through the translator, dates are ISO 8601 (UTC)
// so spreadsheets and scripts read them the same way in every language.
import type { Translate } from '../i18n'
import { describeAnswer } from '../quiz/describe'
import type { AnswerKey, QuestionType, QuizResponse } from '../quiz/responses'
import { formatPoints } from '../quiz/score'
import type { CsvCell } from './csv'
import type { GradebookCell } from './matrix'

type Student = { name: string; email: string }

export type ClassExportInput = {
  assignments: { id: string; dueAt: Date; quiz: { title: string } }[]
  rows: { student: Student; cells: GradebookCell[] }[]
}

export type ResultsExportInput = {
  students: {
    student: Student
    attempts: {
      number: number
      counted: boolean
      status: 'IN_PROGRESS' | 'SUBMITTED'
      questionIds: string[]
      answers: Map<string, { response: QuizResponse; credit: number; answeredAt: Date; prompt: string; key: AnswerKey }>
    }[]
  }[]
  questions: { id: string; type: QuestionType; prompt: string; key: AnswerKey }[]
}

const iso = (date: Date | null | undefined) => date?.toISOString() ?? ''

/** A row per student per assignment: the counted attempt, as in the matrix. */
export function classGradebookRows(input: ClassExportInput, t: Translate): CsvCell[][] {
  const yesNo = (flag: boolean) => t(flag ? 'gradebook.csv.yes' : 'gradebook.csv.no')
  const header = (['student', 'email', 'assignment', 'quiz', 'due', 'countedAttempt', 'score', 'max', 'percent', 'submittedAt', 'late', 'status'] as const).map(
    (column) => t(`gradebook.csv.${column}`),
  )
  const rows = input.rows.flatMap(({ student, cells }) =>
    input.assignments.map((assignment, column): CsvCell[] => {
      const cell = cells[column]
      const base = [student.name, student.email, assignment.id, assignment.quiz.title, iso(assignment.dueAt)]
      if (cell.state !== 'scored') return [...base, '', '', '', '', '', '', t(cell.state === 'in-progress' ? 'gradebook.inProgress' : 'gradebook.notSubmitted')]
      return [
        ...base,
        cell.attemptNumber,
        formatPoints(cell.score),
        cell.maxScore,
        cell.percent,
        iso(cell.submittedAt),
        yesNo(cell.late),
        t('gradebook.csv.submitted'),
      ]
    }),
  )
  return [header, ...rows]
}

/**
 * A row per student per question of each submitted attempt, numbered as that student saw the questions. The prompt
 * and key are the version the student answered; an unanswered question shows the current version.
 */
export function assignmentResultRows(input: ResultsExportInput, t: Translate): CsvCell[][] {
  const header = (
    ['student', 'email', 'attempt', 'counted', 'questionNumber', 'questionId', 'questionType', 'prompt', 'response', 'correctAnswer', 'credit', 'answeredAt'] as const
  ).map((column) => t(`gradebook.csv.${column}`))
  const questions = new Map(input.questions.map((question) => [question.id, question]))
  const rows = input.students.flatMap(({ student, attempts }) =>
    attempts
      .filter((attempt) => attempt.status === 'SUBMITTED')
      .flatMap((attempt) =>
        attempt.questionIds.map((questionId, index): CsvCell[] => {
          const question = questions.get(questionId)!
          const answer = attempt.answers.get(questionId)
          return [
            student.name,
            student.email,
            attempt.number,
            t(attempt.counted ? 'gradebook.csv.yes' : 'gradebook.csv.no'),
            index + 1,
            questionId,
            question.type,
            answer?.prompt ?? question.prompt,
            describeAnswer(question.type, answer?.response ?? null, t).join('; '),
            describeAnswer(question.type, (answer?.key ?? question.key).answer, t).join('; '),
            formatPoints(answer?.credit ?? 0),
            iso(answer?.answeredAt),
          ]
        }),
      ),
  )
  return [header, ...rows]
}
