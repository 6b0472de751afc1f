import assert from 'node:assert/strict'
import { test } from 'node:test'
import { indexOfWhole, locateCorrections, locateSentences, paragraphRanges, paragraphsWithMarks } from './text'

const documentOriginal = 'History of Seul.\n\nIn 2002 Russia opened embassy in Seul. Teh leader came.\n\nLater Seul grew.'
const lessonOriginal = 'In 2002 Russia opened embassy in Seul. Teh leader came.\n\nLater Seul grew.'
const applied = [
  { from: 'Seul', to: 'Seoul', start: 11, end: 15 },
  { from: 'opened embassy in Seul', to: 'opened an embassy in Seoul', start: 33, end: 55 },
  { from: 'Teh', to: 'The', start: 57, end: 60 },
  { from: 'Seul', to: 'Seoul', start: 81, end: 85 },
]

test('paragraphs are split on blank lines, empty ones dropped', () => {
  const text = 'One.\n\nTwo.\n  \nThree.\n\n\n'
  assert.deepEqual(paragraphRanges(text).map(({ start, end }) => text.slice(start, end)), ['One.', 'Two.', 'Three.'])
})

test('corrections are placed by their document offsets, skipping those of other lessons', () => {
  const spans = locateCorrections(lessonOriginal, documentOriginal, applied)
  assert.deepEqual(
    spans.map((span) => [lessonOriginal.slice(span.start, span.end), span.mark.to]),
    [
      ['opened embassy in Seul', 'opened an embassy in Seoul'],
      ['Teh', 'The'],
      ['Seul', 'Seoul'],
    ],
  )
})

test('a paragraph not found verbatim falls back to searching for each wording, phrases before words, whole words only', () => {
  const reworded = 'In 2002 Russia opened embassy in Seul.  Teh leader came.\n\nSeulsk and Seul.'
  const spans = locateCorrections(reworded, documentOriginal, applied)
  assert.deepEqual(
    spans.map((span) => [span.start, reworded.slice(span.start, span.end)]),
    [
      [15, 'opened embassy in Seul'],
      [40, 'Teh'],
      [69, 'Seul'],
    ],
  )
})

test('marked parts keep every character and never overlap', () => {
  const spans = locateCorrections(lessonOriginal, documentOriginal, applied)
  const paragraphs = paragraphsWithMarks(lessonOriginal, [...spans, { start: 20, end: 30, mark: { from: 'x', to: 'y' } }])
  assert.deepEqual(paragraphs.map((parts) => parts.map((part) => part.text).join('')), lessonOriginal.split('\n\n'))
  assert.deepEqual(paragraphs[0].map((part) => part.mark?.to ?? null), [null, 'opened an embassy in Seoul', null, 'The', null])
})

test('sentences are found where they first occur', () => {
  const text = 'A happened. B happened.\n\nC happened.'
  const spans = locateSentences(text, ['C happened.', 'Missing.', 'B happened.'])
  assert.deepEqual(spans.map((span) => [span.mark, text.slice(span.start, span.end)]), [[0, 'C happened.'], [2, 'B happened.']])
})

test('whole-word search skips matches inside longer words', () => {
  assert.equal(indexOfWhole('Seulsk, Seul', 'Seul'), 8)
  assert.equal(indexOfWhole('Москва-река', 'Москва'), 0)
  assert.equal(indexOfWhole('Москвары', 'Москва'), -1)
})
