// The i18n layer: pure lookups shared by server and client code. Locale negotiation lives in server.ts.
import { en } from './messages/en'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof en>

type Join<K extends string, P extends string> = `${K}.${P}`
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : Join<K, Paths<T[K]>> }[keyof T & string]
export type MessageKey = Paths<Messages>

export const locales = ['en', 'ru'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'
export const LOCALE_COOKIE = 'letopis-locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

export function isMessageKey(messages: Messages, key: string): key is MessageKey {
  return typeof lookup(messages, key) === 'string'
}

function lookup(messages: Messages, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
}

// "{count, plural, one {# question} other {# questions}}": the ICU plural subset, enough for English and Russian
// (one / few / many / other); "#" stands for the number.
const PLURAL = /\{(\w+), plural, ((?:[a-z]+ \{[^{}]*\}\s*)+)\}/g

function pluralize(template: string, params: Params, rules: Intl.PluralRules): string {
  return template.replace(PLURAL, (whole, name: string, cases: string) => {
    const count = Number(params[name])
    const forms = Object.fromEntries([...cases.matchAll(/([a-z]+) \{([^{}]*)\}/g)].map((match) => [match[1], match[2]]))
    const form = forms[rules.select(count)] ?? forms.other
    return form === undefined ? whole : form.replace(/#/g, String(count))
  })
}

export function createTranslator(messages: Messages, locale: Locale = defaultLocale): Translate {
  const rules = new Intl.PluralRules(locale)
  return (key, params) => {
    const template = lookup(messages, key)
    if (typeof template !== 'string') throw new Error(`Missing message: ${key}`)
    if (!params) return template
    return pluralize(template, params, rules).replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
  }
}

// Picks the first supported language of an Accept-Language header ("ru-RU,ru;q=0.9,en;q=0.8").
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';')
      const q = rest.find((p) => p.trim().startsWith('q='))
      return { language: tag.toLowerCase().split('-')[0], quality: q ? Number(q.trim().slice(2)) : 1 }
    })
    .filter((entry) => entry.language && !Number.isNaN(entry.quality))
    .sort((a, b) => b.quality - a.quality)
  return ranked.map((entry) => entry.language).find(isLocale) ?? defaultLocale
}
