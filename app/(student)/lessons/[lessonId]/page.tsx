import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { findLessonForUser } from '@/lib/data/lessons'
import { getTranslator } from '@/lib/i18n/server'
import { formatTimex } from '@/lib/lesson/timex'
import { buildLessonView } from '@/lib/lesson/view'
import { ActorCards } from '@/components/lesson/ActorCards'
import { LessonText } from '@/components/lesson/LessonText'
import { MarkStudied } from '@/components/lesson/MarkStudied'
import { StudyHeartbeat } from '@/components/lesson/StudyHeartbeat'
import { Timeline } from '@/components/lesson/Timeline'

type Props = { params: Promise<{ lessonId: string }> }

async function loadLesson(lessonId: string) {
  const user = await requireUser('read:lessons', `/lessons/${lessonId}`)
  const lesson = await findLessonForUser(user, lessonId)
  if (!lesson) notFound()
  return { user, lesson }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lesson } = await loadLesson((await params).lessonId)
  return { title: lesson.title }
}

const CYRILLIC = /[\u0400-\u04ff]/

export default async function LessonPage({ params }: Props) {
  const { lessonId } = await params
  const [{ user, lesson }, { t, locale }] = await Promise.all([loadLesson(lessonId), getTranslator()])
  const { document } = lesson
  const view = buildLessonView({ ...lesson, documentOriginal: document.originalText }, locale)
  const tracksProgress = can(user.role, 'read:progress:own')
  const position = lesson.siblings.findIndex((sibling) => sibling.id === lesson.id)
  const [previous, next] = [lesson.siblings[position - 1], lesson.siblings[position + 1]]
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })

  return (
    <article className="lesson-page" aria-labelledby="lesson-title">
      <p>
        <Link href="/lessons">{t('lesson.allLessons')}</Link>
      </p>
      <header className="lesson-header">
        <h1 id="lesson-title" lang={document.language}>
          {lesson.title}
        </h1>
        <p className="meta">{t('lesson.document', { title: document.title })}</p>
        {lesson.periodFrom && lesson.periodTo && (
          <p className="meta">{t('lesson.period', { from: formatTimex(lesson.periodFrom, locale), to: formatTimex(lesson.periodTo, locale) })}</p>
        )}
        {document.source && (
          <p className="meta">
            {t('lesson.sourceLabel')} <cite lang={CYRILLIC.test(document.source) ? 'ru' : undefined}>{document.source}</cite>
          </p>
        )}
      </header>

      <section aria-labelledby="study-heading" className="card lesson-study">
        <h2 id="study-heading">{t('lesson.studyHeading')}</h2>
        <div className="actions">
          {lesson.quizId ? (
            <Link href={`/quizzes/${lesson.quizId}`} className="button primary">
              {t('lesson.takeQuiz')}
            </Link>
          ) : (
            <p>{t('lesson.noQuiz')}</p>
          )}
          {tracksProgress && <MarkStudied lessonId={lesson.id} studiedOn={lesson.studiedAt && dateFormat.format(lesson.studiedAt)} />}
        </div>
      </section>

      <div className="lesson-layout">
        <section aria-labelledby="text-heading" className="lesson-main">
          <h2 id="text-heading">{t('lesson.textHeading')}</h2>
          <LessonText corrected={view.corrected} original={view.original} correctionCount={view.correctionCount} contentLang={document.language} />
        </section>
        <section aria-labelledby="timeline-heading" className="lesson-aside">
          <h2 id="timeline-heading">{t('lesson.timelineHeading')}</h2>
          <Timeline entries={view.timeline} t={t} contentLang={document.language} />
        </section>
      </div>

      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading">{t('lesson.actorsHeading')}</h2>
        <ActorCards actors={view.actors} t={t} contentLang={document.language} />
      </section>

      {(previous || next) && (
        <nav aria-label={t('lesson.lessonNavigation')} className="lesson-pager">
          {previous && <Link href={`/lessons/${previous.id}`}>{t('lesson.previous', { title: previous.title })}</Link>}
          {next && <Link href={`/lessons/${next.id}`}>{t('lesson.next', { title: next.title })}</Link>}
        </nav>
      )}
      {tracksProgress && <StudyHeartbeat />}
    </article>
  )
}
