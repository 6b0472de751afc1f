import Link from 'next/link'
import { getTranslator } from '@/lib/i18n/server'
import { currentUser } from '@/lib/auth/session'
import { homeFor } from '@/lib/auth/permissions'

export default async function HomePage() {
  const [{ t }, user] = await Promise.all([getTranslator(), currentUser()])
  return (
    <>
      <h1>{t('home.heading')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <div className="actions">
        {user ? (
          <>
            <p>{t('home.welcomeBack', { name: user.name })}</p>
            <Link className="button primary" href={homeFor(user.role)}>
              {t(user.role === 'TEACHER' ? 'home.continueTeacher' : 'home.continueStudent')}
            </Link>
          </>
        ) : (
          <>
            <Link className="button primary" href="/sign-up">
              {t('home.getStarted')}
            </Link>
            <Link className="button secondary" href="/sign-in">
              {t('home.haveAccount')}
            </Link>
          </>
        )}
      </div>
      <ul className="cards">
        {(['students', 'teachers', 'grounded'] as const).map((section) => (
          <li className="card" key={section}>
            <h2>{t(`home.${section}Heading`)}</h2>
            <p>{t(`home.${section}Text`)}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
