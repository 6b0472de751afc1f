import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'
import { getProgressOverview } from '@/lib/data/progress'
import { listAssignmentsForStudent } from '@/lib/data/assignments'
import { AssignedWork } from '@/components/assignments/AssignedWork'
import { getTranslator } from '@/lib/i18n/server'
import { hoursAndMinutes } from '@/lib/progress/activity'
import { AccuracyBars } from '@/components/progress/AccuracyBars'
import { AttemptList } from '@/components/progress/AttemptList'
import { MasteryList } from '@/components/progress/MasteryList'
import { ScoreChart } from '@/components/progress/ScoreChart'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('progress.title') }
}

export default async function ProgressPage() {
  const user = await requireUser('read:progress:own', '/progress')
  const now = new Date()
  const [{ t, locale }, overview, assignments] = await Promise.all([getTranslator(), getProgressOverview(user), listAssignmentsForStudent(user, now)])
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const formatDate = (date: Date) => dateFormat.format(date)
  const duration = (seconds: number) => t('progress.duration', hoursAndMinutes(seconds))
  const isNew = overview.attempts.length === 0 && overview.lessons.length === 0 && overview.time.totalSeconds === 0

  return (
    <>
      <h1>{t('progress.title')}</h1>
      <p>{t('progress.intro')}</p>
      {assignments.length > 0 && <AssignedWork assignments={assignments} t={t} locale={locale} now={now} />}

      {isNew && (
        <section className="card empty-state" aria-labelledby="empty-heading">
          <h2 id="empty-heading">{t('progress.emptyHeading')}</h2>
          <p>{t('progress.emptyText')}</p>
          <Link href="/lessons" className="button primary">
            {t('progress.emptyLink')}
          </Link>
        </section>
      )}

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('progress.summaryHeading')}</h2>
        <dl className="stat-grid">
          <div className="card stat">
            <dt>{t('progress.streak')}</dt>
            <dd className="stat-value">{t('progress.streakDays', { count: overview.streak.days })}</dd>
            <dd className="meta">{t(overview.streak.activeToday ? 'progress.streakToday' : 'progress.streakKeepGoing')}</dd>
          </div>
          <div className="card stat">
            <dt>{t('progress.timeTotal')}</dt>
            <dd className="stat-value">{duration(overview.time.totalSeconds)}</dd>
            <dd className="meta">
              {t('progress.timeLastWeek')}: {duration(overview.time.lastWeekSeconds)}
            </dd>
          </div>
          <div className="card stat">
            <dt>{t('progress.reviewHeading')}</dt>
            <dd className="stat-value">{t('progress.reviewDue', { count: overview.reviewDue })}</dd>
            <dd>{overview.reviewDue > 0 ? <Link href="/review">{t('progress.reviewLink')}</Link> : <span className="meta">{t('progress.reviewNone')}</span>}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">{t('progress.masteryHeading')}</h2>
        <p className="meta">{t('progress.masteryHelp')}</p>
        {overview.lessons.length > 0 ? <MasteryList lessons={overview.lessons} t={t} formatDate={formatDate} /> : <p>{t('progress.masteryEmpty')}</p>}
      </section>

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t('progress.scoresHeading')}</h2>
        {overview.scoreHistory.length > 0 ? <ScoreChart scores={overview.scoreHistory} t={t} formatDate={formatDate} /> : <p>{t('progress.scoresEmpty')}</p>}
      </section>

      <section aria-labelledby="accuracy-heading">
        <h2 id="accuracy-heading">{t('progress.accuracyHeading')}</h2>
        <p className="meta">{t('progress.accuracyIntro')}</p>
        <AccuracyBars accuracy={overview.accuracy} t={t} />
      </section>

      <section aria-labelledby="attempts-heading">
        <h2 id="attempts-heading">{t('progress.attemptsHeading')}</h2>
        {overview.attempts.length > 0 ? <AttemptList attempts={overview.attempts} t={t} formatDate={formatDate} /> : <p>{t('progress.attemptsEmpty')}</p>}
      </section>
    </>
  )
}
