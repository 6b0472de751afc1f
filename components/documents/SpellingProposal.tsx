'use client'
import { useActionState } from 'react'
import { decideSpellingAction } from '@/lib/actions/documents'
import { idleState } from '@/lib/actions/state'
import { useI18n } from '@/components/i18n/I18nProvider'
import { FormMessage } from '@/components/ui/FormMessage'

/** One proposal: pick the correction (the engine's best first) and accept it, or keep the word as written. */
export function SpellingProposal({ documentId, from, suggestions, sentence, index }: { documentId: string; from: string; suggestions: string[]; sentence: string; index: number }) {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState(decideSpellingAction, idleState)
  const selectId = `proposal-${index}`
  return (
    <li className="card proposal">
      <form action={formAction} aria-busy={pending || undefined}>
        <input type="hidden" name="documentId" value={documentId} />
        <input type="hidden" name="from" value={from} />
        <p className="meta">{t('documentReview.proposalIn', { sentence })}</p>
        <div className="field">
          <label htmlFor={selectId}>{t('documentReview.correctionFor', { word: from })}</label>
          <select id={selectId} name="to">
            {suggestions.map((suggestion) => (
              <option key={suggestion}>{suggestion}</option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button type="submit" name="kind" value="accept" className="button primary" disabled={pending}>
            {t('documentReview.accept')}
          </button>
          <button type="submit" name="kind" value="reject" className="button secondary" disabled={pending} formNoValidate>
            {t('documentReview.reject', { word: from })}
          </button>
        </div>
        <p role="status" className="meta">
          {pending ? t('documentReview.working') : ''}
        </p>
        <FormMessage state={state} />
      </form>
    </li>
  )
}
