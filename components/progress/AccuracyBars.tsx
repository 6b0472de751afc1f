import type { Translate } from '@/lib/i18n'
import type { ProgressOverview } from '@/lib/data/progress'

/** Two bars with their numbers written beside them; the bar itself is decoration. */
export function AccuracyBars({ accuracy, t }: { accuracy: ProgressOverview['accuracy']; t: Translate }) {
  const rows = [
    { key: 'date', label: t('progress.accuracyDates'), value: accuracy.date },
    { key: 'actor', label: t('progress.accuracyActors'), value: accuracy.actor },
  ]
  return (
    <dl className="accuracy-bars">
      {rows.map((row) => (
        <div key={row.key} className="accuracy-row">
          <dt>{row.label}</dt>
          <dd>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${row.value.percent ?? 0}%` }} />
            </span>
            <span>{row.value.percent === null ? t('progress.accuracyNone') : t('progress.accuracyValue', { percent: row.value.percent, count: row.value.answers })}</span>
          </dd>
        </div>
      ))}
    </dl>
  )
}
