import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslator } from '@/lib/i18n/server'
import { requireUser } from '@/lib/auth/session'
import { loadDocumentReview } from '@/lib/data/document-review'
import { copyDocumentAction, decideSpellingAction, deleteDraftAction, publishDocumentAction } from '@/lib/actions/documents'
import { canUndo } from '@/lib/import/review-state'
import { ActionButton } from '@/components/documents/ActionButton'
import { LessonTitleForm } from '@/components/documents/LessonTitleForm'
import { RegenerateButton } from '@/components/documents/RegenerateButton'
import { SpellingProposal } from '@/components/documents/SpellingProposal'

type Props = { params: Promise<{ documentId: string }> }

async function load(documentId: string) {
  const user = await requireUser('manage:documents', `/documents/${documentId}/review`)
  const document = await loadDocumentReview(user, documentId)
  if (!document) notFound()
  return document
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [document, { t }] = await Promise.all([load((await params).documentId), getTranslator()])
  return { title: t('documentReview.title', { title: document.title }) }
}

export default async function DocumentReviewPage({ params }: Props) {
  const [document, { t }] = await Promise.all([load((await params).documentId), getTranslator()])
  const fields = { documentId: document.id }
  // The same word may be flagged in several places: one decision covers them all.
  const proposals = [...new Map(document.review.spelling.proposals.map((proposal) => [proposal.from, proposal])).values()]
  const applied = [...new Map(document.review.spelling.applied.map((correction) => [`${correction.from}→${correction.to}`, correction])).values()]
  return (
    <>
      <h1>{t('documentReview.title', { title: document.title })}</h1>
      <p>
        <span className="badge">{document.published ? t('documents.published') : t('documents.draft')}</span>
      </p>
      {!document.editable && (
        <div className="card notice">
          <p>{t('documentReview.readOnly')}</p>
          <ActionButton action={copyDocumentAction} fields={fields} label={t('documentReview.useCopy')} variant="primary" />
        </div>
      )}
      <p>
        <Link href={`/documents/${document.id}/questions`} className="button secondary">
          {t('documentReview.questionsLink', { count: document._count.questions })}
        </Link>
      </p>

      {document.review.warnings.length > 0 && (
        <section aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">{t('documentReview.warnings')}</h2>
          <ul>
            {document.review.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="spelling-heading">
        <h2 id="spelling-heading">{t('documentReview.spellingHeading')}</h2>
        {proposals.length === 0 ? (
          <p>{t('documentReview.noProposals')}</p>
        ) : (
          <>
            <p>{t('documentReview.proposalsIntro')}</p>
            {document.editable ? (
              <ul className="cards">
                {proposals.map((proposal, index) => (
                  <SpellingProposal key={proposal.from} index={index} documentId={document.id} from={proposal.from} suggestions={[proposal.to, ...(proposal.alternatives ?? [])]} sentence={proposal.sentence} />
                ))}
              </ul>
            ) : (
              <ul>
                {proposals.map((proposal) => (
                  <li key={proposal.from}>{t('documentReview.appliedRow', { from: proposal.from, to: proposal.to })}</li>
                ))}
              </ul>
            )}
          </>
        )}
        <h3>{t('documentReview.appliedHeading')}</h3>
        {applied.length === 0 ? (
          <p>{t('documentReview.noApplied')}</p>
        ) : (
          <ul className="applied-corrections">
            {applied.map((correction) => (
              <li key={`${correction.from}→${correction.to}`}>
                <span>{t('documentReview.appliedRow', { from: correction.from, to: correction.to })}</span>
                {document.editable && canUndo(correction) && (
                  <ActionButton
                    action={decideSpellingAction}
                    fields={{ ...fields, kind: 'undo', from: correction.from }}
                    label={t('documentReview.undo', { from: correction.from, to: correction.to })}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">{t('documentReview.lessonsHeading')}</h2>
        <ol className="plain-list stack">
          {document.lessons.map((lesson, index) => (
            <li key={lesson.id} className="card">
              {document.editable ? <LessonTitleForm lessonId={lesson.id} title={lesson.title} number={index + 1} /> : <h3>{lesson.title}</h3>}
              <p className="lesson-excerpt">{lesson.text.slice(0, 400)}{lesson.text.length > 400 ? '…' : ''}</p>
            </li>
          ))}
        </ol>
      </section>

      {document.editable && (
        <div className="document-actions">
          <RegenerateButton documentId={document.id} />
          {!document.published && (
            <>
              <ActionButton action={publishDocumentAction} fields={fields} label={t('documentReview.publish')} confirm={t('documentReview.publishConfirm')} variant="primary" />
              <ActionButton action={deleteDraftAction} fields={fields} label={t('documentReview.deleteDraft')} confirm={t('documentReview.deleteConfirm')} />
            </>
          )}
          {document.published && <p>{t('documentReview.publishedNote')}</p>}
        </div>
      )}
    </>
  )
}
