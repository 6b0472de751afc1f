import assert from 'node:assert/strict'
import { test } from 'node:test'
import { newJoinCode, normalizeJoinCode } from './join-code'

test('join codes use only unambiguous characters', () => {
  for (let i = 0; i < 200; i++) assert.match(newJoinCode(), /^[A-HJ-NP-Z2-9]{6}$/)
  assert.equal(newJoinCode(8).length, 8)
})

test('a typed code is normalised: case, spaces and dashes are ignored', () => {
  assert.equal(normalizeJoinCode(' abc-d2f '), 'ABCD2F')
  assert.equal(normalizeJoinCode('AB CD 23'), 'ABCD23')
})
