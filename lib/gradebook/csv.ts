// CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order mark so Excel opens
// Cyrillic names correctly. Pure: the download routes only add the HTTP response around it.
export type CsvCell = string | number | null | undefined

// A cell starting with one of these runs as a formula in Excel or LibreOffice (CSV injection); a leading quote
// makes it text. Tab and carriage return are included for the same reason.
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: CsvCell[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/**
 * Content-Disposition for a download: an ASCII filename for every browser, plus the UTF-8 one (RFC 6266) so a
 * class named in Cyrillic keeps its name where the browser supports it.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/-+/g, '-').replace(/^-|-(?=\.)/g, '')
  return `attachment; filename="${ascii || 'export.csv'}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

export function csvHeaders(filename: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': attachmentDisposition(filename),
    // Grades are personal data: never kept by a shared cache.
    'Cache-Control': 'private, no-store',
  }
}
