import type { Translate } from '@/lib/i18n'
import type { LessonView } from '@/lib/lesson/view'

/** Native disclosures: each date opens with Enter or Space, no script needed. */
export function Timeline({ entries, t, contentLang }: { entries: LessonView['timeline']; t: Translate; contentLang: string }) {
  if (entries.length === 0) return <p>{t('lesson.timelineEmpty')}</p>
  return (
    <>
      <p className="meta">{t('lesson.timelineIntro')}</p>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.id} className="timeline-entry">
            <details>
              <summary>
                <span className="timeline-when">{entry.when}</span>
              </summary>
              <div className="timeline-detail" lang={contentLang}>
                <p>{entry.event}</p>
                <blockquote className="timeline-sentence">{entry.sentence}</blockquote>
                {entry.anchor && <a href={`#${entry.anchor}`}>{t('lesson.showInText')}</a>}
              </div>
            </details>
          </li>
        ))}
      </ol>
    </>
  )
}
