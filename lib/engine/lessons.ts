import type { FoundActor } from "./actors";
import type { FoundDate } from "./dates";
import { formatValue, precisionOf, sortKey } from "./timex";
import type { Sentence } from "./types";
import { capitalise, wordCount } from "./util";

export interface LessonPlan {
  key: string;
  paragraphs: number[];
  title: string;
  period: { from: string; to: string } | null;
}

/**
 * Groups consecutive paragraphs into lessons: a new lesson starts where the story jumps in time (backwards,
 * or more than 30 years forwards) once the current lesson has some substance, or where it grows too long.
 */
export function planLessons(paragraphs: string[], sentences: Sentence[], dates: FoundDate[], actors: FoundActor[]): LessonPlan[] {
  const words = paragraphs.map(wordCount);
  const total = words.reduce((sum, count) => sum + count, 0);
  const target = total < 2000 ? Math.max(80, total / 4) : 500;
  const firstYear = paragraphYears(paragraphs.length, sentences, dates);
  const groups: number[][] = [];
  let current: number[] = [];
  let currentWords = 0;
  let lastYear: number | null = null;
  paragraphs.forEach((_, index) => {
    const year = firstYear[index]?.first ?? null;
    const jump = year !== null && lastYear !== null && (year < lastYear - 5 || year > lastYear + 30);
    if (current.length && ((jump && currentWords >= 0.3 * target) || currentWords + words[index] > 1.4 * target)) {
      groups.push(current);
      current = [];
      currentWords = 0;
      lastYear = null;
    }
    current.push(index);
    currentWords += words[index];
    if (firstYear[index]) lastYear = Math.max(lastYear ?? -Infinity, firstYear[index]!.last);
  });
  if (current.length) groups.push(current);
  // Dates and mentions are sorted into their lessons in one pass (filtering all of them per lesson was quadratic).
  const lessonOfParagraph: number[] = [];
  groups.forEach((group, lesson) => group.forEach((paragraph) => (lessonOfParagraph[paragraph] = lesson)));
  const lessonOf = (sentenceIndex: number) => lessonOfParagraph[sentences[sentenceIndex].paragraph];
  const lessonDates = groups.map((): FoundDate[] => []);
  for (const date of dates) if (date.kind === "date" && sortKey(date.value) !== null) lessonDates[lessonOf(date.sentenceIndex)].push(date);
  const mentionCounts = groups.map(() => new Map<FoundActor, number>());
  for (const actor of actors.filter((candidate) => candidate.kind !== "place")) {
    for (const mention of actor.mentions) {
      const counts = mentionCounts[lessonOf(mention.sentenceIndex)];
      counts.set(actor, (counts.get(actor) ?? 0) + 1);
    }
  }
  return groups.map((group, i) => describeLesson(`lesson-${i + 1}`, group, lessonDates[i], mentionCounts[i]));
}

function paragraphYears(count: number, sentences: Sentence[], dates: FoundDate[]): ({ first: number; last: number } | null)[] {
  const years: ({ first: number; last: number } | null)[] = Array.from({ length: count }, () => null);
  for (const date of dates) {
    const key = date.kind === "date" ? sortKey(date.value) : null;
    if (key === null) continue;
    const paragraph = sentences[date.sentenceIndex].paragraph;
    const entry = years[paragraph];
    years[paragraph] = entry ? { first: entry.first, last: Math.max(entry.last, key) } : { first: key, last: key };
  }
  return years;
}

/** `dates`: the lesson's dates with a sort key, in text order; `mentionCounts`: its actors (no places) in their order, with their mention counts. */
function describeLesson(key: string, paragraphs: number[], dates: FoundDate[], mentionCounts: Map<FoundActor, number>): LessonPlan {
  const lessonDates = [...dates].sort((a, b) => sortKey(a.value)! - sortKey(b.value)!);
  const period = lessonDates.length ? { from: lessonDates[0].value, to: lessonDates[lessonDates.length - 1].value } : null;
  return { key, paragraphs, title: lessonTitle(mentionCounts, period), period };
}

/** "Russia and Japan, 1876–1883": the two actors mentioned most in the lesson, and its period. */
function lessonTitle(mentionCounts: Map<FoundActor, number>, period: LessonPlan["period"]): string {
  const counts = [...mentionCounts]
    .map(([actor, count]) => ({ actor, count }))
    .sort((a, b) => b.count - a.count || a.actor.mentions[0].sentenceIndex - b.actor.mentions[0].sentenceIndex);
  const names = counts.slice(0, 2).map(({ actor }) => withArticle(actor.name));
  const subject = names.length ? capitalise(names.join(" and ")) : "Overview";
  return period ? `${subject}, ${periodLabel(period)}` : subject;
}

function withArticle(name: string): string {
  return /^(?:Kingdom|Empire|Republic|Federation|Principality|Duchy|United|Soviet Union|Ottoman|Russian Empire|Qing|Holy|Grand|Soviet Army|Red Army)/.test(name) ? `the ${name}` : name;
}

function periodLabel({ from, to }: { from: string; to: string }): string {
  const short = (value: string) => (["day", "month", "season"].includes(precisionOf(value)) ? value.slice(0, 4).replace(/^0+/, "") : formatValue(value));
  const first = short(from);
  const last = short(to);
  return first === last ? first : `${first}–${last}`;
}
