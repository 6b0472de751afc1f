// Regeneration merge: what happens to each stored question when the engine runs again on the same text.
// Pure, so the rules are tested apart from the database.

/** What a question version shows and grades; compared as JSON to tell whether the engine changed it. */
export type VersionPayload = { prompt: string; content: object; answerKey: object; source: string; explanation: string }

export type StoredQuestion = {
  key: string
  enabled: boolean
  generated: boolean
  /** Some version was written by a teacher. */
  edited: boolean
  current: VersionPayload
}

export type FreshQuestion = { key: string; payload: VersionPayload }

export type RegenerationPlan<Fresh extends FreshQuestion> = {
  /** New keys: created as version 1. */
  add: Fresh[]
  /** Untouched generated questions whose output changed: get a new version (and are re-enabled if regeneration had retired them). */
  update: Fresh[]
  /** Same output; re-enabled if regeneration had retired them. */
  unchanged: Fresh[]
  /** Untouched generated questions the engine no longer makes: disabled, never deleted (attempts may point at them). */
  disable: string[]
  /** Keys regeneration has disabled, after this run: a retired question that comes back is enabled again. */
  retiredKeys: string[]
}

// PostgreSQL's jsonb reorders object keys: compare with keys sorted.
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`
      : JSON.stringify(value)
const samePayload = (a: VersionPayload, b: VersionPayload) => canonical(a) === canonical(b)

/** Teacher-written or teacher-edited questions are never touched; the rest follow the engine's new output. */
export function planRegeneration<Fresh extends FreshQuestion>(
  stored: StoredQuestion[],
  fresh: Fresh[],
  previouslyRetired: string[],
): RegenerationPlan<Fresh> {
  const storedByKey = new Map(stored.map((question) => [question.key, question]))
  const freshKeys = new Set(fresh.map((question) => question.key))
  const retired = new Set(previouslyRetired)
  const plan: RegenerationPlan<Fresh> = { add: [], update: [], unchanged: [], disable: [], retiredKeys: [] }
  for (const question of fresh) {
    const existing = storedByKey.get(question.key)
    if (!existing) plan.add.push(question)
    else if (existing.edited || !existing.generated) continue
    else if (samePayload(existing.current, question.payload)) plan.unchanged.push(question)
    else plan.update.push(question)
  }
  for (const question of stored) {
    if (freshKeys.has(question.key) || question.edited || !question.generated) continue
    if (question.enabled) plan.disable.push(question.key)
    // A question the teacher had disabled before it vanished is not retired: it must not come back enabled.
    if (question.enabled || retired.has(question.key)) plan.retiredKeys.push(question.key)
  }
  return plan
}
