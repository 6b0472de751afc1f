import { buildLexicon, findActorMentions, mergeActors, resolvePolities, type FoundActor } from "./actors";
import { cleanDocument } from "./clean";
import { EMPTY_CORRECTIONS } from "./corrections";
import { describeEvent, findDates, type FoundDate } from "./dates";
import { planLessons, type LessonPlan } from "./lessons";
import { generateQuestions } from "./questions";
import { checkQuestion } from "./check";
import { splitSentences } from "./sentences";
import { correctSpelling, type SpellingResult } from "./spelling";
import { loadSpellingResources } from "./spelling-data";
import type { Actor, AnalyzeOptions, Correction, DateMention, DocumentAnalysis, Lesson, Sentence } from "./types";
import { normalise } from "./util";

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
  const resources = loadSpellingResources();
  const spelling = correctSpelling(original, corrections, resources);
  const paragraphs = spelling.text.split("\n\n");
  const sentences = splitSentences(spelling.text);
  const found = findDates(sentences);
  const isCommonWord = (word: string) => resources.speller?.correct(word) ?? false;
  const lexicon = buildLexicon(corrections);
  const mentions = findActorMentions(sentences, lexicon, isCommonWord);
  resolvePolities(mentions, sentences, found, lexicon);
  const foundActors = mergeActors(mentions, lexicon);
  const plans = planLessons(paragraphs, sentences, found, foundActors);
  const lessonOfParagraph = new Map(plans.flatMap((plan) => plan.paragraphs.map((paragraph) => [paragraph, plan.key] as const)));
  const lessonOf = (sentenceIndex: number) => lessonOfParagraph.get(sentences[sentenceIndex].paragraph)!;
  const dates = toDateMentions(found, sentences, lessonOf);
  const actors = toActors(foundActors, sentences, lessonOf);
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
    actors,
    questions: [],
  };
  analysis.questions = generateQuestions(analysis, seed, isCommonWord).filter((question) => checkQuestion(question, analysis).length === 0);
  return analysis;
}

function toDateMentions(found: FoundDate[], sentences: Sentence[], lessonOf: (sentence: number) => string): DateMention[] {
  return found.map((date, i) => {
    const sentence = sentences[date.sentenceIndex].text;
    const leadingArticle = /^the\s+/i.exec(date.text)?.[0].length ?? 0;
    return {
      key: `date-${i + 1}`,
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

function toActors(found: FoundActor[], sentences: Sentence[], lessonOf: (sentence: number) => string): Actor[] {
  const used = new Set<string>();
  return found.map((actor) => {
    let key = `actor-${normalise(actor.name).replace(/ /g, "-") || "x"}`;
    while (used.has(key)) key += "-2";
    used.add(key);
    return {
      key,
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      mentions: actor.mentions.map((mention) => ({
        text: mention.text,
        sentence: sentences[mention.sentenceIndex].text,
        sentenceIndex: mention.sentenceIndex,
        lessonKey: lessonOf(mention.sentenceIndex),
      })),
    };
  });
}

function toLessons(plans: LessonPlan[], paragraphs: string[], originalParagraphs: string[], dates: DateMention[], actors: Actor[]): Lesson[] {
  return plans.map((plan) => ({
    key: plan.key,
    title: plan.title,
    text: plan.paragraphs.map((index) => paragraphs[index]).join("\n\n"),
    originalText: plan.paragraphs.map((index) => originalParagraphs[index]).join("\n\n"),
    period: plan.period,
    dateKeys: dates.filter((date) => date.lessonKey === plan.key).map((date) => date.key),
    actorKeys: actors.filter((actor) => actor.mentions.some((mention) => mention.lessonKey === plan.key)).map((actor) => actor.key),
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
