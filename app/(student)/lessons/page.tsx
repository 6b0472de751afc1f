import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { listPublishedDocuments } from '@/lib/data/documents'
import { formatTimex } from '@/lib/lesson/timex'
import { listAssignmentsForStudent } from '@/lib/data/assignments'
import { AssignedWork } from '@/components/assignments/AssignedWork'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('lessons.title') }
}

type Props = { searchParams: Promise<{ joined?: string }> }

export default async function LessonsPage({ searchParams }: Props) {
  const user = await requireUser('read:lessons', '/lessons')
  const student = user.role === 'STUDENT'
  const now = new Date()
  const [{ t, locale }, documents, assignments, { joined }] = await Promise.all([
    getTranslator(),
    listPublishedDocuments(),
    student ? listAssignmentsForStudent(user, now) : [],
    searchParams,
  ])
  return (
    <>
      <h1>{t('lessons.title')}</h1>
      {/* A student's home: assigned work comes first, then the library. */}
      {student && (
        <>
          {joined && (
            <p className="notice" role="status">
              {t('classes.joined')}
            </p>
          )}
          <AssignedWork assignments={assignments} t={t} locale={locale} now={now} />
          <p>
            <Link href="/join">{t('classes.joinLink')}</Link>
          </p>
        </>
      )}
      <p>{t('lessons.intro')}</p>
      {documents.length === 0 && <p>{t('lessons.empty')}</p>}
      {documents.map((document) => (
        <section key={document.id} className="card" aria-labelledby={`doc-${document.id}`}>
          <h2 id={`doc-${document.id}`}>{document.title}</h2>
          {document.source && <p className="meta">{t('lessons.source', { source: document.source })}</p>}
          <p className="meta">{t('lessons.lessonCount', { count: document.lessons.length })}</p>
          <ol className="plain-list">
            {document.lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link>
                {lesson.periodFrom && lesson.periodTo && (
                  <span className="meta"> — {t('lessons.period', { from: formatTimex(lesson.periodFrom, locale), to: formatTimex(lesson.periodTo, locale) })}</span>
                )}
              </li>
            ))}
          </ol>
          {document.quizzes[0] && (
            <p>
              <Link href={`/quizzes/${document.quizzes[0].id}`} className="button secondary" aria-label={t('lesson.wholeDocumentQuizFor', { title: document.title })}>
                {t('lesson.wholeDocumentQuiz')}
              </Link>
            </p>
          )}
        </section>
      ))}
    </>
  )
}
