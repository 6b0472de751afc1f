'use client'
import { useId, useRef, useState } from 'react'
import type { PresentedContent, QuestionType, QuizResponse } from '@/lib/quiz/responses'
import { useI18n } from '@/components/i18n/I18nProvider'

export type PresentedQuestion = { id: string; type: QuestionType; prompt: string; content: PresentedContent }

type InputProps<R> = { question: PresentedQuestion; response: R | null; onChange: (response: R) => void; disabled?: boolean }

/** One input per question type; all of them work with keyboard, touch and screen readers (no drag and drop). */
export function QuestionInput({ question, response, onChange, disabled }: InputProps<QuizResponse>) {
  switch (question.type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE':
      return <ChoiceInput question={question} response={response as { choice: string } | null} onChange={onChange} disabled={disabled} />
    case 'TRUE_FALSE':
      return <TrueFalseInput question={question} response={response as { value: boolean } | null} onChange={onChange} disabled={disabled} />
    case 'ORDERING':
      return <OrderingInput question={question} response={response as { order: string[] } | null} onChange={onChange} disabled={disabled} />
    case 'MATCHING':
      return <MatchingInput question={question} response={response as { pairs: [string, string][] } | null} onChange={onChange} disabled={disabled} />
    case 'TYPED':
      return <TypedInput question={question} response={response as { text: string } | null} onChange={onChange} disabled={disabled} />
  }
}

function RadioGroup({ name, prompt, options, checked, onSelect, disabled }: {
  name: string
  prompt: string
  options: { value: string; label: string }[]
  checked: string | null
  onSelect: (value: string) => void
  disabled?: boolean
}) {
  return (
    <fieldset className="question" disabled={disabled}>
      <legend className="question-prompt">{prompt}</legend>
      <div className="options">
        {options.map((option) => (
          <label key={option.value} className="option">
            <input type="radio" name={name} value={option.value} checked={checked === option.value} onChange={() => onSelect(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function ChoiceInput({ question, response, onChange, disabled }: InputProps<{ choice: string }>) {
  const name = useId()
  const options = (question.content.choices ?? []).map((choice) => ({ value: choice, label: choice }))
  return <RadioGroup name={name} prompt={question.prompt} options={options} checked={response?.choice ?? null} onSelect={(choice) => onChange({ choice })} disabled={disabled} />
}

function TrueFalseInput({ question, response, onChange, disabled }: InputProps<{ value: boolean }>) {
  const { t } = useI18n()
  const name = useId()
  const options = [
    { value: 'true', label: t('quiz.trueLabel') },
    { value: 'false', label: t('quiz.falseLabel') },
  ]
  const checked = response ? String(response.value) : null
  return <RadioGroup name={name} prompt={question.prompt} options={options} checked={checked} onSelect={(value) => onChange({ value: value === 'true' })} disabled={disabled} />
}

function OrderingInput({ question, response, onChange, disabled }: InputProps<{ order: string[] }>) {
  const { t } = useI18n()
  const order = response?.order ?? question.content.items ?? []
  const [announcement, setAnnouncement] = useState('')
  const buttons = useRef(new Map<string, HTMLButtonElement | null>())
  const helpId = useId()

  function move(index: number, offset: -1 | 1) {
    const target = index + offset
    if (target < 0 || target >= order.length) return
    const next = [...order]
    ;[next[index], next[target]] = [next[target], next[index]]
    onChange({ order: next })
    setAnnouncement(t('quiz.moved', { item: order[index], position: target + 1, total: order.length }))
    // Keep focus on the same button of the moved item, so repeated presses keep moving it.
    const key = `${order[index]}:${offset}`
    requestAnimationFrame(() => {
      const button = buttons.current.get(key)
      if (button && !button.disabled) button.focus()
      else buttons.current.get(`${order[index]}:${-offset}`)?.focus()
    })
  }

  return (
    <fieldset className="question" disabled={disabled} aria-describedby={helpId}>
      <legend className="question-prompt">{question.prompt}</legend>
      <p id={helpId} className="hint">
        {t('quiz.orderHelp')}
      </p>
      <ol className="ordering">
        {order.map((item, index) => (
          <li key={item} className="ordering-item">
            <span className="ordering-position" aria-hidden="true">
              {index + 1}
            </span>
            <span className="ordering-text">{item}</span>
            <span className="ordering-buttons">
              <button
                type="button"
                className="icon-button"
                ref={(element) => {
                  buttons.current.set(`${item}:-1`, element)
                }}
                onClick={() => move(index, -1)}
                disabled={index === 0}
                aria-label={t('quiz.moveUp', { item })}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                ref={(element) => {
                  buttons.current.set(`${item}:1`, element)
                }}
                onClick={() => move(index, 1)}
                disabled={index === order.length - 1}
                aria-label={t('quiz.moveDown', { item })}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  )
}

function MatchingInput({ question, response, onChange, disabled }: InputProps<{ pairs: [string, string][] }>) {
  const { t } = useI18n()
  const chosen = new Map(response?.pairs ?? [])
  const baseId = useId()
  function choose(left: string, right: string) {
    const next = new Map(chosen)
    if (right) next.set(left, right)
    else next.delete(left)
    if (next.size > 0) onChange({ pairs: [...next.entries()] })
  }
  return (
    <fieldset className="question" disabled={disabled}>
      <legend className="question-prompt">{question.prompt}</legend>
      <p className="hint">{t('quiz.matchHelp')}</p>
      <div className="matching">
        {(question.content.left ?? []).map((left, index) => (
          <div key={left} className="matching-row">
            <label htmlFor={`${baseId}-${index}`}>{left}</label>
            <select id={`${baseId}-${index}`} value={chosen.get(left) ?? ''} onChange={(event) => choose(left, event.target.value)}>
              <option value="">{t('quiz.matchPlaceholder')}</option>
              {(question.content.right ?? []).map((right) => (
                <option key={right} value={right}>
                  {right}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

function TypedInput({ question, response, onChange, disabled }: InputProps<{ text: string }>) {
  const { t } = useI18n()
  const inputId = useId()
  const [text, setText] = useState(response?.text ?? '')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  function commit(value: string) {
    clearTimeout(timer.current)
    if (value.trim() && value.trim() !== response?.text) onChange({ text: value.trim() })
  }
  return (
    <fieldset className="question" disabled={disabled}>
      <legend className="question-prompt">{question.prompt}</legend>
      <div className="field">
        <label htmlFor={inputId}>{t('quiz.typedLabel')}</label>
        <p id={`${inputId}-hint`} className="hint">
          {t('quiz.typedHelp')}
        </p>
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${inputId}-hint`}
          value={text}
          maxLength={200}
          onChange={(event) => {
            setText(event.target.value)
            clearTimeout(timer.current)
            const value = event.target.value
            // Save while typing pauses, and for sure when leaving the field.
            timer.current = setTimeout(() => commit(value), 800)
          }}
          onBlur={(event) => commit(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              commit(event.currentTarget.value)
            }
          }}
        />
      </div>
    </fieldset>
  )
}
