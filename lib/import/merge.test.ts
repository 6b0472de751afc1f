import assert from 'node:assert/strict'
import { test } from 'node:test'
import { planRegeneration, type StoredQuestion, type VersionPayload } from './merge'
import { acceptProposal, rejectProposal, undoCorrection } from './review-state'

const payload = (prompt: string): VersionPayload => ({ prompt, content: {}, answerKey: { answer: 'x' }, source: 's', explanation: '' })
const stored = (key: string, over: Partial<StoredQuestion> = {}): StoredQuestion => ({ key, enabled: true, generated: true, edited: false, current: payload(key), ...over })

test('teacher-edited and teacher-written questions are kept whatever the engine now makes', () => {
  const plan = planRegeneration(
    [stored('edited', { edited: true }), stored('written', { generated: false }), stored('gone-edited', { edited: true })],
    [{ key: 'edited', payload: payload('engine wording') }],
    [],
  )
  assert.deepEqual(plan, { add: [], update: [], unchanged: [], disable: [], retiredKeys: [] })
})

test('untouched questions follow the engine: updated when changed, disabled when gone, added when new', () => {
  const fresh = [
    { key: 'same', payload: payload('same') },
    { key: 'changed', payload: payload('new wording') },
    { key: 'new', payload: payload('new') },
  ]
  const plan = planRegeneration([stored('same'), stored('changed'), stored('gone'), stored('gone-disabled', { enabled: false })], fresh, [])
  assert.deepEqual(plan.add.map((q) => q.key), ['new'])
  assert.deepEqual(plan.update.map((q) => q.key), ['changed'])
  assert.deepEqual(plan.unchanged.map((q) => q.key), ['same'])
  assert.deepEqual(plan.disable, ['gone'])
  // The teacher had disabled it before it vanished: it is not regeneration's to bring back.
  assert.deepEqual(plan.retiredKeys, ['gone'])
})

test('a retired question that stays gone stays retired', () => {
  const plan = planRegeneration([stored('gone', { enabled: false })], [], ['gone'])
  assert.deepEqual(plan.retiredKeys, ['gone'])
  assert.deepEqual(plan.disable, [])
})

test('accepting, rejecting and undoing build the document corrections list', () => {
  const empty = { glossary: [], corrections: [], rejected: [] }
  const accepted = acceptProposal(empty, 'Seul', 'Seoul')
  assert.deepEqual(accepted.corrections, [{ from: 'Seul', to: 'Seoul' }])
  assert.deepEqual(undoCorrection(accepted, { from: 'Seul', reason: 'reviewed' }).corrections, [])
  assert.deepEqual(undoCorrection(empty, { from: 'teh', reason: 'common-misspelling' }).rejected, ['teh'])
  const rejected = rejectProposal(accepted, 'Seul')
  assert.deepEqual([rejected.corrections, rejected.rejected], [[], ['Seul']])
  assert.deepEqual(acceptProposal(rejected, 'Seul', 'Seoul').rejected, [])
})
