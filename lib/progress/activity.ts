// Study activity over calendar days (UTC, as "YYYY-MM-DD"): the streak and the time studied.

const DAY_MS = 24 * 60 * 60 * 1000

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function shiftDay(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS))
}

/**
 * Consecutive active days ending today, or ending yesterday when today has no activity yet: a streak is not
 * lost until a whole day passes without study.
 */
export function currentStreak(activeDays: Iterable<string>, now: Date): { days: number; activeToday: boolean } {
  const active = new Set(activeDays)
  const today = dayOf(now)
  const activeToday = active.has(today)
  let day = activeToday ? today : shiftDay(today, -1)
  let days = 0
  while (active.has(day)) {
    days++
    day = shiftDay(day, -1)
  }
  return { days, activeToday }
}

export type StudyDayRow = { day: string; seconds: number }

/** Total seconds, and seconds of the last seven days including today. */
export function timeStudied(rows: readonly StudyDayRow[], now: Date): { totalSeconds: number; lastWeekSeconds: number } {
  const weekStart = shiftDay(dayOf(now), -6)
  let totalSeconds = 0
  let lastWeekSeconds = 0
  for (const row of rows) {
    totalSeconds += row.seconds
    if (row.day >= weekStart) lastWeekSeconds += row.seconds
  }
  return { totalSeconds, lastWeekSeconds }
}

/** Whole hours and the remaining minutes, rounded down to the minute. */
export function hoursAndMinutes(seconds: number): { hours: number; minutes: number } {
  const minutes = Math.floor(Math.max(0, seconds) / 60)
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 }
}
