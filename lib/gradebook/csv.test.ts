import assert from 'node:assert/strict'
import { test } from 'node:test'
import { attachmentDisposition, csvCell, toCsv } from './csv'

test('cells are quoted only when needed, with doubled quotes (RFC 4180)', () => {
  assert.equal(csvCell('plain'), 'plain')
  assert.equal(csvCell('a, b'), '"a, b"')
  assert.equal(csvCell('say "hi"'), '"say ""hi"""')
  assert.equal(csvCell('two\nlines'), '"two\nlines"')
  assert.equal(csvCell(null), '')
  assert.equal(csvCell(undefined), '')
  assert.equal(csvCell(0.5), '0.5')
  assert.equal(csvCell(Number.NaN), '')
})

test('text that a spreadsheet would run as a formula is prefixed with a quote; numbers are left alone', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`)
  assert.equal(csvCell('+7 999'), "'+7 999")
  assert.equal(csvCell('-1'), "'-1")
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)")
  assert.equal(csvCell('\tx'), "'\tx")
  assert.equal(csvCell(-1), '-1')
})

test('a file starts with a byte order mark, ends rows with CRLF and keeps Cyrillic as UTF-8', () => {
  const csv = toCsv([
    ['Ученик', 'score'],
    ['Анна Иванова', 8],
  ])
  assert.equal(csv, '\uFEFFУченик,score\r\nАнна Иванова,8\r\n')
})

test('the download name has an ASCII fallback and the UTF-8 original', () => {
  assert.equal(attachmentDisposition('gradebook-9A.csv'), `attachment; filename="gradebook-9A.csv"; filename*=UTF-8''gradebook-9A.csv`)
  const cyrillic = attachmentDisposition('gradebook-9 Б класс.csv')
  assert.match(cyrillic, /^attachment; filename="gradebook-9.csv"; filename\*=UTF-8''gradebook-9%20%D0%91/)
  assert.doesNotMatch(cyrillic.split(';')[1], /[^\x20-\x7e]/)
})
