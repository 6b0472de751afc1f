import type { Locale, Messages } from '../index'
import { en } from './en'
import { ru } from './ru'

export const messagesByLocale: Record<Locale, Messages> = { en, ru }
