import 'server-only'
import type { db } from '../db'

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0]

// Longer gaps mean the student stepped away; they are not counted as study.
export const MAX_COUNTED_GAP_SECONDS = 120

export function studyDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/** Adds active seconds to today's total (UTC day), capped so an idle tab never inflates it. */
export async function recordStudyTime(tx: Tx | typeof db, userId: string, seconds: number, now = new Date()) {
  const counted = Math.round(Math.min(Math.max(seconds, 0), MAX_COUNTED_GAP_SECONDS))
  const day = studyDay(now)
  await tx.studyDay.upsert({
    where: { userId_day: { userId, day } },
    create: { userId, day, seconds: counted },
    update: { seconds: { increment: counted } },
  })
}
