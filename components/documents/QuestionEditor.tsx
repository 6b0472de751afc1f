'use client'
import { useActionState, useState } from 'react'
import { saveQuestionAction } from '@/lib/actions/documents'
import { idleState, refusedForm } from '@/lib/actions/state'
import { MAX_OPTIONS } from '@/lib/import/question-form'
import { questionTypes, type QuestionType } from '@/lib/quiz/responses'
import { useI18n } from '@/components/i18n/I18nProvider'
import { Field } from '@/components/ui/Field'
import { FormMessage } from '@/components/ui/FormMessage'

type Props =
  | { mode: 'edit'; questionId: string; type: QuestionType; values: Record<string, string> }
  | { mode: 'add'; documentId: string; lessons: { id: string; title: string }[] }

const OPTION_COUNTS: Record<QuestionType, number> = { DATE_CHOICE: 4, ACTOR_CHOICE: 4, TRUE_FALSE: 0, ORDERING: 4, MATCHING: 4, TYPED: 0 }

/** The editor for one question: the fields its type needs; the checker's remarks are shown after saving. */
export function QuestionEditor(props: Props) {
  const { t } = useI18n()
  const [state, formAction, pending] = useActionState(saveQuestionAction, idleState)
  const [addType, setAddType] = useState<QuestionType>('DATE_CHOICE')
  const type = props.mode === 'edit' ? props.type : addType
  const refused = refusedForm(state)
  const values = refused.values ?? (props.mode === 'edit' ? props.values : {})
  const errors = refused.errors ?? {}
  const prefix = props.mode === 'edit' ? props.questionId : 'new'
  const fieldId = (name: string) => `q-${prefix}-${name}`
  // An edit keeps the number of options the question has (blank rows allow one more); a new question starts with the usual number.
  const filledCount = (name: string) => Object.keys(values).filter((key) => key.startsWith(name) && values[key]).length
  const rows = (name: string) => Math.min(MAX_OPTIONS, Math.max(OPTION_COUNTS[type], filledCount(name)))
  const text = (name: string, label: string, extra: { hint?: string; required?: boolean } = {}) => (
    <Field key={`${type}-${name}`} id={fieldId(name)} name={name} label={label} defaultValue={values[name] ?? ''} errors={errors[name]} maxLength={320} {...extra} />
  )
  const area = (name: string, label: string, rowsCount = 2) => (
    <div className="field" key={`${type}-${name}`}>
      <label htmlFor={fieldId(name)}>{label}</label>
      <textarea id={fieldId(name)} name={name} rows={rowsCount} defaultValue={values[name] ?? ''} aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? `${fieldId(name)}-error` : undefined} />
      {errors[name] && (
        <p id={`${fieldId(name)}-error`} className="field-error">
          {errors[name].join(' ')}
        </p>
      )}
    </div>
  )
  const indexes = (name: string) => Array.from({ length: rows(name) }, (_, i) => i)

  return (
    <form action={formAction} className="stack question-editor" aria-busy={pending || undefined} noValidate>
      <FormMessage state={state} />
      {props.mode === 'edit' ? (
        <>
          <input type="hidden" name="questionId" value={props.questionId} />
          <input type="hidden" name="type" value={props.type} />
        </>
      ) : (
        <>
          <input type="hidden" name="documentId" value={props.documentId} />
          <div className="field">
            <label htmlFor={fieldId('type')}>{t('questions.form.typeLabel')}</label>
            <select id={fieldId('type')} name="type" value={addType} onChange={(event) => setAddType(event.currentTarget.value as QuestionType)}>
              {questionTypes.map((option) => (
                <option key={option} value={option}>
                  {t(`questions.type.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={fieldId('lesson')}>{t('questions.form.lessonLabel')}</label>
            <select id={fieldId('lesson')} name="lessonId" defaultValue={values.lessonId ?? props.lessons[0]?.id ?? ''}>
              {props.lessons.map((lesson) => (
                <option key={lesson.id} value={lesson.id}>
                  {lesson.title}
                </option>
              ))}
              <option value="">{t('questions.form.noLesson')}</option>
            </select>
          </div>
        </>
      )}
      {area('prompt', t('questions.form.prompt'))}
      {type === 'TYPED' && <p className="hint">{t('questions.form.typedHint')}</p>}

      {(type === 'DATE_CHOICE' || type === 'ACTOR_CHOICE') && (
        <fieldset>
          <legend>{t('questions.form.correctChoice')}</legend>
          {indexes('choice').map((i) => (
            <div key={`${type}-${i}`} className="choice-row">
              <input type="radio" id={fieldId(`answer-${i}`)} name="answer" value={String(i)} defaultChecked={values.answer === String(i)} aria-label={t('questions.form.correctIs', { number: i + 1 })} />
              {text(`choice${i}`, t('questions.form.choice', { number: i + 1 }))}
            </div>
          ))}
          {errors.answer && <p className="field-error">{errors.answer.join(' ')}</p>}
        </fieldset>
      )}
      {type === 'TRUE_FALSE' && (
        <fieldset>
          <legend>{t('questions.form.trueFalseAnswer')}</legend>
          {(['true', 'false'] as const).map((value) => (
            <label key={value} className="radio">
              <input type="radio" name="answer" value={value} defaultChecked={values.answer === value} /> {t(`questions.${value}`)}
            </label>
          ))}
          {errors.answer && <p className="field-error">{errors.answer.join(' ')}</p>}
        </fieldset>
      )}
      {type === 'ORDERING' && indexes('item').map((i) => text(`item${i}`, t('questions.form.item', { number: i + 1 })))}
      {type === 'MATCHING' &&
        indexes('left').map((i) => (
          <div key={`pair-${i}`} className="pair-row">
            {text(`left${i}`, t('questions.form.left', { number: i + 1 }))}
            {text(`right${i}`, t('questions.form.right', { number: i + 1 }))}
          </div>
        ))}
      {type === 'TYPED' && (
        <>
          {text('answer', t('questions.form.typedAnswer'))}
          {area('accepted', t('questions.form.accepted'), 3)}
        </>
      )}
      {area('source', t('questions.form.source'))}
      {area('explanation', t('questions.form.explanation'))}
      <button type="submit" className="button primary" disabled={pending}>
        {props.mode === 'edit' ? t('questions.form.save') : t('questions.form.create')}
      </button>
      <div role="status" className="meta">
        {state.status === 'success' && (
          <>
            <p>{state.data.added ? t('questions.added') : t('questions.saved')}</p>
            {state.data.warnings.length > 0 && (
              <>
                <p>{t('questions.warningsHeading')}</p>
                <ul className="warnings">
                  {state.data.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </form>
  )
}
