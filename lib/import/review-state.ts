// What Document.analysis keeps for the review screens, and the per-document corrections a teacher builds there
// by accepting or rejecting the engine's spelling proposals. Pure: the data layer stores it, the engine reads it.
import { z } from 'zod'
import type { Correction, CorrectionsFile } from '../engine/types'

const correction = z.object({
  from: z.string(),
  to: z.string(),
  reason: z.enum(['glossary', 'reviewed', 'common-misspelling', 'dictionary']),
  start: z.number(),
  end: z.number(),
  alternatives: z.array(z.string()).optional(),
  sentence: z.string(),
})

const storedAnalysis = z.object({
  warnings: z.array(z.string()).default([]),
  spelling: z.object({ applied: z.array(correction), proposals: z.array(correction) }).default({ applied: [], proposals: [] }),
  corrections: z
    .object({
      glossary: z.array(z.object({ canonical: z.string(), variants: z.array(z.string()), aliases: z.array(z.string()).optional() })).default([]),
      corrections: z.array(z.object({ from: z.string(), to: z.string() })).default([]),
      rejected: z.array(z.string()).default([]),
    })
    .default({ glossary: [], corrections: [], rejected: [] }),
  // Lessons whose title a teacher wrote: regeneration keeps those titles.
  editedLessonKeys: z.array(z.string()).default([]),
  // Generated questions that regeneration disabled because the engine no longer produced them.
  retiredQuestionKeys: z.array(z.string()).default([]),
})

export type StoredAnalysis = z.infer<typeof storedAnalysis>

export function readStoredAnalysis(json: unknown): StoredAnalysis {
  return storedAnalysis.parse(json ?? {})
}

/** Accepting a proposal turns it into a reviewed correction of this document. */
export function acceptProposal(file: CorrectionsFile, from: string, to: string): CorrectionsFile {
  return {
    ...file,
    corrections: [...file.corrections.filter((entry) => entry.from !== from), { from, to }],
    rejected: file.rejected.filter((word) => word !== from),
  }
}

/** Rejecting vouches for the word: the engine neither proposes nor applies a change to it again. */
export function rejectProposal(file: CorrectionsFile, from: string): CorrectionsFile {
  return {
    ...file,
    corrections: file.corrections.filter((entry) => entry.from !== from),
    rejected: file.rejected.includes(from) ? file.rejected : [...file.rejected, from],
  }
}

/** Glossary names come from a reviewed glossary; every other applied correction can be undone. */
export function canUndo(applied: Pick<Correction, 'reason'>): boolean {
  return applied.reason !== 'glossary'
}

/** Undoing a reviewed correction forgets it; undoing an automatic one rejects the word so it stays as written. */
export function undoCorrection(file: CorrectionsFile, applied: Pick<Correction, 'from' | 'reason'>): CorrectionsFile {
  if (applied.reason === 'reviewed' && file.corrections.some((entry) => entry.from === applied.from)) {
    return { ...file, corrections: file.corrections.filter((entry) => entry.from !== applied.from) }
  }
  return rejectProposal(file, applied.from)
}
