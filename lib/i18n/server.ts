import 'server-only'
import { cookies, headers } from 'next/headers'
import { createTranslator, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from './index'
import { messagesByLocale } from './messages'

export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value
  if (isLocale(chosen)) return chosen
  return negotiateLocale((await headers()).get('accept-language'))
}

export async function getTranslator() {
  const locale = await getLocale()
  return { locale, messages: messagesByLocale[locale], t: createTranslator(messagesByLocale[locale], locale) }
}
