import Link from 'next/link'
import type { AnswerKey, PresentedContent, QuestionType, QuizResponse } from '@/lib/quiz/responses'
import { isCorrect } from '@/lib/quiz/grading'
import { describeAnswer } from '@/lib/quiz/describe'
import type { Translate } from '@/lib/i18n'

type FeedbackQuestion = {
  type: QuestionType
  content: PresentedContent
  key: AnswerKey
  response: QuizResponse | null
  credit: number
  explanation: string
  source: string
  lessonId: string | null
}

function Values({ items, ordered }: { items: string[]; ordered: boolean }) {
  if (items.length === 1) return <p className="answer-value">{items[0]}</p>
  const List = ordered ? 'ol' : 'ul'
  return (
    <List className="answer-value">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </List>
  )
}

/** Highlights the words of the key inside the source sentence, so the student sees where the answer comes from. */
function SourceSentence({ source, highlights }: { source: string; highlights: string[] }) {
  const terms = highlights.filter((term) => term.length > 2 && source.toLowerCase().includes(term.toLowerCase()))
  if (terms.length === 0) return <blockquote className="source">{source}</blockquote>
  const pattern = new RegExp(`(${terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi')
  return (
    <blockquote className="source">
      {source.split(pattern).map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}
    </blockquote>
  )
}

export function verdict(credit: number, t: Translate) {
  if (isCorrect(credit)) return { label: t('quiz.correct'), tone: 'correct' }
  if (credit > 0) return { label: t('quiz.partlyCorrect', { percent: Math.round(credit * 100) }), tone: 'partial' }
  return { label: t('quiz.incorrect'), tone: 'incorrect' }
}

/**
 * Shown after answering: the verdict, both answers, why, and the sentence of the source it is grounded in.
 * responseLabel renames "Your answer" where a teacher reads a student's work.
 */
export function AnswerFeedback({ question, t, responseLabel }: { question: FeedbackQuestion; t: Translate; responseLabel?: string }) {
  const { label, tone } = verdict(question.credit, t)
  const ordered = question.type === 'ORDERING'
  const keyItems = describeAnswer(question.type, question.key.answer, t)
  return (
    <div className={`feedback feedback-${tone}`}>
      <p className="verdict">
        <span aria-hidden="true">{tone === 'correct' ? '✓' : tone === 'partial' ? '◐' : '✗'} </span>
        {label}
      </p>
      <div className="answer-pair">
        <div>
          <h4>{responseLabel ?? t('quiz.yourAnswer')}</h4>
          <Values items={describeAnswer(question.type, question.response, t)} ordered={ordered} />
        </div>
        <div>
          <h4>{t('quiz.correctAnswer')}</h4>
          <Values items={keyItems} ordered={ordered} />
        </div>
      </div>
      <h4>{t('quiz.explanation')}</h4>
      <p>{question.explanation}</p>
      <h4>{t('quiz.sourceSentence')}</h4>
      <SourceSentence source={question.source} highlights={question.type === 'MATCHING' ? (question.key.answer as [string, string][]).flat() : keyItems} />
      {question.lessonId && (
        <p>
          <Link href={`/lessons/${question.lessonId}`}>{t('quiz.readInLesson')}</Link>
        </p>
      )}
    </div>
  )
}
