import { getTranslator } from '@/lib/i18n/server'
import { ErrorPanel } from '@/components/layout/ErrorPanel'

export default async function NotFound() {
  const { t } = await getTranslator()
  return <ErrorPanel title={t('errors.notFoundTitle')} text={t('errors.notFoundText')} homeLabel={t('errors.goHome')} />
}
