import Link from 'next/link'
import type { SessionUser } from '@/lib/auth/session'
import type { Translate } from '@/lib/i18n'
import { NavLink } from './NavLink'
import { LanguageSwitch } from './LanguageSwitch'
import { SignOutButton } from './SignOutButton'

function navigationFor(user: SessionUser | null, t: Translate) {
  if (!user) return [{ href: '/', label: t('nav.home') }]
  if (user.role === 'TEACHER') {
    return [
      { href: '/classes', label: t('nav.classes') },
      { href: '/documents', label: t('nav.documents') },
      { href: '/lessons', label: t('nav.lessons') },
    ]
  }
  return [
    { href: '/lessons', label: t('nav.lessons') },
    { href: '/progress', label: t('progress.nav') },
  ]
}

export function SiteHeader({ user, t }: { user: SessionUser | null; t: Translate }) {
  return (
    <header className="site-header">
      <div className="header-inner">
        <Link href="/" className="brand">
          {t('common.appName')}
        </Link>
        <nav aria-label={t('common.mainNavigation')}>
          <ul className="nav-list">
            {navigationFor(user, t).map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguageSwitch />
          {user ? (
            <>
              <span className="who">
                {t('common.signedInAs', { name: user.name, role: t(user.role === 'TEACHER' ? 'common.roleTeacher' : 'common.roleStudent') })}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="button secondary">
                {t('nav.signIn')}
              </Link>
              <Link href="/sign-up" className="button primary">
                {t('nav.signUp')}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  )
}
