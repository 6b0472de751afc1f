import 'server-only'
import { timeOrderedId, type Sql } from './sql'

// Longer gaps mean the student stepped away; they are not counted as study.
export const MAX_COUNTED_GAP_SECONDS = 120

export function studyDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/** Adds active seconds to today's total (UTC day), capped so an idle tab never inflates it. Called on every save. */
export async function recordStudyTime(sql: Sql, userId: string, seconds: number, now = new Date()) {
  const counted = Math.round(Math.min(Math.max(seconds, 0), MAX_COUNTED_GAP_SECONDS))
  await sql.run(
    `INSERT INTO "StudyDay" ("id", "userId", "day", "seconds") VALUES (?, ?, ?, ?)
     ON CONFLICT ("userId", "day") DO UPDATE SET "seconds" = "StudyDay"."seconds" + excluded."seconds"`,
    timeOrderedId(),
    userId,
    studyDay(now),
    counted,
  )
}
