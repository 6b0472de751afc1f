// Cutting a lesson's text into paragraphs of plain and marked parts: corrections in the original wording,
// sentences that the timeline and actor cards link to in the corrected text.

export type Span<Mark> = { start: number; end: number; mark: Mark }
export type Part<Mark> = { text: string; mark?: Mark }

/** Paragraphs are separated by blank lines; the separators themselves are not part of any paragraph. */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = []
  let start = 0
  for (const separator of text.matchAll(/\n[ \t]*\n\s*/g)) {
    ranges.push({ start, end: separator.index })
    start = separator.index + separator[0].length
  }
  ranges.push({ start, end: text.length })
  return ranges.filter((range) => text.slice(range.start, range.end).trim())
}

/** Paragraphs of parts; a span that overlaps an earlier one or crosses a paragraph break is left unmarked. */
export function paragraphsWithMarks<Mark>(text: string, spans: readonly Span<Mark>[]): Part<Mark>[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  return paragraphRanges(text).map(({ start, end }) => {
    const parts: Part<Mark>[] = []
    let cursor = start
    for (const span of sorted) {
      if (span.start < cursor || span.end > end || span.end <= span.start) continue
      if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start) })
      parts.push({ text: text.slice(span.start, span.end), mark: span.mark })
      cursor = span.end
    }
    if (cursor < end) parts.push({ text: text.slice(cursor, end) })
    return parts
  })
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/** The next whole-word occurrence of `needle` at or after `from`, or -1. */
export function indexOfWhole(text: string, needle: string, from = 0): number {
  for (let index = text.indexOf(needle, from); index >= 0; index = text.indexOf(needle, index + 1)) {
    const before = text[index - 1]
    const after = text[index + needle.length]
    if ((!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after))) return index
  }
  return -1
}

export type AppliedCorrection = { from: string; to: string; start: number; end: number }

/**
 * Places the document's applied corrections in one lesson's original wording. Their offsets point into the
 * document's original text, so each paragraph of the lesson is first found there; a paragraph that is not
 * found verbatim falls back to searching for each correction's wording.
 */
export function locateCorrections(
  lessonOriginal: string,
  documentOriginal: string,
  applied: readonly AppliedCorrection[],
): Span<{ from: string; to: string }>[] {
  const inOrder = [...applied].sort((a, b) => a.start - b.start)
  const spans: Span<{ from: string; to: string }>[] = []
  let documentCursor = 0
  for (const paragraph of paragraphRanges(lessonOriginal)) {
    const paragraphText = lessonOriginal.slice(paragraph.start, paragraph.end)
    const offset = documentOriginal.indexOf(paragraphText, documentCursor)
    if (offset >= 0) {
      documentCursor = offset + paragraphText.length
      for (const correction of inOrder) {
        const inside = correction.start >= offset && correction.end <= documentCursor
        if (inside && documentOriginal.slice(correction.start, correction.end) === correction.from) {
          const start = paragraph.start + correction.start - offset
          spans.push({ start, end: start + correction.from.length, mark: { from: correction.from, to: correction.to } })
        }
      }
      continue
    }
    // Longer wordings first, so a corrected phrase wins over a single corrected word inside it.
    const longestFirst = [...inOrder].sort((a, b) => b.from.length - a.from.length)
    const placed: Span<{ from: string; to: string }>[] = []
    const within = lessonOriginal.slice(0, paragraph.end)
    for (const correction of longestFirst) {
      let index = indexOfWhole(within, correction.from, paragraph.start)
      while (index >= 0 && placed.some((span) => index < span.end && index + correction.from.length > span.start)) {
        index = indexOfWhole(within, correction.from, index + 1)
      }
      if (index >= 0) placed.push({ start: index, end: index + correction.from.length, mark: { from: correction.from, to: correction.to } })
    }
    spans.push(...placed.sort((a, b) => a.start - b.start))
  }
  return spans
}

/** Where each of the given sentences first occurs in the text; the mark is the sentence's index in the list. */
export function locateSentences(text: string, sentences: readonly string[]): Span<number>[] {
  return sentences.flatMap((sentence, index) => {
    const start = sentence ? text.indexOf(sentence) : -1
    return start < 0 ? [] : [{ start, end: start + sentence.length, mark: index }]
  })
}
