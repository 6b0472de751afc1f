'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { markLessonStudied } from '../data/lessons'
import { db } from '../db'
import { sqlTransaction } from '../data/sql'
import { recordStudyTime } from '../data/study-time'
import { ActionError, createAction } from './safe-action'

export const markLessonStudiedAction = createAction(
  'read:progress:own',
  z.strictObject({ lessonId: z.string().min(1).max(64) }),
  async ({ lessonId }, { user }) => {
    const progress = await markLessonStudied(user, lessonId)
    if (!progress) throw new ActionError('lesson.notFound')
    // The page re-renders with "Studied on …"; the dashboard reads the same row.
    revalidatePath(`/lessons/${lessonId}`)
    revalidatePath('/progress')
  },
)

// A page reports every 30 s: more than 60 s in one report is a replay or a clock jump, and is refused.
const MAX_HEARTBEAT_SECONDS = 60

export const studyHeartbeatAction = createAction(
  'read:progress:own',
  z.strictObject({ seconds: z.number().int().min(1).max(MAX_HEARTBEAT_SECONDS) }),
  async ({ seconds }, { user }) => {
    await sqlTransaction(db, (sql) => recordStudyTime(sql, user.id, seconds))
  },
)
