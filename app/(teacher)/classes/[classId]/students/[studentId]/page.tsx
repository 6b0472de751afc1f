import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { loadStudentWork } from '@/lib/data/gradebook'
import { percentOf } from '@/lib/quiz/score'
import { AnswerFeedback, verdict } from '@/components/quiz/AnswerFeedback'
import { scoreText } from '@/components/gradebook/labels'

type Props = { params: Promise<{ classId: string; studentId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('gradebook.link') }
}

/** Every attempt of one student at the class's assignments, each submitted one answer by answer, as they saw it. */
export default async function StudentWorkPage({ params }: Props) {
  const { classId, studentId } = await params
  const user = await requireUser('read:progress:class', `/classes/${classId}/students/${studentId}`)
  const [{ t, locale }, work] = await Promise.all([getTranslator(), loadStudentWork(user.id, classId, studentId)])
  if (!work) notFound()
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <>
      <p className="meta">
        <Link href={`/classes/${classId}/gradebook`}>{t('gradebook.backToGradebook')}</Link>
      </p>
      <h1>{t('gradebook.student.title', { name: work.student.name, class: work.class.name })}</h1>
      <p className="meta">{work.student.email}</p>
      {work.student.removed && <p className="notice">{t('gradebook.student.removedNote')}</p>}
      {work.assignments.length === 0 && <p>{t('gradebook.noAssignments')}</p>}
      {work.assignments.map((assignment) => (
        <section key={assignment.id} id={`assignment-${assignment.id}`} className="student-assignment" aria-labelledby={`assignment-heading-${assignment.id}`}>
          <h2 id={`assignment-heading-${assignment.id}`}>
            <Link href={`/classes/${classId}/assignments/${assignment.id}/results`}>{assignment.quiz.title}</Link>
          </h2>
          <p className="meta">
            {t('gradebook.due', { date: date.format(assignment.dueAt) })} · {t(`gradebook.policy.${assignment.scoring}`)}
          </p>
          {assignment.attempts.length === 0 && <p>{t('gradebook.student.noAttempts')}</p>}
          {assignment.attempts.map((attempt) => (
            <article key={attempt.id} id={`attempt-${attempt.id}`} className="card student-attempt">
              <h3>
                {t('gradebook.student.attemptHeading', { number: attempt.number })}
                {attempt.counted && <span className="badge badge-counted">{t(`gradebook.countedBecause.${assignment.scoring}`)}</span>}
                {attempt.late && <span className="badge">{t('gradebook.late')}</span>}
              </h3>
              {attempt.result ? (
                <>
                  <p className="score-line">{scoreText(attempt.result.score, attempt.result.maxScore, percentOf(attempt.result.score, attempt.result.maxScore), t)}</p>
                  <p className="meta">{t('gradebook.student.submittedOn', { date: date.format(attempt.result.submittedAt!) })}</p>
                  <ol className="results">
                    {attempt.result.questions.map((question, index) => (
                      <li key={question.id}>
                        <h4 className="result-heading">
                          {t('gradebook.student.questionNumber', { number: index + 1, total: attempt.result!.questions.length })}
                          <span className="visually-hidden">: {verdict(question.credit, t).label}</span>
                        </h4>
                        <p className="question-prompt">{question.prompt}</p>
                        <AnswerFeedback question={question} t={t} responseLabel={t('gradebook.student.studentAnswer')} />
                      </li>
                    ))}
                  </ol>
                </>
              ) : (
                <p>{t('gradebook.student.startedOn', { date: date.format(attempt.startedAt) })}</p>
              )}
            </article>
          ))}
        </section>
      ))}
    </>
  )
}
