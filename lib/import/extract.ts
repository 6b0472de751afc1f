// Plain text out of an uploaded file (.txt, .md, .docx, .pdf). Node-only, no framework: the import action calls it
// before anything is written, so a bad file is refused with a reason and leaves nothing behind.
import { unzipSync, strFromU8 } from 'fflate'

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const

// A .docx is a zip; its text part is small, so an entry claiming more is a zip bomb, not a document.
const MAX_DOCUMENT_XML_BYTES = 30 * 1024 * 1024

export type ImportFileErrorCode = 'empty' | 'too_large' | 'unsupported_type' | 'binary' | 'unreadable_encoding' | 'not_docx' | 'not_pdf' | 'pdf_no_text'

/** A file that cannot be imported; the code names the reason shown to the teacher. */
export class ImportFileError extends Error {
  constructor(readonly code: ImportFileErrorCode) {
    super(`Cannot import the file: ${code}`)
    this.name = 'ImportFileError'
  }
}

export type UploadedFile = { name: string; size: number; bytes: () => Promise<Uint8Array> }

/** Checks the size before reading, then extracts by extension; the content must match it (magic bytes). */
export async function extractText(file: UploadedFile): Promise<string> {
  if (file.size === 0) throw new ImportFileError('empty')
  if (file.size > MAX_UPLOAD_BYTES) throw new ImportFileError('too_large')
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0]
  if (!extension || !(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) throw new ImportFileError('unsupported_type')
  const bytes = await file.bytes()
  const text = await extractByType(extension, bytes)
  if (!text.trim()) throw new ImportFileError(extension === '.pdf' ? 'pdf_no_text' : 'empty')
  return text
}

async function extractByType(extension: string, bytes: Uint8Array): Promise<string> {
  switch (extension) {
    case '.docx':
      return docxText(bytes)
    case '.pdf':
      return pdfText(bytes)
    case '.md':
      return markdownToText(decodeText(bytes))
    default:
      return decodeText(bytes)
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte)

/** UTF-8 (with or without BOM); otherwise the Cyrillic single-byte encoding that reads as Russian. */
export function decodeText(bytes: Uint8Array): string {
  if (looksBinary(bytes)) throw new ImportFileError('binary')
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).replace(/\r\n?/g, '\n')
  } catch {
    return decodeSingleByteCyrillic(bytes).replace(/\r\n?/g, '\n')
  }
}

// NUL bytes or many control bytes: an image, an archive or an executable renamed to .txt.
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++
  }
  return control > 8 && control / sample.length > 0.01
}

// Both encodings decode any byte, so pick the one whose letters look like Russian prose: mostly lower-case
// Cyrillic words. The wrong one turns the same bytes into mostly upper case; Latin-1 accents into neither.
function decodeSingleByteCyrillic(bytes: Uint8Array): string {
  const candidates = ['windows-1251', 'koi8-r'].map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes)
    const nonAscii = [...text].filter((char) => char.charCodeAt(0) > 127).length
    // Latin-1 accents land inside Latin words ("Cafй"): only letters of all-Cyrillic words count.
    const cyrillicWords = text.match(/\p{L}+/gu)?.filter((word) => !/[a-z]/i.test(word)) ?? []
    const lowerCyrillic = cyrillicWords.join('').match(/[а-яё]/g)?.length ?? 0
    return { text, score: nonAscii ? lowerCyrillic / nonAscii : 0 }
  })
  const best = candidates.sort((a, b) => b.score - a.score)[0]
  if (best.score < 0.6) throw new ImportFileError('unreadable_encoding')
  return best.text
}

/** Markdown to the plain lines the engine reads: headings stay as their own lines, markup goes. */
export function markdownToText(markdown: string): string {
  const lines: string[] = []
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence
      continue
    }
    if (inFence || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*\|?\s*:?-{3,}/.test(line)) continue
    lines.push(
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\s+#+\s*$/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\p{L}\p{N}])[*_](.+?)[*_](?![\p{L}\p{N}])/gu, '$1$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\|/g, ' ')
        .trimEnd(),
    )
  }
  return lines.join('\n')
}

/** word/document.xml of a .docx: one line per paragraph, tabs and breaks kept. */
export function docxText(bytes: Uint8Array): string {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new ImportFileError('not_docx')
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, { filter: (entry) => entry.name === 'word/document.xml' && entry.originalSize <= MAX_DOCUMENT_XML_BYTES })
  } catch {
    throw new ImportFileError('not_docx')
  }
  const xml = entries['word/document.xml']
  if (!xml) throw new ImportFileError('not_docx')
  const body = strFromU8(xml)
  const paragraphs = body.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []
  return paragraphs
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)]
        .map((match) => (match[2] === 'tab' ? '\t' : match[2] ? '\n' : decodeXmlEntities(match[1])))
        .join(''),
    )
    .join('\n\n')
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
    if (entity[0] !== '#') return named[entity.toLowerCase()] ?? whole
    const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    return String.fromCodePoint(code)
  })
}

/** The text layer of every page, pages separated by a blank line. A scanned PDF has none. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  if (!startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) throw new ImportFileError('not_pdf')
  // Loaded on demand: PDF.js is large and only this path needs it.
  const { extractText: extractPdfText, getDocumentProxy } = await import('unpdf')
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 })
    const { text } = await extractPdfText(pdf, { mergePages: false })
    return text.map((page) => page.trim()).join('\n\n')
  } catch {
    throw new ImportFileError('not_pdf')
  }
}
