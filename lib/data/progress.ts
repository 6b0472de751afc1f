import 'server-only'
import { db } from '../db'
import type { SessionUser } from '../auth/session'
import { accuracyByFocus } from '../progress/accuracy'
import { currentStreak, dayOf, timeStudied } from '../progress/activity'
import { scorePercent } from '../progress/chart'
import { lessonMastery } from '../progress/mastery'
import { reviewsUpToDate } from './pending-reviews'
import { visibleDocumentsFor } from './quiz-visibility'

// Every query below is filtered by the signed-in user's id: a student only ever reads their own progress.

/** Everything the progress dashboard shows for one user. */
export async function getProgressOverview(user: Pick<SessionUser, 'id' | 'role'>, now = new Date()) {
  const userId = user.id
  await reviewsUpToDate(userId)
  const [attempts, gradedAnswers, studied, studyDays, reviewDue] = await Promise.all([
    db.attempt.findMany({
      where: { userId },
      orderBy: { startedAt: 'desc' },
      select: { id: true, quizId: true, status: true, startedAt: true, submittedAt: true, score: true, maxScore: true, quiz: { select: { title: true } } },
    }),
    // Only submitted attempts: an answer's grade is not shown before its quiz is handed in.
    db.answer.findMany({
      where: { attempt: { userId, status: 'SUBMITTED' }, credit: { not: null } },
      select: { questionId: true, credit: true, answeredAt: true, question: { select: { lessonId: true, focus: true } } },
    }),
    db.lessonProgress.findMany({ where: { userId }, select: { lessonId: true, studiedAt: true } }),
    db.studyDay.findMany({ where: { userId }, select: { day: true, seconds: true } }),
    db.reviewState.count({ where: { userId, due: { lte: now } } }),
  ])

  const answers = gradedAnswers.map((answer) => ({ ...answer, credit: answer.credit ?? 0 }))
  const lessonIds = new Set([...studied.map((row) => row.lessonId), ...answers.flatMap((answer) => answer.question.lessonId ?? [])])
  const lessons = await db.lesson.findMany({
    where: { id: { in: [...lessonIds] }, document: visibleDocumentsFor(user) },
    orderBy: [{ document: { title: 'asc' } }, { position: 'asc' }],
    select: { id: true, title: true, document: { select: { title: true } }, questions: { where: { enabled: true }, select: { id: true } } },
  })
  const studiedAt = new Map(studied.map((row) => [row.lessonId, row.studiedAt]))

  const submitted = attempts.filter((attempt) => attempt.status === 'SUBMITTED' && attempt.submittedAt)
  const activeDays = [
    ...studyDays.filter((row) => row.seconds > 0).map((row) => row.day),
    ...submitted.map((attempt) => dayOf(attempt.submittedAt!)),
  ]

  return {
    attempts: attempts.map(({ quiz, score, maxScore, ...attempt }) => ({ ...attempt, quizTitle: quiz.title, score, maxScore, percent: scorePercent(score, maxScore) })),
    scoreHistory: submitted
      .map((attempt) => ({ attemptId: attempt.id, quizTitle: attempt.quiz.title, submittedAt: attempt.submittedAt!, percent: scorePercent(attempt.score, attempt.maxScore) }))
      .filter((point): point is typeof point & { percent: number } => point.percent !== null)
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime()),
    lessons: lessons.map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      documentTitle: lesson.document.title,
      studiedAt: studiedAt.get(lesson.id) ?? null,
      mastery: lessonMastery(
        lesson.questions.map((question) => question.id),
        answers,
      ),
    })),
    accuracy: accuracyByFocus(answers.map((answer) => ({ credit: answer.credit, focus: answer.question.focus }))),
    streak: currentStreak(activeDays, now),
    time: timeStudied(studyDays, now),
    reviewDue,
  }
}

export type ProgressOverview = Awaited<ReturnType<typeof getProgressOverview>>
