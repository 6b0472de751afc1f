// What the lesson page renders, computed from the stored lesson: marked paragraphs for both wordings,
// the chronological timeline and the actor cards, linked to the sentences they come from.
import type { Locale } from '../i18n'
import { chronological, formatTimex } from './timex'
import { locateCorrections, locateSentences, paragraphsWithMarks, type AppliedCorrection } from './text'

export type LessonViewInput = {
  text: string
  originalText: string
  documentOriginal: string
  appliedCorrections: readonly AppliedCorrection[]
  events: readonly { id: string; value: string; text: string; event: string; sentence: string }[]
  actors: readonly { id: string; name: string; kind: string; aliases: readonly string[]; sentences: readonly string[] }[]
}

export function sentenceAnchor(index: number): string {
  return `sentence-${index + 1}`
}

export function buildLessonView(input: LessonViewInput, locale: Locale) {
  const sentences = [...new Set([...input.events.map((event) => event.sentence), ...input.actors.flatMap((actor) => actor.sentences)])]
  const sentenceSpans = locateSentences(input.text, sentences)
  const anchorOf = new Map(sentenceSpans.map((span) => [sentences[span.mark], sentenceAnchor(span.mark)]))
  const correctionSpans = locateCorrections(input.originalText, input.documentOriginal, input.appliedCorrections)
  return {
    corrected: paragraphsWithMarks(input.text, sentenceSpans).map((parts) => parts.map(({ text, mark }) => ({ text, anchor: mark === undefined ? null : sentenceAnchor(mark) }))),
    original: paragraphsWithMarks(input.originalText, correctionSpans).map((parts) => parts.map(({ text, mark }) => ({ text, correctedTo: mark?.to ?? null }))),
    correctionCount: correctionSpans.length,
    timeline: chronological(input.events).map((event) => ({
      id: event.id,
      when: formatTimex(event.value, locale),
      text: event.text,
      event: event.event,
      sentence: event.sentence,
      anchor: anchorOf.get(event.sentence) ?? null,
    })),
    actors: input.actors.map((actor) => ({
      ...actor,
      mentions: actor.sentences.map((sentence) => ({ sentence, anchor: anchorOf.get(sentence) ?? null })),
    })),
  }
}

export type LessonView = ReturnType<typeof buildLessonView>
