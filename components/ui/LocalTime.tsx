'use client'
import { useI18n } from '@/components/i18n/I18nProvider'
import { useHydrated } from './useHydrated'

/**
 * A date in the viewer's own time zone and language. The server does not know the zone: it renders UTC (labelled),
 * and the browser re-renders with the local zone right after hydration, without a mismatch.
 */
export function LocalTime({ date, dateOnly = false }: { date: Date | string; dateOnly?: boolean }) {
  const { locale } = useI18n()
  const value = typeof date === 'string' ? new Date(date) : date
  const local = useHydrated()
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    // "long" names the zone, so the server's UTC rendering is never mistaken for local time.
    timeStyle: dateOnly ? undefined : local ? 'short' : 'long',
    timeZone: local ? undefined : 'UTC',
  })
  return <time dateTime={value.toISOString()}>{format.format(value)}</time>
}
