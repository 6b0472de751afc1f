import { SOURCE_SEPARATOR } from "./questions";
import type { DocumentAnalysis, Question } from "./types";
import { formatValue } from "./timex";
import { editDistance, normalise } from "./util";

const DATE_FORMATS: [string, RegExp][] = [
  ["day", /^\d{1,2} [A-Z][a-z]+ \d{1,4}( BC)?$/],
  ["month", /^[A-Z][a-z]+ \d{1,4}( BC)?$/],
  ["year", /^\d{1,4}( BC)?$/],
  ["decade", /^the \d{3,4}s( BC)?$/],
  ["century", /^the \d{1,2}(st|nd|rd|th) century( BC)?$/],
  ["season", /^the [a-z]+ of \d{1,4}( BC)?$/],
];

/**
 * Item-writing-flaw rules (after Moore et al. 2023) that a program can decide. Returns the flaws found;
 * an empty list means the question is fit to use.
 */
export function checkQuestion(question: Question, analysis: DocumentAnalysis): string[] {
  const flaws = [...commonFlaws(question, analysis), ...groundingFlaws(question, analysis)];
  switch (question.type) {
    case "date-choice":
    case "actor-choice":
      flaws.push(...choiceFlaws(question, analysis));
      break;
    case "true-false":
      flaws.push(...trueFalseFlaws(question));
      break;
    case "ordering":
      flaws.push(...orderingFlaws(question));
      break;
    case "matching":
      flaws.push(...matchingFlaws(question));
      break;
    case "typed":
      flaws.push(...typedFlaws(question));
      break;
  }
  return flaws;
}

function commonFlaws(question: Question, analysis: DocumentAnalysis): string[] {
  const flaws: string[] = [];
  const prompt = question.prompt;
  if (!prompt.trim()) flaws.push("empty prompt");
  if (prompt.length > 320) flaws.push("prompt too long");
  if (!/^[\p{Lu}"«“]/u.test(prompt)) flaws.push("prompt does not start with a capital letter");
  if (/\s{2,}|\s[,.?!]/.test(prompt)) flaws.push("prompt has stray spaces");
  if (!balanced(prompt)) flaws.push("unbalanced quotes or brackets in the prompt");
  if (!question.explanation.trim()) flaws.push("no explanation");
  if (!(question.difficulty >= 0 && question.difficulty <= 1)) flaws.push("difficulty out of 0..1");
  const sentences = sentenceSetOf(analysis);
  if (!question.source || question.source.split(SOURCE_SEPARATOR).some((part) => !sentences.has(part))) flaws.push("source is not a sentence of the text");
  const misspelt = misspeltWordsOf(analysis);
  const uncorrected = prompt.split(/[^\p{L}'’-]+/u).find((word) => misspelt.has(word));
  if (uncorrected) flaws.push(`prompt contains a possible misspelling: ${uncorrected}`);
  if (/\b(?:not|never|except)\b/i.test(prompt) && question.type !== "typed" && question.type !== "true-false") flaws.push("negatively worded stem");
  return flaws;
}

const SENTENCE_SETS = new WeakMap<DocumentAnalysis, Set<string>>();
const MISSPELT_WORDS = new WeakMap<DocumentAnalysis, Set<string>>();
const ACTOR_KINDS = new WeakMap<DocumentAnalysis, Map<string, string>>();

function sentenceSetOf(analysis: DocumentAnalysis): Set<string> {
  let set = SENTENCE_SETS.get(analysis);
  if (!set) SENTENCE_SETS.set(analysis, (set = new Set(analysis.sentences.map((sentence) => sentence.text))));
  return set;
}

function misspeltWordsOf(analysis: DocumentAnalysis): Set<string> {
  let set = MISSPELT_WORDS.get(analysis);
  if (!set) MISSPELT_WORDS.set(analysis, (set = new Set(analysis.spelling.proposals.map((proposal) => proposal.from))));
  return set;
}

function balanced(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length % 2 === 0;
  const pairs: [string, string][] = [["(", ")"], ["«", "»"], ["“", "”"], ["[", "]"]];
  return straight && pairs.every(([open, close]) => text.split(open).length === text.split(close).length);
}

function choiceFlaws(question: Extract<Question, { type: "date-choice" | "actor-choice" }>, analysis: DocumentAnalysis): string[] {
  const flaws: string[] = [];
  const { choices, answer, prompt } = question;
  if (!prompt.endsWith("?")) flaws.push("stem is not a question");
  if (choices.length < 3 || choices.length > 5) flaws.push("needs 3 to 5 choices");
  if (choices.filter((choice) => choice === answer).length !== 1) flaws.push("the answer is not exactly one of the choices");
  const normalised = choices.map(normalise);
  if (new Set(normalised).size !== choices.length) flaws.push("duplicate choices");
  if (choices.some((choice) => /\b(all|none) of the above\b/i.test(choice))) flaws.push("all/none of the above");
  if (hasNearDuplicates(normalised)) flaws.push("near-duplicate choices");
  if (longestIsAnswer(choices, answer)) flaws.push("the longest choice is the answer");
  if (question.type === "date-choice") {
    const formats = new Set(choices.map((choice) => DATE_FORMATS.find(([, pattern]) => pattern.test(choice))?.[0] ?? "other"));
    if (formats.size !== 1 || formats.has("other")) flaws.push("choices differ in precision or format");
  } else {
    const kinds = new Set(choices.map((choice) => actorKindOf(choice, analysis)));
    if (kinds.size !== 1 || kinds.has(undefined)) flaws.push("choices are not actors of the same kind");
    if (normalise(prompt).includes(normalise(answer))) flaws.push("the prompt gives the answer away");
  }
  return flaws;
}

function hasNearDuplicates(choices: string[]): boolean {
  for (let i = 0; i < choices.length; i++) {
    for (let j = i + 1; j < choices.length; j++) {
      const [a, b] = [choices[i], choices[j]];
      if (/\d/.test(a) && /\d/.test(b)) continue;
      if (a.includes(b) || b.includes(a) || editDistance(a, b) <= 2) return true;
    }
  }
  return false;
}

/** Flags the cue when the answer is clearly longer than every distractor (≥ 1.5× the longest other). */
function longestIsAnswer(choices: string[], answer: string): boolean {
  const others = choices.filter((choice) => choice !== answer).map((choice) => choice.length);
  return others.length > 0 && answer.length >= 1.5 * Math.max(...others) && answer.length - Math.max(...others) > 4;
}

/** The answer, or its year, is written in the cited sentence. */
export function groundedIn(answer: string, source: string): boolean {
  return groundedInNormalised(answer, normalise(answer), source, normalise(source));
}

function groundedInNormalised(answer: string, normalisedAnswer: string, source: string, normalisedSource: string): boolean {
  if (normalisedSource.includes(normalisedAnswer)) return true;
  const year = /\d{3,4}/.exec(answer)?.[0];
  return Boolean(year && source.includes(year));
}

/**
 * Every keyed answer can be verified in the sentence(s) it cites: the answer's words, or (for a date) the date of
 * the cited sentence in the answer's format ("XIX century" → "the 19th century"); for ordering and matching, each
 * item or pair in one cited sentence.
 */
export function groundingFlaws(question: Question, analysis: DocumentAnalysis): string[] {
  const sentences = question.source ? question.source.split(SOURCE_SEPARATOR) : [];
  const displaysIn = datesDisplayedIn(analysis);
  const dateIn = (display: string, sentence: string) => displaysIn.get(sentence)?.has(display) ?? false;
  // Each cited sentence is normalised once, not once for every item checked against it.
  const normalisedSentences = new Map(sentences.map((sentence) => [sentence, normalise(sentence)]));
  const traceable = (item: string, sentence: string) => {
    const normalisedItem = normalise(item);
    const normalisedSentence = normalisedSentences.get(sentence)!;
    return groundedInNormalised(item, normalisedItem, sentence, normalisedSentence) || mostWordsIn(normalisedItem, normalisedSentence) || dateIn(item, sentence);
  };
  switch (question.type) {
    case "date-choice":
    case "actor-choice":
    case "typed":
      return sentences.some((sentence) => traceable(question.answer, sentence)) ? [] : ["the answer is not in the cited sentence"];
    case "true-false":
      return sentences.length > 0 ? [] : ["no cited sentence"];
    case "ordering":
      return question.answer.every((item) => sentences.some((sentence) => traceable(item, sentence))) ? [] : ["an item is not in the cited sentences"];
    case "matching":
      return question.answer.every(([left, right]) => sentences.some((sentence) => traceable(left, sentence) && traceable(right, sentence)))
        ? []
        : ["a pair is not in one cited sentence"];
  }
}

const DISPLAYS = new WeakMap<DocumentAnalysis, Map<string, Set<string>>>();

function datesDisplayedIn(analysis: DocumentAnalysis): Map<string, Set<string>> {
  let map = DISPLAYS.get(analysis);
  if (!map) {
    map = new Map();
    for (const date of analysis.dates) {
      if (date.kind !== "date") continue;
      map.set(date.sentence, (map.get(date.sentence) ?? new Set()).add(formatValue(date.value)));
    }
    DISPLAYS.set(analysis, map);
  }
  return map;
}

/** At least 80% of the item's words occur in the sentence. */
function mostWordsIn(normalisedItem: string, normalisedSentence: string): boolean {
  const words = normalisedItem.split(" ").filter(Boolean);
  const target = new Set(normalisedSentence.split(" "));
  return words.length > 0 && words.filter((word) => target.has(word)).length >= 0.8 * words.length;
}

function actorKindOf(name: string, analysis: DocumentAnalysis): string | undefined {
  let kinds = ACTOR_KINDS.get(analysis);
  if (!kinds) {
    kinds = new Map();
    for (const actor of analysis.actors) for (const alias of [actor.name, ...actor.aliases]) kinds.set(normalise(alias).replace(/^the /, ""), actor.kind);
    ACTOR_KINDS.set(analysis, kinds);
  }
  return kinds.get(normalise(name));
}

function trueFalseFlaws(question: Extract<Question, { type: "true-false" }>): string[] {
  const flaws: string[] = [];
  if (question.choices.join() !== "True,False" || typeof question.answer !== "boolean") flaws.push("malformed true/false item");
  if (!/[.]$/.test(question.prompt)) flaws.push("statement does not end with a period");
  if (normalise(question.prompt) === normalise(question.source)) flaws.push("statement copied word for word from the text");
  if (/\b(always|never|all|none|only)\b/i.test(question.prompt) && !/\b(always|never|all|none|only)\b/i.test(question.source)) flaws.push("absolute word cue");
  return flaws;
}

function orderingFlaws(question: Extract<Question, { type: "ordering" }>): string[] {
  const flaws: string[] = [];
  const { items, answer } = question;
  if (items.length < 4 || items.length > 6) flaws.push("ordering needs 4 to 6 items");
  if (new Set(items).size !== items.length) flaws.push("duplicate items");
  if ([...items].sort().join("\u0000") !== [...answer].sort().join("\u0000")) flaws.push("the answer is not a permutation of the items");
  if (items.every((item, i) => item === answer[i])) flaws.push("items already in order");
  return flaws;
}

function matchingFlaws(question: Extract<Question, { type: "matching" }>): string[] {
  const flaws: string[] = [];
  const { left, right, answer } = question;
  if (left.length < 3 || left.length > 6 || left.length !== right.length || answer.length !== left.length) flaws.push("matching needs 3 to 6 pairs");
  if (new Set(left).size !== left.length || new Set(right).size !== right.length) flaws.push("duplicate items");
  const leftSet = new Set(answer.map(([l]) => l));
  const rightSet = new Set(answer.map(([, r]) => r));
  if (leftSet.size !== left.length || rightSet.size !== right.length || left.some((l) => !leftSet.has(l)) || right.some((r) => !rightSet.has(r))) {
    flaws.push("the answer is not a one-to-one matching");
  }
  return flaws;
}

function typedFlaws(question: Extract<Question, { type: "typed" }>): string[] {
  const flaws: string[] = [];
  if (question.prompt.split("_____").length !== 2) flaws.push("a cloze needs exactly one blank");
  if (!question.answer.trim()) flaws.push("empty answer");
  const promptWords = new Set(normalise(question.prompt).split(" "));
  if (normalise(question.answer).split(" ").every((word) => promptWords.has(word))) flaws.push("the prompt gives the answer away");
  return flaws;
}
