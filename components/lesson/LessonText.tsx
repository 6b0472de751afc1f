'use client'
import { useEffect, useState } from 'react'
import { useI18n } from '@/components/i18n/I18nProvider'
import type { LessonView } from '@/lib/lesson/view'

/**
 * The corrected text, or on request the original wording with each correction marked. A "Show in text" link
 * elsewhere on the page points into the corrected text, so following one switches back to it.
 */
type Props = Pick<LessonView, 'corrected' | 'original' | 'correctionCount'> & { contentLang: string }

export function LessonText({ corrected, original, correctionCount, contentLang }: Props) {
  const { t } = useI18n()
  const [showOriginal, setShowOriginal] = useState(false)

  useEffect(() => {
    const showCorrectedForSentenceLinks = () => {
      if (window.location.hash.startsWith('#sentence-')) setShowOriginal(false)
    }
    window.addEventListener('hashchange', showCorrectedForSentenceLinks)
    return () => window.removeEventListener('hashchange', showCorrectedForSentenceLinks)
  }, [])

  return (
    <div className="lesson-text">
      <button type="button" className="button secondary" aria-pressed={showOriginal} aria-controls="lesson-text-body" onClick={() => setShowOriginal((shown) => !shown)}>
        {t('lesson.showOriginal')}
      </button>
      {showOriginal && (
        <p className="meta">
          {t('lesson.originalNote')} {t('lesson.correctionCount', { count: correctionCount })}
        </p>
      )}
      <div id="lesson-text-body" className="lesson-text-body" lang={contentLang}>
        {showOriginal ? (
          <>
            {original.map((parts, index) => (
              <p key={index}>
                {parts.map((part, partIndex) =>
                  part.correctedTo === null ? (
                    part.text
                  ) : (
                    <span key={partIndex} className="correction">
                      <del>
                        <span className="visually-hidden">{t('lesson.originalWording')} </span>
                        {part.text}
                      </del>{' '}
                      <ins>
                        <span className="visually-hidden">{t('lesson.correctedTo')} </span>
                        {part.correctedTo}
                      </ins>
                    </span>
                  ),
                )}
              </p>
            ))}
          </>
        ) : (
          corrected.map((parts, index) => (
            <p key={index}>
              {parts.map((part, partIndex) =>
                part.anchor === null ? (
                  part.text
                ) : (
                  <span key={partIndex} id={part.anchor} className="sentence-target" tabIndex={-1}>
                    {part.text}
                  </span>
                ),
              )}
            </p>
          ))
        )}
      </div>
    </div>
  )
}
