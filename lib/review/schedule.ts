// Spaced repetition with FSRS (ts-fsrs): each answer updates a question's memory state and its next due date.
// Pure: takes and returns plain values, so the data layer stores them and tests can step through time.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs'

export type ReviewMemory = {
  due: Date
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  state: number
  lastReview: Date | null
}

// Fuzz spreads due dates of questions learned together; off so schedules are reproducible in tests and review.
const scheduler = fsrs({ enable_fuzz: false })

/** Full credit is remembered (Good), partial credit was hard (Hard), anything below half is forgotten (Again). */
export function ratingForCredit(credit: number): Grade {
  if (credit >= 0.999) return Rating.Good
  if (credit >= 0.5) return Rating.Hard
  return Rating.Again
}

function toCard(memory: ReviewMemory): Card {
  return {
    due: memory.due,
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: memory.elapsedDays,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: memory.state,
    last_review: memory.lastReview ?? undefined,
  }
}

function fromCard(card: Card): ReviewMemory {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  }
}

/** The memory after answering with this credit at `now`; a first answer starts from an empty card. */
export function scheduleAfterAnswer(previous: ReviewMemory | null, credit: number, now: Date): ReviewMemory {
  const card = previous ? toCard(previous) : createEmptyCard(now)
  return fromCard(scheduler.next(card, now, ratingForCredit(credit)).card)
}
