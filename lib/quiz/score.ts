// How scores read to people: partial credit makes fractional points, shown with at most two decimals.
export function formatPoints(points: number | null | undefined): number {
  return Number((points ?? 0).toFixed(2))
}

export function percentOf(points: number | null | undefined, max: number | null | undefined): number {
  return max ? Math.round(((points ?? 0) / max) * 100) : 0
}
