// How gradebook values read on the page; the CSV uses the same messages through lib/gradebook/exports.ts.
import type { Translate } from '@/lib/i18n'
import type { GradebookCell } from '@/lib/gradebook/matrix'
import { formatPoints } from '@/lib/quiz/score'

export function scoreText(score: number | null, maxScore: number | null, percent: number, t: Translate): string {
  return t('gradebook.cellScore', { score: formatPoints(score), max: maxScore ?? 0, percent })
}

export function cellText(cell: GradebookCell, t: Translate): string {
  if (cell.state === 'in-progress') return t('gradebook.inProgress')
  if (cell.state === 'not-submitted') return t('gradebook.notSubmitted')
  const score = scoreText(cell.score, cell.maxScore, cell.percent, t)
  return cell.late ? `${score} · ${t('gradebook.late')}` : score
}

export function averageText(average: number | null, t: Translate): string {
  return average === null ? t('gradebook.noAverage') : t('gradebook.results.percent', { percent: average })
}
