import type { Translate } from '@/lib/i18n'
import type { LessonView } from '@/lib/lesson/view'

const kindKeys = {
  PERSON: 'lesson.kinds.PERSON',
  STATE: 'lesson.kinds.STATE',
  ORGANIZATION: 'lesson.kinds.ORGANIZATION',
  GROUP: 'lesson.kinds.GROUP',
  PLACE: 'lesson.kinds.PLACE',
} as const

function isKind(kind: string): kind is keyof typeof kindKeys {
  return kind in kindKeys
}

export function ActorCards({ actors, t, contentLang }: { actors: LessonView['actors']; t: Translate; contentLang: string }) {
  if (actors.length === 0) return <p>{t('lesson.actorsEmpty')}</p>
  return (
    <ul className="cards actor-cards">
      {actors.map((actor) => (
        <li key={actor.id} className="card">
          <h3 id={`actor-${actor.id}`} lang={contentLang}>
            {actor.name}
          </h3>
          <p className="badge actor-kind">{isKind(actor.kind) ? t(kindKeys[actor.kind]) : actor.kind}</p>
          {actor.aliases.length > 0 && (
            <p>
              <span className="label">{t('lesson.aliases')}:</span> <span lang={contentLang}>{actor.aliases.join(', ')}</span>
            </p>
          )}
          <p className="label">{t('lesson.mentionedIn')}</p>
          <ul className="mention-list">
            {actor.mentions.map((mention) => (
              <li key={mention.sentence}>
                <q lang={contentLang}>{mention.sentence}</q>
                {mention.anchor && (
                  <>
                    {' '}
                    <a href={`#${mention.anchor}`}>{t('lesson.showInText')}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
