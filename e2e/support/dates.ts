/** "2026-03-01T18:30" in the browser's zone, for <input type="datetime-local"> (test and browser share the zone). */
export function localInput(date: Date) {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}
