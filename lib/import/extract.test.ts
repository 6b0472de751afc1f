import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractText, ImportFileError, markdownToText, MAX_UPLOAD_BYTES, type ImportFileErrorCode } from './extract'
import { buildDocx, buildPdf } from './sample-files'

const file = (name: string, bytes: Uint8Array | string, size?: number) => {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes
  return { name, size: size ?? data.length, bytes: async () => data }
}

async function refused(promise: Promise<unknown>, code: ImportFileErrorCode) {
  await assert.rejects(promise, (error) => error instanceof ImportFileError && error.code === code)
}

test('a UTF-8 .txt is read as is, with or without BOM, Windows line ends normalised', async () => {
  assert.equal(await extractText(file('a.txt', 'In 1904 war began.\r\nЛетопись.')), 'In 1904 war began.\nЛетопись.')
  assert.equal(await extractText(file('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))), 'A')
})

test('Cyrillic in Windows-1251 and KOI8-R is recognised by its letters', async () => {
  const phrase = 'В 1904 году началась русско-японская война.'
  const cp1251 = Uint8Array.from([...phrase].map((char) => (char >= 'А' && char <= 'я' ? char.charCodeAt(0) - 0x410 + 0xc0 : char.charCodeAt(0))))
  assert.equal(await extractText(file('ru.txt', cp1251)), phrase)
  const koi8 = new Map([...'юабцдефгхийклмнопярстужвьызшэщчъ'].map((char, i) => [char, 0xc0 + i]))
  const koiBytes = Uint8Array.from([...phrase].map((char) => {
    const lower = koi8.get(char.toLowerCase())
    if (lower === undefined) return char.charCodeAt(0)
    return char === char.toLowerCase() ? lower : lower + 0x20
  }))
  assert.equal(await extractText(file('ru.txt', koiBytes)), phrase)
})

test('bytes that are neither UTF-8 nor Cyrillic are an unreadable encoding', async () => {
  await refused(extractText(file('latin.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0xfc, 0x62, 0x65, 0x72]))), 'unreadable_encoding')
})

test('empty, binary, oversized and unknown files are refused before any text is made', async () => {
  await refused(extractText(file('empty.txt', '')), 'empty')
  await refused(extractText(file('blank.md', '   \n\n')), 'empty')
  await refused(extractText(file('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))), 'binary')
  let read = false
  const huge = { name: 'big.txt', size: MAX_UPLOAD_BYTES + 1, bytes: async () => ((read = true), new Uint8Array()) }
  await refused(extractText(huge), 'too_large')
  assert.equal(read, false, 'the size is checked before the file is read')
  await refused(extractText(file('notes.rtf', '{\\rtf1 hello}')), 'unsupported_type')
})

test('Markdown loses its markup but keeps headings as lines', () => {
  const markdown = '# The war of 1904\n\nThe **fleet** sailed to [Port Arthur](https://example.org).\n\n- *Togo* attacked\n\n```\ncode\n```\n---'
  assert.equal(markdownToText(markdown), 'The war of 1904\n\nThe fleet sailed to Port Arthur.\n\nTogo attacked\n')
})

test('a .docx gives one paragraph per Word paragraph; a renamed or broken one is refused', async () => {
  const docx = buildDocx(['Russo-Japanese War', 'In 1904 Japan attacked Port Arthur & the fleet.'])
  assert.equal(await extractText(file('war.docx', docx)), 'Russo-Japanese War\n\nIn 1904 Japan attacked Port Arthur & the fleet.')
  await refused(extractText(file('fake.docx', 'plain text pretending')), 'not_docx')
  await refused(extractText(file('zip.docx', docx.subarray(0, 40))), 'not_docx')
})

test('a .pdf gives its text layer; one without text or not a PDF is refused', async () => {
  const text = await extractText(file('war.pdf', buildPdf(['In 1904 Japan attacked Port Arthur.', 'The war ended in 1905.'])))
  assert.equal(text, 'In 1904 Japan attacked Port Arthur.\nThe war ended in 1905.')
  await refused(extractText(file('scan.pdf', buildPdf([]))), 'pdf_no_text')
  await refused(extractText(file('fake.pdf', 'hello, not a pdf')), 'not_pdf')
  await refused(extractText(file('broken.pdf', '%PDF-1.4 garbage without objects')), 'not_pdf')
})
