import Link from 'next/link'
import type { Translate } from '@/lib/i18n'
import { masteryLevels, masteryRank } from '@/lib/progress/mastery'
import type { ProgressOverview } from '@/lib/data/progress'

/** One meter per lesson; the level is also written out, so nothing depends on the bar's length or colour. */
export function MasteryList({ lessons, t, formatDate }: { lessons: ProgressOverview['lessons']; t: Translate; formatDate: (date: Date) => string }) {
  return (
    <ul className="mastery-list">
      {lessons.map((lesson) => {
        const labelId = `mastery-${lesson.id}`
        const levelName = t(`progress.levels.${lesson.mastery.level}`)
        return (
          <li key={lesson.id} className="mastery-item">
            <p className="mastery-title">
              <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link> <span className="meta">— {lesson.documentTitle}</span>
            </p>
            <div className="mastery-row">
              <meter
                id={labelId}
                min={0}
                max={masteryLevels.length - 1}
                value={masteryRank(lesson.mastery.level)}
                aria-label={t('progress.masteryLabel', { lesson: lesson.title })}
                aria-valuetext={levelName}
              />
              <strong className="mastery-level" data-level={lesson.mastery.level}>
                {levelName}
              </strong>
            </div>
            <p className="meta">
              {lesson.mastery.total > 0 && t('progress.masteryDetail', { correct: lesson.mastery.correct, total: lesson.mastery.total })}
              {lesson.mastery.total > 0 && lesson.studiedAt && ' · '}
              {lesson.studiedAt && t('progress.studiedOn', { date: formatDate(lesson.studiedAt) })}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
