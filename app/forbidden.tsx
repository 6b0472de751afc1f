import { getTranslator } from '@/lib/i18n/server'
import { ErrorPanel } from '@/components/layout/ErrorPanel'

// Rendered with status 403 when a loader calls forbidden().
export default async function Forbidden() {
  const { t } = await getTranslator()
  return <ErrorPanel title={t('errors.forbiddenTitle')} text={t('errors.forbiddenText')} homeLabel={t('errors.goHome')} />
}
