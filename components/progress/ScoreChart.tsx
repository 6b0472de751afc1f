import type { Translate } from '@/lib/i18n'
import { chartPoints, percentTicks, polylinePoints, scoreChartBox as box, yForPercent } from '@/lib/progress/chart'

type Score = { attemptId: string; quizTitle: string; submittedAt: Date; percent: number }

/** An inline SVG line chart; its description and the table beside it carry the same data for non-visual use. */
export function ScoreChart({ scores, t, formatDate }: { scores: Score[]; t: Translate; formatDate: (date: Date) => string }) {
  const points = chartPoints(scores.map((score) => score.percent))
  const latest = scores.at(-1)?.percent ?? 0
  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-labelledby="score-chart-description" className="chart">
        {percentTicks.map((tick) => (
          <g key={tick}>
            <line x1={box.left} x2={box.width - box.right} y1={yForPercent(tick)} y2={yForPercent(tick)} className="chart-grid" />
            <text x={box.left - 8} y={yForPercent(tick)} className="chart-tick" textAnchor="end" dominantBaseline="middle">
              {t('progress.percent', { value: tick })}
            </text>
          </g>
        ))}
        <polyline points={polylinePoints(points)} className="chart-line" />
        {points.map((point, index) => (
          <circle key={scores[index].attemptId} cx={point.x} cy={point.y} r={5} className="chart-point" />
        ))}
        {scores.length > 0 && (
          <>
            <text x={points[0].x} y={box.height - 6} className="chart-tick" textAnchor={scores.length > 1 ? 'start' : 'middle'}>
              {formatDate(scores[0].submittedAt)}
            </text>
            {scores.length > 1 && (
              <text x={points.at(-1)!.x} y={box.height - 6} className="chart-tick" textAnchor="end">
                {formatDate(scores.at(-1)!.submittedAt)}
              </text>
            )}
          </>
        )}
      </svg>
      <figcaption id="score-chart-description">{t('progress.chartDescription', { count: scores.length, latest })}</figcaption>
      <details className="chart-table">
        <summary>{t('progress.showTable')}</summary>
        <div className="table-scroll" role="region" aria-label={t('progress.tableCaption')} tabIndex={0}>
          <table>
            <caption>{t('progress.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.columnDate')}</th>
                <th scope="col">{t('progress.columnQuiz')}</th>
                <th scope="col">{t('progress.columnScore')}</th>
              </tr>
            </thead>
            <tbody>
              {scores.map((score) => (
                <tr key={score.attemptId}>
                  <td>{formatDate(score.submittedAt)}</td>
                  <td>{score.quizTitle}</td>
                  <td>{t('progress.percent', { value: score.percent })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}
