import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import './globals.css'
import { getTranslator } from '@/lib/i18n/server'
import { currentUser } from '@/lib/auth/session'
import { I18nProvider } from '@/components/i18n/I18nProvider'
import { SiteHeader } from '@/components/layout/SiteHeader'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator()
  return { title: { default: t('meta.title'), template: `%s · ${t('common.appName')}` }, description: t('meta.description') }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#7a2e1d' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, messages, t }, user] = await Promise.all([getTranslator(), currentUser()])
  return (
    <html lang={locale}>
      <body>
        <I18nProvider locale={locale} messages={messages}>
          <a href="#main" className="skip-link">
            {t('common.skipToContent')}
          </a>
          <SiteHeader user={user} t={t} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <p>{t('meta.description')}</p>
          </footer>
        </I18nProvider>
      </body>
    </html>
  )
}
