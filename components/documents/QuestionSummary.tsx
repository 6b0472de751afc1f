import type { ReviewQuestion } from '@/lib/data/question-review'
import { getTranslator } from '@/lib/i18n/server'

/** A question as the teacher reviews it: type, status, prompt, what is presented, the key and its source. */
export async function QuestionSummary({ question }: { question: ReviewQuestion }) {
  const { t } = await getTranslator()
  const { prompt, content, answerKey, source, version, editedById } = question.version
  const key = answerKey as { answer: unknown; acceptedAnswers?: string[] }
  const presented = content as { choices?: string[]; left?: string[] }
  let answer: string
  switch (question.type) {
    case 'TRUE_FALSE':
      answer = key.answer ? t('questions.true') : t('questions.false')
      break
    case 'ORDERING':
      answer = (key.answer as string[]).join(' → ')
      break
    case 'MATCHING':
      answer = (key.answer as [string, string][]).map(([left, right]) => `${left} — ${right}`).join('; ')
      break
    case 'TYPED':
      answer = [key.answer as string, ...(key.acceptedAnswers ?? [])].join(' / ')
      break
    default:
      answer = key.answer as string
  }
  return (
    <>
      <p className="question-tags">
        <span className="badge">{t(`questions.type.${question.type}`)}</span>
        <span className="badge">{question.enabled ? t('questions.enabled') : t('questions.disabled')}</span>
        {!question.generated && <span className="badge">{t('questions.teacherWritten')}</span>}
        {question.generated && editedById && <span className="badge">{t('questions.edited', { version })}</span>}
        <span className="meta">{t('questions.difficulty', { value: question.difficulty.toFixed(2) })}</span>
      </p>
      <h3 className="question-prompt">{prompt}</h3>
      {presented.choices && question.type !== 'TRUE_FALSE' && (
        <ul className="choice-list">
          {presented.choices.map((choice) => (
            <li key={choice}>{choice}</li>
          ))}
        </ul>
      )}
      <p>{t('questions.answerLabel', { answer })}</p>
      {source && <p className="source">{t('questions.sourceLabel', { source })}</p>}
    </>
  )
}
