import assert from 'node:assert/strict'
import { test } from 'node:test'
import { chronological, formatTimex, timexSortKey } from './timex'

test('dates are labelled in English', () => {
  assert.equal(formatTimex('1876', 'en'), '1876')
  assert.equal(formatTimex('1945-08', 'en'), 'August 1945')
  assert.equal(formatTimex('1990-09-30', 'en'), '30 September 1990')
  assert.equal(formatTimex('18', 'en'), '19th century')
  assert.equal(formatTimex('20', 'en'), '21st century')
  assert.equal(formatTimex('196', 'en'), '1960s')
  assert.equal(formatTimex('XXXX-06', 'en'), 'June, year unknown')
  assert.equal(formatTimex('1945-SU', 'en'), 'summer 1945')
  assert.equal(formatTimex('BC0044', 'en'), '44 BC')
})

test('dates are labelled in Russian, the day with the genitive month and centuries in Roman numerals', () => {
  assert.equal(formatTimex('1945-08', 'ru'), 'август 1945')
  assert.equal(formatTimex('1990-09-30', 'ru'), '30 сентября 1990')
  assert.equal(formatTimex('18', 'ru'), 'XIX век')
  assert.equal(formatTimex('13', 'ru'), 'XIV век')
  assert.equal(formatTimex('196', 'ru'), '1960-е')
  assert.equal(formatTimex('XXXX-06', 'ru'), 'июнь, год неизвестен')
})

test('values the parser does not know are shown as written', () => {
  assert.equal(formatTimex('PRESENT_REF', 'en'), 'PRESENT_REF')
  assert.equal(timexSortKey('PRESENT_REF'), null)
})

test('sort keys put vague periods at their middle and finer dates inside their year', () => {
  assert.equal(timexSortKey('1876'), 1876)
  assert.equal(timexSortKey('18'), 1850)
  assert.equal(timexSortKey('196'), 1965)
  assert.ok(timexSortKey('1945-08')! < timexSortKey('1945-09-01')!)
  assert.ok(timexSortKey('1945-08-31')! < timexSortKey('1945-09')!)
  assert.ok(timexSortKey('BC0044')! < timexSortKey('0044')!)
  assert.equal(timexSortKey('XXXX-06'), null)
})

test('a timeline is chronological, stable, with unknown years last', () => {
  const events = ['2004-07-07', 'XXXX-06', '1884', '18', '1945-08', '1945', '1884'].map((value, id) => ({ id, value }))
  assert.deepEqual(
    chronological(events).map((event) => event.id),
    [3, 2, 6, 5, 4, 0, 1],
  )
})
