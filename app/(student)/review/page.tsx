import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { countDueReviews, nextDueReview } from '@/lib/data/review'
import { ReviewCard } from '@/components/quiz/ReviewCard'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('review.title') }
}

export default async function ReviewPage() {
  const user = await requireUser('take:quiz', '/review')
  const [{ t }, due, next] = await Promise.all([getTranslator(), countDueReviews(user.id), nextDueReview(user.id)])
  return (
    <>
      <h1>{t('review.title')}</h1>
      <p>{t('review.intro')}</p>
      <p className="meta" data-testid="due-count">
        {t('review.dueCount', { count: due })}
      </p>
      {next ? (
        <ReviewCard key={`${next.id}:${due}`} question={next} />
      ) : (
        <div className="card">
          <p>{t('review.nothingDue')}</p>
          <p>
            <Link href="/lessons">{t('review.nothingDueHint')}</Link>
          </p>
        </div>
      )}
    </>
  )
}
