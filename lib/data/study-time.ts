import 'server-only'
import { timeOrderedId, type Sql, type SqlValue } from './sql'

// Longer gaps mean the student stepped away; they are not counted as study.
export const MAX_COUNTED_GAP_SECONDS = 120

export function studyDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

export const INSERT_STUDY_TIME = `INSERT INTO "StudyDay" ("id", "userId", "day", "seconds")`
export const ADD_TO_STUDY_DAY = `ON CONFLICT ("userId", "day") DO UPDATE SET "seconds" = "StudyDay"."seconds" + excluded."seconds"`

/** Adds a studyTimeRow. */
export const RECORD_STUDY_TIME = `${INSERT_STUDY_TIME} VALUES (?, ?, ?, ?) ${ADD_TO_STUDY_DAY}`

/** The row INSERT_STUDY_TIME adds: active seconds, capped so an idle tab never inflates them, on today (UTC day). */
export function studyTimeRow(userId: string, seconds: number, now: Date): SqlValue[] {
  return [timeOrderedId(), userId, studyDay(now), Math.round(Math.min(Math.max(seconds, 0), MAX_COUNTED_GAP_SECONDS))]
}

/** Adds active seconds to today's total. Called on every save, every review answer and every lesson studied. */
export async function recordStudyTime(sql: Sql, userId: string, seconds: number, now = new Date()) {
  await sql.run(RECORD_STUDY_TIME, ...studyTimeRow(userId, seconds, now))
}
