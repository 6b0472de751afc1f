import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { listPublishedDocuments } from '@/lib/data/documents'
import { formatTimex } from '@/lib/lesson/timex'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('lessons.title') }
}

export default async function LessonsPage() {
  await requireUser('read:lessons', '/lessons')
  const [{ t, locale }, documents] = await Promise.all([getTranslator(), listPublishedDocuments()])
  return (
    <>
      <h1>{t('lessons.title')}</h1>
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
