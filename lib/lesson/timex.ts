// TIMEX3 date values ("1876", "1945-08", "18" = 19th century, "196" = 1960s, "XXXX-06" = June of an unknown year)
// read back for people: a chronological sort key and a label in the interface language.
// Month names are tables, not Intl, so the labels are the same on every server and browser build.
import type { Locale } from '../i18n'

type Season = 'SP' | 'SU' | 'FA' | 'WI'

type Timex =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'season'; year: number; season: Season }
  | { precision: 'year'; year: number }
  | { precision: 'decade'; firstYear: number }
  | { precision: 'century'; ordinal: number; bc: boolean }
  | { precision: 'month-of-unknown-year'; month: number }
  | { precision: 'unknown'; raw: string }

const SEASONS: Season[] = ['SP', 'SU', 'FA', 'WI']

export function parseTimex(value: string): Timex {
  const bc = value.startsWith('BC')
  const body = bc ? value.slice(2) : value
  const sign = bc ? -1 : 1
  let match: RegExpExecArray | null
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(body))) return { precision: 'day', year: sign * Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  if ((match = /^(\d{4})-(\d{2})$/.exec(body))) return { precision: 'month', year: sign * Number(match[1]), month: Number(match[2]) }
  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(body))) return { precision: 'season', year: sign * Number(match[1]), season: match[2] as Season }
  if (/^\d{4}$/.test(body)) return { precision: 'year', year: sign * Number(body) }
  if (/^\d{3}$/.test(body)) return { precision: 'decade', firstYear: sign * Number(body) * 10 }
  // "18" covers the years 1800–1899, the 19th century.
  if (/^\d{2}$/.test(body)) return { precision: 'century', ordinal: Number(body) + 1, bc }
  if ((match = /^XXXX-(\d{2})$/.exec(value))) return { precision: 'month-of-unknown-year', month: Number(match[1]) }
  return { precision: 'unknown', raw: value }
}

/** Orders dates chronologically (a year with a fraction, vague periods at their middle); null when the year is unknown. */
export function timexSortKey(value: string): number | null {
  const timex = parseTimex(value)
  switch (timex.precision) {
    case 'day':
      return timex.year + (timex.month - 1) / 12 + (timex.day - 1) / 372
    case 'month':
      return timex.year + (timex.month - 1) / 12
    case 'season':
      return timex.year + SEASONS.indexOf(timex.season) / 4
    case 'year':
      return timex.year
    case 'decade':
      return timex.firstYear + 5
    case 'century':
      return (timex.bc ? -1 : 1) * ((timex.ordinal - 1) * 100 + 50)
    default:
      return null
  }
}

/** A stable chronological order; dates without a known year go last, in their original order. */
export function chronological<T extends { value: string }>(items: readonly T[]): T[] {
  const keyed = items.map((item, index) => ({ item, index, key: timexSortKey(item.value) }))
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1
    return a.key - b.key || a.index - b.index
  })
  return keyed.map((entry) => entry.item)
}

const WORDS = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthsOfDay: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    seasons: { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' },
    bc: ' BC',
    unknownYear: '{month}, year unknown',
    decade: (firstYear: number) => `${firstYear}s`,
    century: (ordinal: number) => `${englishOrdinal(ordinal)} century`,
  },
  ru: {
    months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    // "30 сентября": the day takes the genitive form of the month.
    monthsOfDay: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    seasons: { SP: 'весна', SU: 'лето', FA: 'осень', WI: 'зима' },
    bc: ' до н. э.',
    unknownYear: '{month}, год неизвестен',
    decade: (firstYear: number) => `${firstYear}-е`,
    century: (ordinal: number) => `${romanNumeral(ordinal)} век`,
  },
} as const

/** "1945-08" → "August 1945" / "август 1945", "18" → "19th century" / "XIX век", "196" → "1960s" / "1960-е". */
export function formatTimex(value: string, locale: Locale): string {
  const words = WORDS[locale]
  const timex = parseTimex(value)
  const year = (signed: number) => (signed < 0 ? `${-signed}${words.bc}` : String(signed))
  switch (timex.precision) {
    case 'day':
      return `${timex.day} ${words.monthsOfDay[timex.month - 1]} ${year(timex.year)}`
    case 'month':
      return `${words.months[timex.month - 1]} ${year(timex.year)}`
    case 'season':
      return `${words.seasons[timex.season]} ${year(timex.year)}`
    case 'year':
      return year(timex.year)
    case 'decade':
      return timex.firstYear < 0 ? `${words.decade(-timex.firstYear)}${words.bc}` : words.decade(timex.firstYear)
    case 'century':
      return `${words.century(timex.ordinal)}${timex.bc ? words.bc : ''}`
    case 'month-of-unknown-year':
      return words.unknownYear.replace('{month}', words.months[timex.month - 1])
    case 'unknown':
      return timex.raw
  }
}

function englishOrdinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

function romanNumeral(n: number): string {
  const numerals: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let rest = n
  let result = ''
  for (const [amount, letters] of numerals) {
    while (rest >= amount) {
      result += letters
      rest -= amount
    }
  }
  return result
}
