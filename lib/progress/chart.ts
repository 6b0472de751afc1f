// Scaling the score history into an SVG viewBox: attempts evenly spaced in time order, 0–100% upwards.

export type ChartBox = { width: number; height: number; left: number; right: number; top: number; bottom: number }
export type ChartPoint = { x: number; y: number; percent: number }

export const scoreChartBox: ChartBox = { width: 640, height: 240, left: 44, right: 16, top: 12, bottom: 28 }
export const percentTicks = [0, 25, 50, 75, 100]

/** Score as a whole percentage; null when the attempt has no maximum to compare with. */
export function scorePercent(score: number | null, maxScore: number | null): number | null {
  if (score === null || maxScore === null || maxScore <= 0) return null
  return Math.round((100 * Math.min(Math.max(score, 0), maxScore)) / maxScore)
}

export function yForPercent(percent: number, box: ChartBox = scoreChartBox): number {
  const plotHeight = box.height - box.top - box.bottom
  return box.top + plotHeight * (1 - Math.min(Math.max(percent, 0), 100) / 100)
}

/** One point per score, left to right; a single score sits in the middle. */
export function chartPoints(percents: readonly number[], box: ChartBox = scoreChartBox): ChartPoint[] {
  const plotWidth = box.width - box.left - box.right
  const step = percents.length > 1 ? plotWidth / (percents.length - 1) : 0
  return percents.map((percent, index) => ({
    x: percents.length > 1 ? box.left + index * step : box.left + plotWidth / 2,
    y: yForPercent(percent, box),
    percent,
  }))
}

/** The `points` attribute of an SVG polyline. */
export function polylinePoints(points: readonly ChartPoint[]): string {
  return points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ')
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
