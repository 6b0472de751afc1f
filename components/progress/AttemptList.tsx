import Link from 'next/link'
import type { Translate } from '@/lib/i18n'
import type { ProgressOverview } from '@/lib/data/progress'

export function AttemptList({ attempts, t, formatDate }: { attempts: ProgressOverview['attempts']; t: Translate; formatDate: (date: Date) => string }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="attempts-caption" tabIndex={0}>
      <table>
        <caption id="attempts-caption">{t('progress.attemptsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.columnDate')}</th>
            <th scope="col">{t('progress.columnQuiz')}</th>
            <th scope="col">{t('progress.columnScore')}</th>
            <th scope="col">{t('progress.columnStatus')}</th>
            <th scope="col">{t('progress.columnAction')}</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => {
            const date = formatDate(attempt.submittedAt ?? attempt.startedAt)
            const submitted = attempt.status === 'SUBMITTED'
            return (
              <tr key={attempt.id}>
                <td>{date}</td>
                <td>{attempt.quizTitle}</td>
                <td>
                  {attempt.percent === null
                    ? t('progress.notScored')
                    : t('progress.score', { score: formatScore(attempt.score!), maxScore: formatScore(attempt.maxScore!), percent: attempt.percent })}
                </td>
                <td>{t(submitted ? 'progress.statusSubmitted' : 'progress.statusInProgress')}</td>
                <td>
                  <Link href={submitted ? `/attempts/${attempt.id}` : `/quizzes/${attempt.quizId}`}>
                    {t(submitted ? 'progress.review' : 'progress.continue')}
                    <span className="visually-hidden">: {t('progress.attemptContext', { quiz: attempt.quizTitle, date })}</span>
                  </Link>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

// Partial credit gives fractional scores; one decimal is enough to read them.
function formatScore(value: number): string {
  return String(Math.round(value * 10) / 10)
}
