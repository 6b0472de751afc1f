// A response or an answer key as lines a person reads. Pure: the feedback view and the CSV export word answers alike.
import type { Translate } from '../i18n'
import type { AnswerKey, QuestionType, QuizResponse } from './responses'

export function describeAnswer(type: QuestionType, value: QuizResponse | AnswerKey['answer'] | null, t: Translate): string[] {
  if (value === null || value === undefined) return [t('quiz.noAnswer')]
  switch (type) {
    case 'DATE_CHOICE':
    case 'ACTOR_CHOICE':
      return [typeof value === 'string' ? value : (value as { choice: string }).choice]
    case 'TRUE_FALSE': {
      const flag = typeof value === 'boolean' ? value : (value as { value: boolean }).value
      return [flag ? t('quiz.trueLabel') : t('quiz.falseLabel')]
    }
    case 'ORDERING':
      return Array.isArray(value) ? (value as string[]) : (value as { order: string[] }).order
    case 'MATCHING': {
      const pairs = Array.isArray(value) ? (value as [string, string][]) : (value as { pairs: [string, string][] }).pairs
      return pairs.map(([left, right]) => `${left} → ${right}`)
    }
    case 'TYPED':
      return [typeof value === 'string' ? value : (value as { text: string }).text]
  }
}
