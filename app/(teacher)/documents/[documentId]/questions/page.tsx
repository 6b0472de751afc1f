import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { loadQuestionReview } from '@/lib/data/question-review'
import { setQuestionEnabledAction } from '@/lib/actions/documents'
import { formValuesOf } from '@/lib/import/question-form'
import { ActionButton } from '@/components/documents/ActionButton'
import { QuestionEditor } from '@/components/documents/QuestionEditor'
import { QuestionSummary } from '@/components/documents/QuestionSummary'

type Props = { params: Promise<{ documentId: string }> }

async function load(documentId: string) {
  const user = await requireUser('manage:documents', `/documents/${documentId}/questions`)
  const review = await loadQuestionReview(user, documentId)
  if (!review) notFound()
  return review
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [review, { t }] = await Promise.all([load((await params).documentId), getTranslator()])
  return { title: t('questions.title', { title: review.title }) }
}

export default async function QuestionReviewPage({ params }: Props) {
  const [review, { t }] = await Promise.all([load((await params).documentId), getTranslator()])
  return (
    <>
      <h1>{t('questions.title', { title: review.title })}</h1>
      <p>{t('questions.intro')}</p>
      <p>
        <Link href={`/documents/${review.id}/review`}>{t('questions.backToReview')}</Link>
      </p>
      {!review.editable && <p className="card notice">{t('documentReview.readOnly')}</p>}
      {review.editable && (
        <details className="card add-question">
          <summary>{t('questions.add')}</summary>
          <QuestionEditor mode="add" documentId={review.id} lessons={review.lessons} />
        </details>
      )}
      {review.groups
        .filter((group) => group.questions.length > 0)
        .map((group) => (
          <section key={group.lesson.id ?? 'across'} aria-labelledby={`group-${group.lesson.id ?? 'across'}`}>
            <h2 id={`group-${group.lesson.id ?? 'across'}`}>{group.lesson.title ?? t('questions.acrossLessons')}</h2>
            <ol className="plain-list stack">
              {group.questions.map((question) => (
                <li key={question.id} className={`card question-card${question.enabled ? '' : ' question-disabled'}`} data-testid="question-card">
                  <QuestionSummary question={question} />
                  {review.editable && (
                    <div className="question-actions">
                      <details>
                        <summary>{t('questions.edit')}</summary>
                        <QuestionEditor mode="edit" questionId={question.id} type={question.type} values={formValuesOf(question.type, question.version)} />
                      </details>
                      <ActionButton
                        action={setQuestionEnabledAction}
                        fields={{ questionId: question.id, enabled: String(!question.enabled) }}
                        label={question.enabled ? t('questions.disable') : t('questions.enable')}
                        ariaLabel={t(question.enabled ? 'questions.disableFor' : 'questions.enableFor', { prompt: question.version.prompt })}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
    </>
  )
}
