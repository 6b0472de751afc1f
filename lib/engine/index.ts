import { buildLexicon, findActorMentions, mergeActors, resolvePolities, TITLE_SENTENCE, type FoundActor } from "./actors";
import { cleanDocument } from "./clean";
import { EMPTY_CORRECTIONS } from "./corrections";
import { describeEvent, findDates, findTitleDates, type FoundDate } from "./dates";
import { planLessons, type LessonPlan } from "./lessons";
import { generateQuestions } from "./questions";
import { checkQuestion } from "./check";
import { splitSentences } from "./sentences";
import { correctSpelling, type SpellingResult } from "./spelling";
import { loadSpellingResources, rememberingSpeller } from "./spelling-data";
import type { Actor, ActorMention, AnalyzeOptions, Correction, CorrectionsFile, DateMention, DocumentAnalysis, Lesson, Sentence } from "./types";
import { groupBy, normalise } from "./util";

export { EngineInputError } from "./errors";
export { parseCorrectionsFile } from "./corrections";
export { checkQuestion } from "./check";
export { gradeTyped } from "./grade";
export { formatValue, sortKey } from "./timex";
export type * from "./types";

/**
 * Turns a raw history text into clean text, spelling corrections, lessons, dates, actors and questions.
 * Deterministic for the same input, corrections and seed. Throws EngineInputError on unusable input.
 */
export function analyzeDocument(raw: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const corrections = options.corrections ?? EMPTY_CORRECTIONS;
  const seed = options.seed ?? "letopis";
  const cleaned = cleanDocument(raw);
  const original = cleaned.paragraphs.join("\n\n");
  const resources = rememberingSpeller(loadSpellingResources());
  const spelling = correctSpelling(original, corrections, resources);
  const paragraphs = spelling.text.split("\n\n");
  const sentences = splitSentences(spelling.text);
  const title = cleaned.titleLine ? titleSentence(cleaned.title, corrections, resources) : undefined;
  const found = findDates(sentences);
  const isCommonWord = (word: string) => resources.speller?.correct(word) ?? false;
  const lexicon = buildLexicon(corrections);
  const mentions = findActorMentions(sentences, lexicon, isCommonWord, title);
  resolvePolities(mentions, sentences, found, lexicon);
  const foundActors = orderByBody(mergeActors(mentions, lexicon));
  const bodyActors = foundActors
    .map((actor) => ({ ...actor, mentions: actor.mentions.filter((mention) => mention.sentenceIndex !== TITLE_SENTENCE) }))
    .filter((actor) => actor.mentions.length > 0);
  const plans = planLessons(paragraphs, sentences, found, bodyActors);
  const lessonOfParagraph = new Map(plans.flatMap((plan) => plan.paragraphs.map((paragraph) => [paragraph, plan.key] as const)));
  const lessonOf = (sentenceIndex: number) => (sentenceIndex === TITLE_SENTENCE ? plans[0].key : lessonOfParagraph.get(sentences[sentenceIndex].paragraph)!);
  const textOf = (sentenceIndex: number) => (sentenceIndex === TITLE_SENTENCE ? title!.text : sentences[sentenceIndex].text);
  const dates = toDateMentions(found, textOf, lessonOf);
  const titleDates = title ? toDateMentions(findTitleDates(title), textOf, lessonOf, "title-date") : [];
  const actors = toActors(foundActors, textOf, lessonOf);
  const lessons = toLessons(plans, paragraphs, cleaned.paragraphs, dates, actors);
  const warnings = [...cleaned.warnings, ...spellingWarnings(spelling)];
  if (!dates.some((date) => date.kind === "date")) warnings.push("No dates found: date questions, ordering and date matching were skipped.");
  const analysis: DocumentAnalysis = {
    title: cleaned.title,
    source: cleaned.source,
    warnings,
    original,
    text: spelling.text,
    spelling: toSpelling(spelling, sentences),
    sentences,
    lessons,
    dates,
    titleDates,
    actors,
    questions: [],
  };
  // Questions come from the body only: a title states no fact, and an actor named only there is no distractor.
  const body = { ...analysis, actors: actors.filter((actor) => actor.mentions.length > 0) };
  analysis.questions = generateQuestions(body, seed, isCommonWord).filter((question) => checkQuestion(question, body).length === 0);
  return analysis;
}

/** The title line as a sentence of its own (index -1), with the document's reviewed and unambiguous corrections applied. */
function titleSentence(title: string, corrections: CorrectionsFile, resources: ReturnType<typeof loadSpellingResources>): Sentence {
  const text = correctSpelling(title, corrections, resources).text;
  return { index: TITLE_SENTENCE, text, start: 0, end: text.length, paragraph: -1 };
}

/** Actors in the order of their first mention in the body; those named only in the title come last. */
function orderByBody(actors: FoundActor[]): FoundActor[] {
  const first = (actor: FoundActor) => {
    const mention = actor.mentions.find((candidate) => candidate.sentenceIndex !== TITLE_SENTENCE);
    return mention ? mention.sentenceIndex * 100_000 + mention.start : Infinity;
  };
  return actors.map((actor, order) => ({ actor, order, key: first(actor) })).sort((a, b) => a.key - b.key || a.order - b.order).map(({ actor }) => actor);
}

function toDateMentions(found: FoundDate[], textOf: (sentence: number) => string, lessonOf: (sentence: number) => string, prefix = "date"): DateMention[] {
  return found.map((date, i) => {
    const sentence = textOf(date.sentenceIndex);
    const leadingArticle = /^the\s+/i.exec(date.text)?.[0].length ?? 0;
    return {
      key: `${prefix}-${i + 1}`,
      text: date.text.slice(leadingArticle),
      value: date.value,
      kind: date.kind,
      ...(date.anchor ? { anchor: date.anchor } : {}),
      sentence,
      sentenceIndex: date.sentenceIndex,
      lessonKey: lessonOf(date.sentenceIndex),
      event: describeEvent(sentence, date.start, date.end),
    };
  });
}

function toActors(found: FoundActor[], textOf: (sentence: number) => string, lessonOf: (sentence: number) => string): Actor[] {
  const used = new Set<string>();
  return found.map((actor) => {
    let key = `actor-${normalise(actor.name).replace(/ /g, "-") || "x"}`;
    while (used.has(key)) key += "-2";
    used.add(key);
    const toMention = (mention: FoundActor["mentions"][number]): ActorMention => ({
      text: mention.text,
      sentence: textOf(mention.sentenceIndex),
      sentenceIndex: mention.sentenceIndex,
      lessonKey: lessonOf(mention.sentenceIndex),
    });
    const inTitle = actor.mentions.filter((mention) => mention.sentenceIndex === TITLE_SENTENCE);
    return {
      key,
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      mentions: actor.mentions.filter((mention) => mention.sentenceIndex !== TITLE_SENTENCE).map(toMention),
      ...(inTitle.length ? { titleMentions: inTitle.map(toMention) } : {}),
    };
  });
}

function toLessons(plans: LessonPlan[], paragraphs: string[], originalParagraphs: string[], dates: DateMention[], actors: Actor[]): Lesson[] {
  // Looked up per lesson: filtering every date and mention for every lesson was quadratic in the text's length.
  const datesByLesson = groupBy(dates, (date) => date.lessonKey);
  const lessonsOfActor = new Map(actors.map((actor) => [actor, new Set(actor.mentions.map((mention) => mention.lessonKey))]));
  return plans.map((plan) => ({
    key: plan.key,
    title: plan.title,
    text: plan.paragraphs.map((index) => paragraphs[index]).join("\n\n"),
    originalText: plan.paragraphs.map((index) => originalParagraphs[index]).join("\n\n"),
    period: plan.period,
    dateKeys: (datesByLesson.get(plan.key) ?? []).map((date) => date.key),
    actorKeys: actors.filter((actor) => lessonsOfActor.get(actor)!.has(plan.key)).map((actor) => actor.key),
  }));
}

function toSpelling(result: SpellingResult, sentences: Sentence[]): DocumentAnalysis["spelling"] {
  const sentenceAt = (offset: number) => {
    let low = 0;
    let high = sentences.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (sentences[middle].start <= offset) low = middle;
      else high = middle - 1;
    }
    return sentences[low]?.text ?? "";
  };
  const toCorrection = (edit: SpellingResult["applied"][number]): Correction => ({
    from: edit.from,
    to: edit.to,
    reason: edit.reason,
    start: edit.start,
    end: edit.end,
    ...(edit.alternatives?.length ? { alternatives: edit.alternatives } : {}),
    sentence: sentenceAt(edit.correctedStart),
  });
  return { applied: result.applied.map(toCorrection), proposals: result.proposals.map(toCorrection) };
}

function spellingWarnings(result: SpellingResult): string[] {
  const count = new Set(result.proposals.map((proposal) => proposal.from)).size;
  return count ? [`${count} possible misspelling(s) need review (see spelling.proposals).`] : [];
}
