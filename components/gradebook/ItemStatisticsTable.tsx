import type { Translate } from '@/lib/i18n'
import type { AssignmentResults } from '@/lib/data/gradebook'
import type { WrongAnswerSummary } from '@/lib/gradebook/statistics'
import type { QuestionType } from '@/lib/quiz/responses'
import { describeAnswer } from '@/lib/quiz/describe'

function wrongAnswerText(type: QuestionType, summary: WrongAnswerSummary, t: Translate): string {
  if (summary.kind === 'not-applicable') return t('gradebook.results.notApplicable')
  if (summary.kind === 'none') return t('gradebook.results.noWrongAnswers')
  return t('gradebook.results.wrongAnswerCount', { answer: describeAnswer(type, summary.response, t).join('; '), count: summary.count })
}

/** Per question over the counted attempts: how many got it right, how well it separates students, the usual mistake. */
export function ItemStatisticsTable({ questions, t }: { questions: AssignmentResults['questions']; t: Translate }) {
  return (
    <div className="table-scroll" role="region" aria-label={t('gradebook.results.statsRegion')} tabIndex={0}>
      <table className="item-statistics" aria-describedby="item-statistics-help">
        <caption>{t('gradebook.results.statsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gradebook.results.numberColumn')}</th>
            <th scope="col">{t('gradebook.results.questionColumn')}</th>
            <th scope="col">{t('gradebook.results.typeColumn')}</th>
            <th scope="col">{t('gradebook.results.studentsColumn')}</th>
            <th scope="col">{t('gradebook.results.percentCorrectColumn')}</th>
            <th scope="col">{t('gradebook.results.discriminationColumn')}</th>
            <th scope="col">{t('gradebook.results.wrongAnswerColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {questions.map(({ id, number, type, prompt, statistics }) => (
            <tr key={id}>
              <td>{number}</td>
              <th scope="row">{prompt}</th>
              <td>{t(`gradebook.types.${type}`)}</td>
              <td>{statistics.students}</td>
              <td>{statistics.percentCorrect === null ? t('gradebook.results.notEnoughData') : t('gradebook.results.percent', { percent: statistics.percentCorrect })}</td>
              <td>{statistics.discrimination === null ? t('gradebook.results.notEnoughData') : statistics.discrimination.toFixed(2)}</td>
              <td>{wrongAnswerText(type, statistics.mostChosenWrong, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
