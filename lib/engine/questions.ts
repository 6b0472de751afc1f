import { prepositionBefore, removeDatePhrase } from "./dates";
import { isPassiveAuxiliary, pastToBase } from "./grammar";
import { formatValue, precisionOf, sortKey, type Precision } from "./timex";
import type {
  Actor, ActorKind, ChoiceQuestion, DateMention, DocumentAnalysis, MatchingQuestion, OrderingQuestion, Question,
  TrueFalseQuestion, TypedQuestion,
} from "./types";
import { capitalise, groupBy, hash, normalise, seededRandom, shuffle } from "./util";

/** Separator between the sentences of a question's `source`. */
export const SOURCE_SEPARATOR = "\n";
const MAX_PER_LESSON = 10;
const BLANK = "_____";

/** A dated event whose sentence turns cleanly into "When did …?". */
interface DatedFact {
  date: DateMention;
  /** "did Korea and Japan sign an agreement …" (no final punctuation). */
  question: string;
  /** "Korea and Japan signed an agreement …" */
  statement: string;
}

/** An actor that is the grammatical subject of its sentence. */
interface ActorFact {
  actor: Actor;
  surface: string;
  sentence: string;
  sentenceIndex: number;
  lessonKey: string;
  /** "opened an embassy in Seoul in 2002" */
  predicate: string;
}

/** A question before its id is computed (Omit distributed over the union). */
interface Indexes {
  datesBySentence: Map<number, DateMention[]>;
  /** Distinct date values of the text reduced to each precision. */
  valuesByPrecision: Map<Precision, string[]>;
  keyOfDisplay: Map<string, number>;
  actorsByKind: Map<ActorKind, Actor[]>;
  normalisedNames: Map<Actor, string>;
  datesByLesson: Map<string, DateMention[]>;
  /** Each actor's mentions by lesson key. */
  mentionsByLesson: Map<Actor, Map<string, Actor["mentions"]>>;
  /** The actors other than places mentioned in each lesson, in the text's order of actors. */
  actorsByLesson: Map<string, Actor[]>;
}

const INDEXES = new WeakMap<DocumentAnalysis, Indexes>();

/** Lookups built once per document, so that question generation stays linear in the text's size. */
function indexesOf(analysis: DocumentAnalysis): Indexes {
  const cached = INDEXES.get(analysis);
  if (cached) return cached;
  const datesBySentence = new Map<number, DateMention[]>();
  const valuesByPrecision = new Map<Precision, string[]>();
  const keyOfDisplay = new Map<string, number>();
  for (const date of analysis.dates) {
    datesBySentence.set(date.sentenceIndex, [...(datesBySentence.get(date.sentenceIndex) ?? []), date]);
    if (date.kind !== "date" || sortKey(date.value) === null) continue;
    keyOfDisplay.set(formatValue(date.value), sortKey(date.value)!);
    for (const precision of ["day", "month", "season", "year", "decade", "century"] as Precision[]) {
      const reduced = reduceTo(date.value, precision);
      if (reduced === null) continue;
      const list = valuesByPrecision.get(precision) ?? [];
      if (!list.includes(reduced) && list.length < 400) list.push(reduced);
      valuesByPrecision.set(precision, list);
    }
  }
  const actorsByKind = new Map<ActorKind, Actor[]>();
  for (const actor of analysis.actors) actorsByKind.set(actor.kind, [...(actorsByKind.get(actor.kind) ?? []), actor]);
  const normalisedNames = new Map(analysis.actors.map((actor) => [actor, normalise(actor.name)]));
  const datesByLesson = groupBy(analysis.dates, (date) => date.lessonKey);
  const mentionsByLesson = new Map(analysis.actors.map((actor) => [actor, groupBy(actor.mentions, (mention) => mention.lessonKey)]));
  const actorsByLesson = new Map<string, Actor[]>();
  for (const [actor, byLesson] of mentionsByLesson) {
    if (actor.kind !== "place") for (const lessonKey of byLesson.keys()) actorsByLesson.set(lessonKey, [...(actorsByLesson.get(lessonKey) ?? []), actor]);
  }
  const indexes = { datesBySentence, valuesByPrecision, keyOfDisplay, actorsByKind, normalisedNames, datesByLesson, mentionsByLesson, actorsByLesson };
  INDEXES.set(analysis, indexes);
  return indexes;
}

type Draft = Question extends infer Q ? (Q extends Question ? Omit<Q, "id"> : never) : never;

export function generateQuestions(analysis: DocumentAnalysis, seed: string, isWord: (word: string) => boolean = () => true): Question[] {
  const facts = analysis.dates.map((date) => datedFact(date, isWord)).filter((fact): fact is DatedFact => fact !== null);
  const actorFacts = findActorFacts(analysis, isWord);
  const drafts: Draft[] = [];
  const factsByLesson = groupBy(facts, (fact) => fact.date.lessonKey);
  const actorFactsByLesson = groupBy(actorFacts, (fact) => fact.lessonKey);
  for (const lesson of analysis.lessons) {
    const lessonFacts = factsByLesson.get(lesson.key) ?? [];
    const lessonActorFacts = actorFactsByLesson.get(lesson.key) ?? [];
    // A fact's choice question and its true/false question draw on the same distractors: computed once for both.
    const dateDistractorsOf = lessonFacts.map((fact) => dateDistractors(fact.date, analysis, seed));
    const actorDistractorsOf = lessonActorFacts.map((fact) => actorDistractors(fact.actor, fact.sentence, analysis, seed));
    const perLesson: Draft[] = [
      ...lessonFacts.map((fact, i) => dateChoice(fact, dateDistractorsOf[i], analysis)),
      ...lessonActorFacts.map((fact, i) => actorChoice(fact, actorDistractorsOf[i], seed)),
      ...lessonFacts.map((fact, i) => trueFalseFromDate(fact, dateDistractorsOf[i], seed)),
      ...lessonActorFacts.map((fact, i) => trueFalseFromActor(fact, actorDistractorsOf[i], seed)),
      ...typedQuestions(analysis, lesson.key, seed),
      ordering(lessonFacts, lesson.key, seed),
      matchingDates(lessonFacts, lesson.key, seed),
    ].filter((draft): draft is Draft => draft !== null);
    drafts.push(...interleaveByType(perLesson).slice(0, MAX_PER_LESSON));
  }
  drafts.push(...[ordering(facts, null, seed), matchingDates(facts, null, seed), matchingActors(actorFacts, seed)].filter((draft): draft is Draft => draft !== null));
  const seen = new Set<string>();
  return drafts
    .map((draft) => ({ ...draft, id: `q-${hash(draft.type + draft.prompt + JSON.stringify(draft.answer))}` }) as Question)
    .filter((question) => !seen.has(question.id) && Boolean(seen.add(question.id)));
}

/** Round-robin over question types so that a lesson's first questions are varied. */
function interleaveByType(drafts: Draft[]): Draft[] {
  const byType = new Map<string, Draft[]>();
  for (const draft of drafts) byType.set(draft.type, [...(byType.get(draft.type) ?? []), draft]);
  const result: Draft[] = [];
  for (let round = 0; result.length < drafts.length; round++) {
    for (const list of byType.values()) if (list[round]) result.push(list[round]);
  }
  return result;
}

const VAGUE_SUBJECTS = /^(?:things|it|they|this|that|these|those|he|she|we|i|you|everything|nothing|situation|the situation|country|the country|someone|people)$/i;
const LEADING_CONNECTOR = /^(?:after that|therefore|then|also|however|only|later|finally|thus|so|meanwhile|moreover|and|but)\b,?\s*/i;

/** "In 1876 Korea and Japan signed …" → "did Korea and Japan sign …"; null when the sentence does not fit. */
function datedFact(date: DateMention, isWord: (word: string) => boolean): DatedFact | null {
  if (date.kind !== "date" || date.anchor || precisionOf(date.value) === "unknown") return null;
  const sentence = date.sentence;
  if (/["«»“”?!;]|\b(?:I|we|our|my)\b/.test(sentence)) return null;
  const start = sentence.indexOf(date.text);
  if (start < 0 || !["", "in", "on", "at", "during"].includes(prepositionBefore(sentence, start))) return null;
  const rest = removeDatePhrase(sentence, start, start + date.text.length).replace(LEADING_CONNECTOR, "").replace(/[.!]+$/, "");
  if (/\d/.test(rest)) return null;
  const clause = splitSubjectVerb(rest, isWord);
  if (!clause) return null;
  const { subject, verb, base, tail, passive } = clause;
  const question = passive ? `${verb} ${subject} ${tail}` : `did ${subject} ${base}${tail ? " " + tail : ""}`;
  return { date, question: question.trim(), statement: capitalise(`${subject} ${verb}${tail ? " " + tail : ""}`) };
}

interface Clause {
  subject: string;
  verb: string;
  base: string;
  tail: string;
  passive: boolean;
}

/** Subject + past-tense verb + rest, with a subject of 1–8 words that starts a noun phrase. */
function splitSubjectVerb(text: string, isWord: (word: string) => boolean): Clause | null {
  const words = text.split(" ");
  if (words.length < 3 || words.length > 30) return null;
  for (let i = 1; i < Math.min(words.length, 9); i++) {
    const word = words[i];
    const subjectWords = words.slice(0, i);
    if (subjectWords.some((w) => /[,:()]/.test(w))) return null;
    const subject = lowerFirstIfCommon(subjectWords.join(" "));
    if (VAGUE_SUBJECTS.test(subject) || !/^(?:the |an? )?\p{Lu}|^(?:the|an?) \p{Ll}/u.test(subject)) continue;
    if (isPassiveAuxiliary(word) && words[i + 1] && pastToBase(words[i + 1], isWord)) {
      return { subject: lowerFirstIfCommon(subject), verb: word, base: "", tail: words.slice(i + 1).join(" "), passive: true };
    }
    if (/^\p{Lu}/u.test(word) || /^(?:the|a|an)$/i.test(words[i - 1])) continue;
    const base = pastToBase(word, isWord);
    if (base && !isPassiveAuxiliary(word)) return { subject, verb: word, base, tail: words.slice(i + 1).join(" "), passive: false };
    if (/^(?:is|are|has|have|would|could|should|will|can|may|might|must)$/.test(word)) return null;
  }
  return null;
}

function lowerFirstIfCommon(subject: string): string {
  return /^(?:The|A|An)\b/.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

function dateChoice(fact: DatedFact, distractors: string[], analysis: DocumentAnalysis): Draft | null {
  const answer = formatValue(fact.date.value);
  if (distractors.length < 3) return null;
  const { keyOfDisplay } = indexesOf(analysis);
  const keyOf = (display: string) => keyOfDisplay.get(display) ?? parseDisplay(display);
  const choices = [answer, ...distractors.slice(0, 3)].sort((a, b) => keyOf(a) - keyOf(b));
  return {
    type: "date-choice",
    lessonKey: fact.date.lessonKey,
    prompt: `When ${fact.question}?`,
    choices,
    answer,
    source: fact.date.sentence,
    explanation: `The text says: "${fact.date.sentence}"`,
    difficulty: dateDifficulty(fact.date.value, distractors.slice(0, 3)),
    focus: "date",
  } satisfies Omit<ChoiceQuestion, "id">;
}

/** Same precision as the answer: the text's other dates first, then near values. Never the answer itself. */
function dateDistractors(date: DateMention, analysis: DocumentAnalysis, seed: string): string[] {
  const precision = precisionOf(date.value);
  const answerKey = sortKey(date.value)!;
  const { datesBySentence, valuesByPrecision } = indexesOf(analysis);
  const inSentence = new Set((datesBySentence.get(date.sentenceIndex) ?? []).map((other) => formatValue(reduceTo(other.value, precision) ?? other.value)));
  const fromText = shuffle(valuesByPrecision.get(precision) ?? [], seed + date.key);
  const near = nearValues(date.value, precision, seed + date.key);
  const picked: string[] = [];
  const minimumGap = { day: 0.05, month: 0.08, season: 0.25, year: 2, decade: 10, century: 100, unknown: Infinity }[precision];
  for (const value of [...fromText.slice(0, 2), ...near, ...fromText.slice(2)]) {
    const key = sortKey(value);
    const display = formatValue(value);
    if (key === null || Math.abs(key - answerKey) < minimumGap || inSentence.has(display)) continue;
    if (picked.some((other) => Math.abs(sortKey(other)! - key) < minimumGap)) continue;
    picked.push(value);
    if (picked.length === 3) break;
  }
  return picked.map(formatValue);
}

/** A value reduced to the given precision, or null when it is less precise. */
function reduceTo(value: string, precision: Precision): string | null {
  const own = precisionOf(value);
  if (own === precision) return value;
  if (precision === "year" && (own === "day" || own === "month" || own === "season")) return value.replace(/^(BC)?(\d{4}).*$/, "$1$2");
  return null;
}

function nearValues(value: string, precision: Precision, seed: string): string[] {
  const random = seededRandom(seed);
  const offsets = shuffle([-9, -7, -5, -4, -3, 3, 4, 5, 7, 9], seed);
  const year = Number(value.replace(/^BC/, "").slice(0, 4));
  const sign = value.startsWith("BC") ? -1 : 1;
  const fmt = (y: number) => (y < 0 ? `BC${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0"));
  switch (precision) {
    case "year":
      return offsets.map((offset) => fmt(sign * year + offset));
    case "day":
    case "month":
    case "season": {
      const suffix = value.replace(/^(BC)?\d{4}/, "");
      return offsets.map((offset) => (random() < 0.5 ? fmt(sign * year + offset) + suffix : shiftMonth(value, offset)));
    }
    case "decade":
      return [-3, -2, -1, 1, 2, 3].map((offset) => String(Number(value) + offset));
    case "century":
      return [-2, -1, 1, 2].map((offset) => String(Number(value) + offset).padStart(2, "0")).filter((v) => Number(v) >= 0);
    default:
      return [];
  }
}

function shiftMonth(value: string, offset: number): string {
  const [year, month, ...rest] = value.split("-");
  const shifted = ((Number(month) - 1 + offset + 120) % 12) + 1;
  return [year, String(shifted).padStart(2, "0"), ...rest].join("-");
}

function parseDisplay(display: string): number {
  const year = /(\d{3,4})/.exec(display);
  const century = /(\d+)\w\w century/.exec(display);
  if (century) return Number(century[1]) * 100 - 50;
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const month = months.findIndex((name) => display.includes(name));
  const day = /^(\d{1,2}) /.exec(display);
  return Number(year?.[1] ?? 0) + (month >= 0 ? month / 12 : 0) + (day ? Number(day[1]) / 372 : 0);
}

function dateDifficulty(value: string, distractors: string[]): number {
  const answerYear = parseDisplay(formatValue(value));
  const closest = Math.min(...distractors.map((display) => Math.abs(parseDisplay(display) - answerYear)));
  return clamp(0.35 + (closest <= 5 ? 0.2 : closest <= 15 ? 0.1 : 0) + (precisionOf(value) === "day" ? 0.1 : 0));
}

function clamp(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

const KIND_QUESTION: Record<ActorKind, string> = {
  person: "Who",
  state: "Which state",
  organization: "Which organisation",
  group: "Which group",
  place: "Which place",
};

/** Actors that open their sentence (after a date or connector) and are followed by a past-tense verb. */
function findActorFacts(analysis: DocumentAnalysis, isWord: (word: string) => boolean): ActorFact[] {
  const facts: ActorFact[] = [];
  for (const actor of analysis.actors) {
    if (actor.kind === "place") continue;
    for (const mention of actor.mentions) {
      const sentence = mention.sentence;
      if (/["«»“”?!;]|\b(?:I|we|our|my)\b/.test(sentence)) continue;
      const at = sentence.indexOf(mention.text);
      const before = sentence.slice(0, at).trim();
      if (!isSentenceOpening(before, analysis, mention.sentenceIndex)) continue;
      const after = sentence.slice(at + mention.text.length).replace(/[.!]+$/, "").replace(/,\s+(?:so|but|and|while|because|which)\b.*$/, "").trim();
      const verb = after.split(" ")[0];
      if (!verb || isPassiveAuxiliary(verb) || !pastToBase(verb, isWord)) continue;
      const datePart = before.replace(LEADING_CONNECTOR, "").replace(/,$/, "").replace(/^the$|\s+the$/i, "").trim();
      const predicate = datePart ? `${after} ${datePart.charAt(0).toLowerCase()}${datePart.slice(1)}` : after;
      facts.push({ actor, surface: mention.text, sentence, sentenceIndex: mention.sentenceIndex, lessonKey: mention.lessonKey, predicate });
    }
  }
  return facts.sort((a, b) => a.sentenceIndex - b.sentenceIndex);
}

/** Only a date phrase, "the" or a connector may precede the subject. */
function isSentenceOpening(before: string, analysis: DocumentAnalysis, sentenceIndex: number): boolean {
  if (before === "" || /^the$/i.test(before)) return true;
  const dates = indexesOf(analysis).datesBySentence.get(sentenceIndex) ?? [];
  const stripped = dates.reduce((text, date) => text.replace(date.text, ""), before).replace(/^(?:in|on|at|during)\s+(?:the\s+)?/i, "").replace(/^the\s*$/i, "").replace(/,$/, "").trim();
  return stripped === "" && before !== "";
}

function actorChoice(fact: ActorFact, distractors: string[], seed: string): Draft | null {
  if (distractors.length < 2) return null;
  const answer = fact.surface.replace(/^the\s+/i, "");
  const choices = shuffle([answer, ...distractors.slice(0, 3)], seed + fact.sentence + answer);
  return {
    type: "actor-choice",
    lessonKey: fact.lessonKey,
    prompt: `${KIND_QUESTION[fact.actor.kind]} ${fact.predicate}?`,
    choices,
    answer,
    source: fact.sentence,
    explanation: `The text says: "${fact.sentence}"`,
    difficulty: clamp(0.3 + (distractors.length >= 3 ? 0.1 : 0) + (fact.actor.kind === "person" ? 0.1 : 0)),
    focus: "actor",
  } satisfies Omit<ChoiceQuestion, "id">;
}

/** Same kind, from the text, not named in the sentence, sharing no word with the answer (no "Korea" vs "South Korea"). */
function actorDistractors(actor: Actor, sentence: string, analysis: DocumentAnalysis, seed: string): string[] {
  const { actorsByKind, normalisedNames } = indexesOf(analysis);
  const answerWords = new Set(normalise([actor.name, ...actor.aliases].join(" ")).split(" "));
  const candidates = (actorsByKind.get(actor.kind) ?? []).filter(
    (other) =>
      other.key !== actor.key &&
      ![other.name, ...other.aliases].some((name) => sentence.includes(name)) &&
      !normalisedNames.get(other)!.split(" ").some((word) => answerWords.has(word)),
  );
  const unique = new Map<string, string>();
  for (const other of shuffle(candidates, seed + actor.key)) {
    const key = normalisedNames.get(other)!;
    if (![...unique.keys()].some((existing) => existing.includes(key) || key.includes(existing))) unique.set(key, other.name);
    // Names are only ever added: once three are chosen, the rest cannot change them.
    if (unique.size === 3) break;
  }
  return [...unique.values()].slice(0, 3);
}

function trueFalseFromDate(fact: DatedFact, distractors: string[], seed: string): Draft | null {
  const truth = seededRandom(seed + fact.date.key + "tf")() < 0.5;
  const wrong = distractors[0];
  if (!wrong) return null;
  const shown = truth ? formatValue(fact.date.value) : wrong;
  const preposition = precisionOf(fact.date.value) === "day" ? "on" : "in";
  const statement = `${fact.statement} ${preposition} ${shown}.`;
  return {
    type: "true-false",
    lessonKey: fact.date.lessonKey,
    prompt: statement,
    choices: ["True", "False"],
    answer: truth,
    source: fact.date.sentence,
    explanation: truth ? `True. The text says: "${fact.date.sentence}"` : `False: it was ${formatValue(fact.date.value)}. The text says: "${fact.date.sentence}"`,
    difficulty: 0.25,
    focus: "date",
  } satisfies Omit<TrueFalseQuestion, "id">;
}

function trueFalseFromActor(fact: ActorFact, distractors: string[], seed: string): Draft | null {
  const truth = seededRandom(seed + fact.sentence + fact.actor.key + "tf")() < 0.5;
  const wrong = distractors[0];
  if (!wrong) return null;
  const subject = truth ? fact.surface.replace(/^the\s+/i, "") : wrong;
  const statement = `${withArticleIfNeeded(subject)} ${fact.predicate}.`;
  if (normalise(statement) === normalise(fact.sentence)) return null;
  return {
    type: "true-false",
    lessonKey: fact.lessonKey,
    prompt: capitalise(statement),
    choices: ["True", "False"],
    answer: truth,
    source: fact.sentence,
    explanation: truth ? `True. The text says: "${fact.sentence}"` : `False: it was ${fact.surface.replace(/^the\s+/i, "")}. The text says: "${fact.sentence}"`,
    difficulty: 0.25,
    focus: "actor",
  } satisfies Omit<TrueFalseQuestion, "id">;
}

function withArticleIfNeeded(name: string): string {
  return /^(?:Soviet Army|Red Army|United|Kingdom|Empire|Republic|Russian Empire|Ottoman Empire|Eastern|Imperial)/.test(name) ? `the ${name}` : name;
}

/** Cloze items: a sentence with one actor (or its only date) blanked out. */
function typedQuestions(analysis: DocumentAnalysis, lessonKey: string, seed: string): Draft[] {
  const drafts: Draft[] = [];
  const usedSentences = new Set<number>();
  const { datesByLesson, mentionsByLesson, actorsByLesson } = indexesOf(analysis);
  // Only the lesson's own actors are shuffled: shuffling all of a long text's actors for each lesson was quadratic.
  for (const actor of shuffle(actorsByLesson.get(lessonKey) ?? [], seed + lessonKey)) {
    const mention = mentionsByLesson.get(actor)!.get(lessonKey)?.find((m) => !usedSentences.has(m.sentenceIndex));
    if (!mention || /["«»“”]/.test(mention.sentence)) continue;
    const answer = mention.text.replace(/^the\s+/i, "");
    const at = wholeWordPositions(mention.sentence, answer);
    if (at.length !== 1) continue;
    usedSentences.add(mention.sentenceIndex);
    drafts.push({
      type: "typed",
      lessonKey,
      prompt: `Fill in the blank: ${mention.sentence.slice(0, at[0])}${BLANK}${mention.sentence.slice(at[0] + answer.length)}`,
      answer,
      acceptedAnswers: [...new Set([actor.name, ...actor.aliases].filter((name) => name !== answer))],
      source: mention.sentence,
      explanation: `The text says: "${mention.sentence}"`,
      difficulty: 0.6,
      focus: "actor",
    } satisfies Omit<TypedQuestion, "id">);
    if (drafts.length === 2) break;
  }
  const dated = (datesByLesson.get(lessonKey) ?? []).filter(
    (date) => date.kind === "date" && !date.anchor && precisionOf(date.value) === "year" && date.text === date.value.replace(/^0+/, "") && !usedSentences.has(date.sentenceIndex),
  );
  for (const date of dated) {
    if (indexesOf(analysis).datesBySentence.get(date.sentenceIndex)?.length !== 1 || /["«»“”]/.test(date.sentence)) continue;
    drafts.push({
      type: "typed",
      lessonKey,
      prompt: `Fill in the blank (a year): ${date.sentence.replace(date.text, BLANK)}`,
      answer: date.text,
      acceptedAnswers: [],
      source: date.sentence,
      explanation: `The text says: "${date.sentence}"`,
      difficulty: 0.65,
      focus: "date",
    } satisfies Omit<TypedQuestion, "id">);
    break;
  }
  return drafts;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where the phrase stands as whole words in the text ("Korea" in "Korea's", not in "Koreans"). */
function wholeWordPositions(text: string, phrase: string): number[] {
  const positions: number[] = [];
  if (!phrase) return positions;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!WORD_CHARACTER.test(text.charAt(at - 1)) && !WORD_CHARACTER.test(text.charAt(at + phrase.length))) positions.push(at);
  }
  return positions;
}

/** Short event labels for ordering and matching: the statement of a dated fact, at most 18 words. */
function eventLabel(fact: DatedFact): string | null {
  const words = fact.statement.split(" ");
  return words.length <= 18 ? fact.statement : null;
}

function distinctlyDated(facts: DatedFact[], minimumGap: number): DatedFact[] {
  const sorted = facts.filter((fact) => eventLabel(fact)).sort((a, b) => sortKey(a.date.value)! - sortKey(b.date.value)!);
  const result: DatedFact[] = [];
  for (const fact of sorted) {
    const previous = result[result.length - 1];
    if (!previous || sortKey(fact.date.value)! - sortKey(previous.date.value)! >= minimumGap) result.push(fact);
  }
  return result;
}

function ordering(facts: DatedFact[], lessonKey: string | null, seed: string): Draft | null {
  const chosen = distinctlyDated(facts, 1).slice(0, 6);
  if (chosen.length < 4) return null;
  const answer = chosen.map((fact) => eventLabel(fact)!);
  let items = shuffle(answer, seed + (lessonKey ?? "document") + "order");
  if (items.every((item, i) => item === answer[i])) items = [...items.slice(1), items[0]];
  return {
    type: "ordering",
    lessonKey,
    prompt: "Put these events in chronological order, earliest first.",
    items,
    answer,
    source: chosen.map((fact) => fact.date.sentence).join(SOURCE_SEPARATOR),
    explanation: chosen.map((fact) => `${formatValue(fact.date.value)}: ${eventLabel(fact)}.`).join(" "),
    difficulty: clamp(0.4 + chosen.length * 0.05),
    focus: "date",
  } satisfies Omit<OrderingQuestion, "id">;
}

function matchingDates(facts: DatedFact[], lessonKey: string | null, seed: string): Draft | null {
  const chosen = distinctlyDated(facts, 1).slice(0, 5);
  if (chosen.length < 3) return null;
  const pairs = chosen.map((fact) => [eventLabel(fact)!, formatValue(fact.date.value)] as [string, string]);
  if (new Set(pairs.map(([, date]) => date)).size !== pairs.length) return null;
  return {
    type: "matching",
    lessonKey,
    prompt: "Match each event with its date.",
    left: pairs.map(([event]) => event),
    right: shuffle(pairs.map(([, date]) => date), seed + (lessonKey ?? "document") + "match"),
    answer: pairs,
    source: chosen.map((fact) => fact.date.sentence).join(SOURCE_SEPARATOR),
    explanation: pairs.map(([event, date]) => `${date}: ${event}.`).join(" "),
    difficulty: clamp(0.35 + chosen.length * 0.05),
    focus: "date",
  } satisfies Omit<MatchingQuestion, "id">;
}

function matchingActors(facts: ActorFact[], seed: string): Draft | null {
  // Actors are named as the cited sentence names them ("Russia", not the canonical "Russian Empire"), so that
  // every pair can be checked against its sentence; two actors written alike are not both used.
  const byActor = new Map<string, ActorFact>();
  const labels = new Set<string>();
  for (const fact of facts) {
    const label = fact.surface.replace(/^the\s+/i, "");
    if (byActor.has(fact.actor.key) || labels.has(label) || fact.predicate.split(" ").length > 14) continue;
    byActor.set(fact.actor.key, fact);
    labels.add(label);
  }
  const chosen = [...byActor.values()].slice(0, 5);
  if (chosen.length < 3) return null;
  const pairs = chosen.map((fact) => [fact.surface.replace(/^the\s+/i, ""), fact.predicate] as [string, string]);
  return {
    type: "matching",
    lessonKey: null,
    prompt: "Match each actor with what they did.",
    left: pairs.map(([actor]) => actor),
    right: shuffle(pairs.map(([, deed]) => deed), seed + "actors-match"),
    answer: pairs,
    source: chosen.map((fact) => fact.sentence).join(SOURCE_SEPARATOR),
    explanation: pairs.map(([actor, deed]) => `${actor} ${deed}.`).join(" "),
    difficulty: 0.45,
    focus: "actor",
  } satisfies Omit<MatchingQuestion, "id">;
}
