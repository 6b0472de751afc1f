import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildLessonView } from './view'

const input = {
  text: 'In 2002 Russia opened an embassy in Seoul. Then more.\n\nIn 1876 Korea signed.',
  originalText: 'In 2002 Russia opened embassy in Seul. Then more.\n\nIn 1876 Korea signed.',
  documentOriginal: 'Title.\n\nIn 2002 Russia opened embassy in Seul. Then more.\n\nIn 1876 Korea signed.',
  appliedCorrections: [{ from: 'opened embassy in Seul', to: 'opened an embassy in Seoul', start: 23, end: 45 }],
  events: [
    { id: 'e2002', value: '2002', text: '2002', event: 'Russia opened an embassy in Seoul', sentence: 'In 2002 Russia opened an embassy in Seoul.' },
    { id: 'e1876', value: '1876', text: '1876', event: 'Korea signed', sentence: 'In 1876 Korea signed.' },
  ],
  actors: [{ id: 'korea', name: 'Korea', kind: 'STATE', aliases: [], sentences: ['In 1876 Korea signed.', 'Not in this text.'] }],
}

test('the timeline is chronological and links each date to its sentence in the text', () => {
  const view = buildLessonView(input, 'en')
  assert.deepEqual(view.timeline.map((entry) => [entry.id, entry.when, entry.anchor]), [['e1876', '1876', 'sentence-2'], ['e2002', '2002', 'sentence-1']])
  assert.deepEqual(view.corrected[1], [{ text: 'In 1876 Korea signed.', anchor: 'sentence-2' }])
})

test('actor mentions link to the text only where the sentence is found', () => {
  const view = buildLessonView(input, 'en')
  assert.deepEqual(view.actors[0].mentions.map((mention) => mention.anchor), ['sentence-2', null])
})

test('the original wording marks each correction', () => {
  const view = buildLessonView(input, 'ru')
  assert.equal(view.correctionCount, 1)
  assert.deepEqual(view.original[0].filter((part) => part.correctedTo), [{ text: 'opened embassy in Seul', correctedTo: 'opened an embassy in Seoul' }])
})
