import type { Metadata } from 'next'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { findJoinableClass } from '@/lib/data/classes'
import { JoinClassForm } from '@/components/classes/JoinClassForm'

type Props = { params: Promise<{ code: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('classes.joinTitle') }
}

/** A join link asks before joining: a link can be opened by accident, or be an old one. */
export default async function JoinWithCodePage({ params }: Props) {
  const { code } = await params
  await requireUser('join:class', `/join/${code}`)
  const [{ t }, found] = await Promise.all([getTranslator(), findJoinableClass(decodeURIComponent(code))])
  if (!found) {
    return (
      <>
        <h1>{t('classes.joinTitle')}</h1>
        <p className="form-error" data-testid="join-refused">
          {t('classes.joinCodeUnknown')}
        </p>
        <JoinClassForm />
      </>
    )
  }
  return (
    <>
      <h1>{t('classes.joinConfirmTitle', { name: found.name })}</h1>
      <p>{t('classes.joinConfirmText', { teacher: found.teacher.name })}</p>
      <JoinClassForm code={decodeURIComponent(code)} />
    </>
  )
}
