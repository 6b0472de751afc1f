import 'server-only'
import { db } from '../db'
import type { SessionUser } from '../auth/session'
import type { AppliedCorrection } from '../lesson/text'
import { visibleDocumentsFor } from './quiz-visibility'

/** One lesson with everything its page shows, or null when it does not exist or the user may not see it. */
export async function findLessonForUser(user: Pick<SessionUser, 'id' | 'role'>, lessonId: string) {
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, document: visibleDocumentsFor(user) },
    select: {
      id: true,
      title: true,
      text: true,
      originalText: true,
      periodFrom: true,
      periodTo: true,
      position: true,
      document: {
        select: {
          id: true,
          title: true,
          source: true,
          language: true,
          originalText: true,
          analysis: true,
          lessons: { orderBy: { position: 'asc' }, select: { id: true, title: true } },
        },
      },
      events: { select: { id: true, value: true, text: true, event: true, sentence: true } },
      mentions: {
        orderBy: { id: 'asc' },
        select: { text: true, sentence: true, actor: { select: { id: true, name: true, kind: true, aliases: true } } },
      },
      quizzes: { where: { scope: 'LESSON' }, take: 1, select: { id: true } },
      progress: { where: { userId: user.id }, select: { studiedAt: true } },
    },
  })
  if (!lesson) return null
  const { document, quizzes, progress, mentions, ...rest } = lesson
  const { analysis, lessons, ...documentFields } = document
  return {
    ...rest,
    document: documentFields,
    appliedCorrections: appliedCorrectionsOf(analysis),
    siblings: lessons,
    actors: groupMentionsByActor(mentions),
    quizId: quizzes[0]?.id ?? null,
    studiedAt: progress[0]?.studiedAt ?? null,
  }
}

export type LessonForUser = NonNullable<Awaited<ReturnType<typeof findLessonForUser>>>

// Document.analysis is engine JSON; read only the well-formed corrections rather than trusting its shape.
function appliedCorrectionsOf(analysis: unknown): AppliedCorrection[] {
  const applied = (analysis as { spelling?: { applied?: unknown } } | null)?.spelling?.applied
  if (!Array.isArray(applied)) return []
  return applied.filter(
    (item): item is AppliedCorrection =>
      typeof item?.from === 'string' && typeof item?.to === 'string' && Number.isInteger(item?.start) && Number.isInteger(item?.end),
  )
}

type MentionRow = { text: string; sentence: string; actor: { id: string; name: string; kind: string; aliases: unknown } }

/** Actors in order of first mention, each with the distinct sentences of this lesson that mention them. */
function groupMentionsByActor(mentions: MentionRow[]) {
  const actors = new Map<string, { id: string; name: string; kind: string; aliases: string[]; sentences: string[] }>()
  for (const { sentence, actor } of mentions) {
    const entry = actors.get(actor.id) ?? {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      aliases: Array.isArray(actor.aliases) ? actor.aliases.filter((alias): alias is string => typeof alias === 'string') : [],
      sentences: [],
    }
    if (!entry.sentences.includes(sentence)) entry.sentences.push(sentence)
    actors.set(actor.id, entry)
  }
  return [...actors.values()]
}

/** Records that the user studied a lesson they may see; marking twice keeps the first date. Null when not visible. */
export async function markLessonStudied(user: Pick<SessionUser, 'id' | 'role'>, lessonId: string) {
  const visible = await db.lesson.findFirst({ where: { id: lessonId, document: visibleDocumentsFor(user) }, select: { id: true } })
  if (!visible) return null
  return db.lessonProgress.upsert({
    where: { userId_lessonId: { userId: user.id, lessonId } },
    create: { userId: user.id, lessonId },
    update: {},
    select: { studiedAt: true },
  })
}
