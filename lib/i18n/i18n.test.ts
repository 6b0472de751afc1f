import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createTranslator, negotiateLocale } from './index'
import { messagesByLocale } from './messages'

function leaves(node: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(node).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(leaves(value, `${prefix}${key}.`)),
    ),
  )
}

test('Russian has every English message, none left empty or untranslated', () => {
  const en = leaves(messagesByLocale.en)
  const ru = leaves(messagesByLocale.ru)
  assert.deepEqual(Object.keys(ru).sort(), Object.keys(en).sort())
  const sameAsEnglish = Object.keys(en).filter((key) => en[key] === ru[key] && !['common.english', 'common.russian'].includes(key))
  assert.deepEqual(sameAsEnglish, [])
  assert.deepEqual(Object.keys(ru).filter((key) => !ru[key].trim()), [])
})

test('placeholders are the same in both languages', () => {
  const en = leaves(messagesByLocale.en)
  const ru = leaves(messagesByLocale.ru)
  const names = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural)/g)].map((m) => m[1]))].sort()
  for (const key of Object.keys(en)) assert.deepEqual(names(ru[key]), names(en[key]), key)
})

test('the translator fills parameters and refuses unknown keys', () => {
  const t = createTranslator(messagesByLocale.ru, 'ru')
  assert.equal(t('auth.throttled', { seconds: 30 }), 'Слишком много неудачных попыток. Повторите через 30 с.')
  assert.throws(() => t('no.such' as never), /Missing message/)
})

test('the browser language picks the interface language, English by default', () => {
  assert.equal(negotiateLocale('ru-RU,ru;q=0.9,en;q=0.8'), 'ru')
  assert.equal(negotiateLocale('de-DE,en;q=0.5,ru;q=0.4'), 'en')
  assert.equal(negotiateLocale('de,fr'), 'en')
  assert.equal(negotiateLocale(undefined), 'en')
  assert.equal(negotiateLocale('en;q=0.2, ru;q=0.9'), 'ru')
})

test('counts take the plural form of each language', () => {
  const en = createTranslator(messagesByLocale.en, 'en')
  const ru = createTranslator(messagesByLocale.ru, 'ru')
  assert.equal(en('review.dueCount', { count: 1 }), '1 question due now')
  assert.equal(en('review.dueCount', { count: 2 }), '2 questions due now')
  assert.equal(ru('review.dueCount', { count: 1 }), 'К повторению: 1 вопрос')
  assert.equal(ru('review.dueCount', { count: 3 }), 'К повторению: 3 вопроса')
  assert.equal(ru('review.dueCount', { count: 5 }), 'К повторению: 5 вопросов')
  assert.equal(ru('review.dueCount', { count: 21 }), 'К повторению: 21 вопрос')
})
