'use client'
import { useActionState, useState, type ReactNode } from 'react'
import { createAssignmentAction, updateAssignmentAction } from '@/lib/actions/assignments'
import { idleState, type ActionState } from '@/lib/actions/state'
import { FEEDBACK_TIMINGS, MAX_ATTEMPTS, QUESTION_TYPES, selectCustomSet, type QuestionTypeName } from '@/lib/assignments/rules'
import type { AssignableSource } from '@/lib/data/assignments'
import { useI18n } from '@/components/i18n/I18nProvider'
import { Field } from '@/components/ui/Field'
import { FormMessage } from '@/components/ui/FormMessage'
import { useHydrated } from '@/components/ui/useHydrated'

// Both actions take the same form; their results differ only in data this form does not read.
type FormAction = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>

export type AssignmentDefaults = {
  openAt: string
  dueAt: string
  timeLimitMinutes: number | null
  attemptsAllowed: number
  scoring: 'BEST' | 'FIRST' | 'LAST'
  feedback: (typeof FEEDBACK_TIMINGS)[number]
  shuffle: boolean
}

type Props = { classId: string; sources: AssignableSource[] } | { assignmentId: string; defaults: AssignmentDefaults }

const DIFFICULTY_STEPS = Array.from({ length: 11 }, (_, index) => (index / 10).toFixed(1))

/** "2026-03-01T08:00" in the browser's zone, as <input type="datetime-local"> wants it. */
function toLocalInput(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

function Select({ name, label, errors, children, ...rest }: { name: string; label: string; errors?: string[]; children: ReactNode } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const errorId = errors?.length ? `field-${name}-error` : undefined
  return (
    <div className="field">
      <label htmlFor={`field-${name}`}>{label}</label>
      <select id={`field-${name}`} name={name} aria-invalid={errorId ? true : undefined} aria-describedby={errorId} {...rest}>
        {children}
      </select>
      {errorId && (
        <p id={errorId} className="field-error">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  )
}

/**
 * Creates an assignment (quiz source + rules) or edits the rules of one. Dates are typed in local time and sent as
 * UTC; the browser knows the zone, so the conversion happens here, right before the action runs.
 */
export function AssignmentForm(props: Props) {
  const { t } = useI18n()
  const creating = 'classId' in props
  const [state, formAction, pending] = useActionState((creating ? createAssignmentAction : updateAssignmentAction) as FormAction, idleState)
  const errors = state.status === 'error' ? state.fieldErrors : undefined
  const typed = state.status === 'error' ? state.values : undefined
  const defaults = creating ? undefined : props.defaults
  // The server cannot know the browser's zone: date fields get their local defaults once hydrated.
  const hydrated = useHydrated()
  const [now] = useState(() => Date.now())

  const sources = creating ? props.sources : []
  const [source, setSource] = useState<'LESSON' | 'DOCUMENT' | 'CUSTOM'>('LESSON')
  const [customDocumentId, setCustomDocumentId] = useState(sources[0]?.id ?? '')
  const [types, setTypes] = useState<QuestionTypeName[]>(['DATE_CHOICE', 'ACTOR_CHOICE'])
  const [count, setCount] = useState('10')
  const [minDifficulty, setMinDifficulty] = useState('0.0')
  const [maxDifficulty, setMaxDifficulty] = useState('1.0')
  const customDocument = sources.find((document) => document.id === customDocumentId)
  const filter = { types, minDifficulty: Number(minDifficulty), maxDifficulty: Number(maxDifficulty) }
  const matched = customDocument ? selectCustomSet(customDocument.questions, filter, Infinity).length : 0
  const taken = customDocument ? selectCustomSet(customDocument.questions, filter, Math.max(0, Number(count) || 0)).length : 0

  const inAWeek = new Date(now + 7 * 86_400_000)
  inAWeek.setHours(23, 59, 0, 0)
  const dateDefault = (name: 'openAt' | 'dueAt') => {
    if (!hydrated) return ''
    const iso = typed?.[name] || defaults?.[name] || (name === 'openAt' ? new Date(now).toISOString() : inAWeek.toISOString())
    return Number.isNaN(Date.parse(iso)) ? '' : toLocalInput(iso)
  }

  function submit(formData: FormData) {
    for (const name of ['openAt', 'dueAt']) {
      const local = String(formData.get(name) ?? '')
      const parsed = new Date(local)
      formData.set(name, local && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : '')
    }
    formData.set('types', formData.getAll('types').join(','))
    formAction(formData)
  }

  return (
    <form action={submit} className="stack assignment-form" noValidate>
      <FormMessage state={state.status === 'success' ? { ...state, message: t('assignments.saved') } : state} />
      {creating ? <input type="hidden" name="classId" value={props.classId} /> : <input type="hidden" name="assignmentId" value={props.assignmentId} />}

      {creating && (
        <fieldset className="form-group">
          <legend>{t('assignments.sourceLegend')}</legend>
          <div className="choice-group" role="radiogroup" aria-label={t('assignments.sourceLegend')}>
            {(['LESSON', 'DOCUMENT', 'CUSTOM'] as const).map((kind) => (
              <label key={kind}>
                <input type="radio" name="source" value={kind} checked={source === kind} onChange={() => setSource(kind)} />{' '}
                {t(kind === 'LESSON' ? 'assignments.sourceLesson' : kind === 'DOCUMENT' ? 'assignments.sourceDocument' : 'assignments.sourceCustom')}
              </label>
            ))}
          </div>
          {source === 'LESSON' && (
            <Select name="lessonQuizId" label={t('assignments.lessonQuiz')} errors={errors?.lessonQuizId} defaultValue={typed?.lessonQuizId}>
              {sources.map((document) => (
                <optgroup key={document.id} label={document.title}>
                  {document.quizzes
                    .filter((quiz) => quiz.scope === 'LESSON')
                    .map((quiz) => (
                      <option key={quiz.id} value={quiz.id}>
                        {quiz.title}
                      </option>
                    ))}
                </optgroup>
              ))}
            </Select>
          )}
          {source === 'DOCUMENT' && (
            <Select name="documentQuizId" label={t('assignments.documentQuiz')} errors={errors?.documentQuizId} defaultValue={typed?.documentQuizId}>
              {sources.flatMap((document) =>
                document.quizzes
                  .filter((quiz) => quiz.scope === 'DOCUMENT')
                  .map((quiz) => (
                    <option key={quiz.id} value={quiz.id}>
                      {document.title}
                    </option>
                  )),
              )}
            </Select>
          )}
          {source === 'CUSTOM' && (
            <div className="stack">
              <Select name="customDocumentId" label={t('assignments.customDocument')} errors={errors?.customDocumentId} value={customDocumentId} onChange={(event) => setCustomDocumentId(event.target.value)}>
                {sources.map((document) => (
                  <option key={document.id} value={document.id}>
                    {document.title}
                  </option>
                ))}
              </Select>
              <fieldset className="choice-group" aria-describedby={errors?.types ? 'types-error' : undefined}>
                <legend>{t('assignments.typesLegend')}</legend>
                {QUESTION_TYPES.map((type) => (
                  <label key={type}>
                    <input
                      type="checkbox"
                      name="types"
                      value={type}
                      checked={types.includes(type)}
                      onChange={(event) => setTypes((current) => (event.target.checked ? [...current, type] : current.filter((other) => other !== type)))}
                    />{' '}
                    {t(`gradebook.types.${type}`)}
                  </label>
                ))}
                {errors?.types && (
                  <p id="types-error" className="field-error">
                    {errors.types.join(' ')}
                  </p>
                )}
              </fieldset>
              <Field name="count" type="number" inputMode="numeric" min={1} max={100} label={t('assignments.count')} value={count} onChange={(event) => setCount(event.target.value)} errors={errors?.count} />
              <div className="field-row">
                <Select name="minDifficulty" label={t('assignments.minDifficulty')} value={minDifficulty} onChange={(event) => setMinDifficulty(event.target.value)} aria-describedby="difficulty-hint">
                  {DIFFICULTY_STEPS.map((step) => (
                    <option key={step}>{step}</option>
                  ))}
                </Select>
                <Select name="maxDifficulty" label={t('assignments.maxDifficulty')} value={maxDifficulty} onChange={(event) => setMaxDifficulty(event.target.value)} errors={errors?.maxDifficulty}>
                  {DIFFICULTY_STEPS.map((step) => (
                    <option key={step}>{step}</option>
                  ))}
                </Select>
              </div>
              <p id="difficulty-hint" className="hint">
                {t('assignments.difficultyHint')}
              </p>
              <p aria-live="polite" data-testid="matching-count">
                {matched === 0 ? t('assignments.matchingNone') : t('assignments.matching', { count: matched, taken })}
              </p>
            </div>
          )}
        </fieldset>
      )}

      <fieldset className="form-group" key={hydrated ? 'local' : 'server'}>
        <legend>{t('assignments.datesLegend')}</legend>
        <p className="hint">{t('assignments.datesHint')}</p>
        <div className="field-row">
          <Field name="openAt" type="datetime-local" label={t('assignments.openAt')} required defaultValue={dateDefault('openAt')} errors={errors?.openAt} />
          <Field name="dueAt" type="datetime-local" label={t('assignments.dueAt')} required defaultValue={dateDefault('dueAt')} errors={errors?.dueAt} />
        </div>
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('assignments.rulesLegend')}</legend>
        <Field
          name="timeLimitMinutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          label={t('assignments.timeLimit')}
          hint={t('assignments.timeLimitHint')}
          defaultValue={typed?.timeLimitMinutes ?? defaults?.timeLimitMinutes ?? ''}
          errors={errors?.timeLimitMinutes}
        />
        <Select name="attemptsAllowed" label={t('assignments.attemptsAllowed')} defaultValue={typed?.attemptsAllowed ?? String(defaults?.attemptsAllowed ?? 1)} errors={errors?.attemptsAllowed}>
          {Array.from({ length: MAX_ATTEMPTS }, (_, index) => (
            <option key={index + 1} value={index + 1}>
              {index + 1}
            </option>
          ))}
          <option value="0">{t('assignments.unlimited')}</option>
        </Select>
        <Select name="scoring" label={t('assignments.scoring')} defaultValue={typed?.scoring ?? defaults?.scoring ?? 'BEST'} errors={errors?.scoring}>
          {(['BEST', 'FIRST', 'LAST'] as const).map((policy) => (
            <option key={policy} value={policy}>
              {t(`assignments.scoring${policy}`)}
            </option>
          ))}
        </Select>
        <label className="checkbox-line">
          <input type="checkbox" name="shuffle" defaultChecked={typed ? typed.shuffle === 'on' : (defaults?.shuffle ?? true)} /> {t('assignments.shuffle')}
        </label>
        <fieldset className="choice-group vertical">
          <legend>{t('assignments.feedback')}</legend>
          {FEEDBACK_TIMINGS.map((timing) => (
            <label key={timing}>
              <input type="radio" name="feedback" value={timing} defaultChecked={(typed?.feedback ?? defaults?.feedback ?? 'AFTER_SUBMIT') === timing} /> {t(`assignments.feedback${timing}`)}
            </label>
          ))}
        </fieldset>
      </fieldset>

      <button type="submit" className="button primary" disabled={pending || (creating && source === 'CUSTOM' && taken === 0)}>
        {creating ? t('assignments.create') : t('assignments.save')}
      </button>
    </form>
  )
}
