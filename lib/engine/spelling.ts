import type { CorrectionsFile } from "./types";
import { editDistance, escapeRegExp } from "./util";

/** What the spelling stage needs from a dictionary; `spelling-data.ts` provides Hunspell en-GB + en-US. */
export interface Speller {
  correct(word: string): boolean;
}

export interface SpellingResources {
  speller: Speller | null;
  /** The speller without a memory of its answers (see rememberingSpeller), for one-off lookups. */
  unremembered?: Speller;
  /** Lower-case misspelling → its corrections (one = unambiguous). */
  misspellings: Map<string, string[]>;
}

/** A replacement found in the original text; `to === null` means a proposal without a suggestion. */
export interface SpellingEdit {
  start: number;
  end: number;
  from: string;
  to: string;
  reason: "glossary" | "reviewed" | "common-misspelling" | "dictionary";
  apply: boolean;
  alternatives?: string[];
}

export interface SpellingResult {
  text: string;
  applied: (SpellingEdit & { correctedStart: number })[];
  proposals: (SpellingEdit & { correctedStart: number })[];
}

/**
 * Unknown capitalised words are mostly names: look for near dictionary words for this many of them only (each
 * costs some 450 dictionary lookups; a school text has at most a few dozen, a book thousands).
 */
const NAME_BUDGET = 60;

/**
 * Corrects the text: reviewed glossary names and corrections first, then known common misspellings,
 * then dictionary look-ups. Only unambiguous corrections are applied; the rest become proposals.
 */
export function correctSpelling(text: string, corrections: CorrectionsFile, resources: SpellingResources): SpellingResult {
  const reviewed = findReviewedEdits(text, corrections);
  const covered = coverage(reviewed, text.length);
  const known = knownWords(corrections);
  const wordEdits = findWordEdits(text, covered, known, resources);
  const edits = [...reviewed, ...wordEdits].sort((a, b) => a.start - b.start);
  return applyEdits(text, edits);
}

function findReviewedEdits(text: string, corrections: CorrectionsFile): SpellingEdit[] {
  const replacements = new Map<string, { to: string; reason: "glossary" | "reviewed" }>();
  for (const entry of corrections.glossary) {
    for (const variant of entry.variants) replacements.set(variant, { to: entry.canonical, reason: "glossary" });
  }
  for (const { from, to } of corrections.corrections) replacements.set(from, { to, reason: "reviewed" });
  const keys = [...replacements.keys()].filter((key) => key && !key.includes("\n")).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const edits: SpellingEdit[] = [];
  for (const match of text.matchAll(pattern)) {
    const { to, reason } = replacements.get(match[0])!;
    if (to === match[0]) continue;
    edits.push({ start: match.index!, end: match.index! + match[0].length, from: match[0], to, reason, apply: true });
  }
  return edits;
}

function coverage(edits: SpellingEdit[], length: number): (index: number) => boolean {
  const mask = new Uint8Array(length);
  for (const edit of edits) mask.fill(1, edit.start, edit.end);
  return (index) => mask[index] === 1;
}

/** Words the reviewer vouched for: rejected flags and every word of a glossary name. */
function knownWords(corrections: CorrectionsFile): Set<string> {
  const words = new Set(corrections.rejected.map((word) => word.toLowerCase()));
  for (const entry of corrections.glossary) {
    for (const name of [entry.canonical, ...(entry.aliases ?? [])]) {
      for (const word of name.split(/[^\p{L}'’-]+/u)) if (word) words.add(word.toLowerCase());
    }
  }
  for (const { to } of corrections.corrections) {
    for (const word of to.split(/[^\p{L}'’-]+/u)) if (word) words.add(word.toLowerCase());
  }
  return words;
}

function findWordEdits(
  text: string,
  covered: (index: number) => boolean,
  known: Set<string>,
  resources: SpellingResources,
): SpellingEdit[] {
  const verdicts = new Map<string, Omit<SpellingEdit, "start" | "end" | "from"> | null>();
  const budget = { names: NAME_BUDGET };
  const edits: SpellingEdit[] = [];
  const unknown = new Map<string, boolean>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}'’-])[A-Za-z][a-z]*(?:['’][a-z]+)?(?![\p{L}\p{N}-])/gu)) {
    const word = match[0];
    const start = match.index!;
    // Most words are spelt right: no edit, no time word and no name question for them.
    if (word.length < 3 || known.has(word.toLowerCase()) || covered(start) || resources.speller?.correct(word)) continue;
    const sentenceStart = isSentenceStart(text, start);
    const cacheKey = `${word}|${sentenceStart}`;
    if (!verdicts.has(cacheKey)) {
      verdicts.set(cacheKey, judgeWord(word, sentenceStart, resources, budget));
    }
    const verdict = verdicts.get(cacheKey);
    // In a temporal context the time word wins over the dictionary's choice ("the ninetys" is the nineties, not ninety).
    if (!unknown.has(word)) unknown.set(word, word.length >= 4 && resources.speller !== null && nearTimeWord(word) && !resources.speller.correct(word.toLowerCase()));
    const found = unknown.get(word) ? timeWordCorrection(text, word, start) : null;
    // A lower-case month ("22 june 1941") is unknown to the dictionary but already the word the date finder reads.
    const timeWord = found === word ? null : found;
    if (timeWord) edits.push({ to: timeWord, reason: "dictionary", apply: true, start, end: start + word.length, from: word });
    else if (verdict) {
      // A capitalised word after a title or rank is a name ("bishop Germanos"): the list's fix ("Germans") is only proposed.
      const named = verdict.reason === "common-misspelling" && /^\p{Lu}/u.test(word) && TITLE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
      edits.push({ ...verdict, ...(named ? { apply: false } : {}), start, end: start + word.length, from: word });
    }
  }
  return edits;
}

const TITLE_BEFORE = /\b(?:king|queen|tsar|czar|emperor|empress|sultan|shah|khan|president|minister|premier|chancellor|general|admiral|marshal|pope|bishop|archbishop|patriarch|prince|princess|duke|count|baron|ambassador|governor|colonel|captain|commander|consul|vizier|pasha|cardinal|saint|st\.?)\s+$/i;

const MONTH_WORDS = ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"];
const UNIT_WORDS = ["century", "centuries", "decade", "decades", "years", "months", "weeks"];
const DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
const RELATIVE_WORDS = ["later", "earlier", "following", "previous"];
const SEASON_WORDS = ["spring", "summer", "autumn", "winter"];
const NUMBER_BEFORE = /(?:\b\d{1,4}(?:-?(?:st|nd|rd|th))?|\b[XVI]{1,5}(?:-?th)?|\b(?:a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few|many|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\s-]+$/i;

/**
 * A misspelt word of the closed class the date finder reads ("Agust 1945", "the 19th centery", "in the ninties",
 * "two decads later", "the autum of 1941"), corrected when it is one edit (two for long words) from exactly one such word and its
 * neighbours say it is temporal: a number next to a month, a number or ordinal before a unit, a unit before
 * "later". The dictionary alone cannot: it leaves capitalised words (names) alone and finds several candidates.
 */
function timeWordCorrection(text: string, word: string, start: number): string | null {
  const lower = word.toLowerCase();
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(start + word.length, start + word.length + 30);
  // The nearest candidate; a tie is broken by the last letter ("decads" is "decades", not "decade"), else no correction.
  const closest = (candidates: string[]) => {
    const near = candidates
      .filter((candidate) => candidate[0] === lower[0])
      .map((candidate) => ({ candidate, distance: editDistance(lower, candidate, lower.length >= 6 ? 2 : 1, true) }))
      .filter((entry): entry is { candidate: string; distance: number } => entry.distance !== null);
    const best = near.filter((entry) => entry.distance === Math.min(...near.map((other) => other.distance)));
    const pick = best.length > 1 ? best.filter((entry) => entry.candidate.at(-1) === lower.at(-1)) : best;
    return pick.length === 1 ? matchCase(word, pick[0].candidate) : null;
  };
  const month = closest(MONTH_WORDS);
  if (month && /^\p{Lu}/u.test(word) && (/\b\d{1,2}(?:-?(?:st|nd|rd|th))?\s+(?:of\s+)?$|\b(?:in|by|of|since|until|till|from|to|early|late|mid|end\s+of|beginning\s+of|middle\s+of)\s+$/i.test(before) || /^,?\s+\d/.test(after))) return month;
  if (month && /\b\d{1,2}(?:-?(?:st|nd|rd|th))?\s+(?:of\s+)?$/.test(before) && /^,?\s+\d{3,4}\b/.test(after)) return month;
  const unit = closest(UNIT_WORDS);
  if (unit && NUMBER_BEFORE.test(before)) return unit;
  const decade = closest(DECADE_WORDS);
  if (decade && /\b(?:the|early|late|mid)[\s-]+$/i.test(before)) return decade;
  const season = closest(SEASON_WORDS);
  // A capitalised one after "the" is a name ("the Sumer civilisation"), unless a year follows.
  if (season && ((word === lower && /\b(?:the|in|that|next|following|previous|early|late|mid)[\s-]+$/i.test(before)) || /^\s+(?:of\s+)?['’]?\d/.test(after))) return season;
  const relative = closest(RELATIVE_WORDS);
  if (relative && /^(?:later|earlier)$/.test(relative) && /\b(?:years?|decades?|centur(?:y|ies)|months?|weeks?|days?)\s+$/i.test(before)) return relative;
  if (relative && /^(?:following|previous)$/.test(relative) && /^\s+(?:year|month|decade|century|day|week|spring|summer|autumn|winter)\b/i.test(after)) return relative;
  return null;
}

const TIME_WORDS = [...MONTH_WORDS, ...UNIT_WORDS, ...DECADE_WORDS, ...RELATIVE_WORDS, ...SEASON_WORDS];

/** A word within reach of some time word that starts with the same letter (a typo rarely hits the first): only those are looked at in context. */
function nearTimeWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TIME_WORDS.some((candidate) => candidate[0] === lower[0] && editDistance(lower, candidate, lower.length >= 6 ? 2 : 1, true) !== null);
}

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  return index === 0 || /(^|[.!?…]["'»”)]?\s+|\n\s*)["'«“(]?$/u.test(before);
}

function judgeWord(
  word: string,
  sentenceStart: boolean,
  { speller, misspellings, unremembered }: SpellingResources,
  budget: { names: number },
): Omit<SpellingEdit, "start" | "end" | "from"> | null {
  const lower = word.toLowerCase();
  const capitalised = word !== lower;
  const listed = misspellings.get(lower);
  if (listed && !(speller?.correct(word) ?? false)) {
    const [to, ...alternatives] = listed.map((candidate) => matchCase(word, candidate));
    return { to, reason: "common-misspelling", apply: listed.length === 1, alternatives };
  }
  if (!speller || speller.correct(word) || (capitalised && speller.correct(lower))) return null;
  // A capitalised word inside a sentence is probably a name: names are the glossary's job, not the dictionary's.
  const probablyName = capitalised && !sentenceStart;
  if (probablyName && budget.names-- <= 0) return null;
  // Edit candidates are looked up once each: they go to the speller itself, not to the document's memory of answers.
  const probe = unremembered ?? speller;
  let candidates = singleEditCandidates(lower, probe);
  if (candidates.length === 0 && !capitalised) candidates = twoEditCandidates(lower, probe);
  if (candidates.length === 0) return null;
  const [to, ...alternatives] = candidates.map((candidate) => matchCase(word, candidate));
  const unambiguous = candidates.length === 1 && !probablyName && word.length >= 5;
  return { to, reason: "dictionary", apply: unambiguous, alternatives };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * Dictionary words two edits away of the two kinds students make most: a doubled letter written single and a
 * single one doubled ("quarells" → "quarrels"), and two letters swapped across a third ("tradegy" → "tragedy").
 * Some n² lookups (about 80 for eight letters), where a general two-edit search (nspell's suggest) took up to half a
 * second a word and offered words no student meant ("tracery").
 */
function twoEditCandidates(word: string, speller: Speller): string[] {
  const doublings = (text: string) => {
    const variants: string[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === text[i + 1]) variants.push(text.slice(0, i) + text.slice(i + 1));
      else if (/[a-z]/.test(text[i])) variants.push(text.slice(0, i + 1) + text.slice(i));
    }
    return variants;
  };
  const variants = new Set(doublings(word).flatMap(doublings));
  for (let i = 0; i + 2 < word.length; i++) variants.add(word.slice(0, i) + word[i + 2] + word[i + 1] + word[i] + word.slice(i + 3));
  variants.delete(word);
  return [...variants].filter((variant) => speller.correct(variant)).sort();
}

/** Dictionary words one edit away (deletion, transposition, substitution, insertion): cheap and bounded. */
function singleEditCandidates(word: string, speller: Speller): string[] {
  const variants = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail) variants.add(head + letter + tail.slice(1));
      variants.add(head + letter + tail);
    }
  }
  variants.delete(word);
  return [...variants].filter((variant) => variant.length > 1 && speller.correct(variant)).sort();
}

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

function applyEdits(text: string, edits: SpellingEdit[]): SpellingResult {
  const applied: SpellingResult["applied"] = [];
  const proposals: SpellingResult["proposals"] = [];
  let corrected = "";
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    corrected += text.slice(cursor, edit.start);
    const correctedStart = corrected.length;
    if (edit.apply) {
      corrected += edit.to;
      applied.push({ ...edit, correctedStart });
    } else {
      corrected += edit.from;
      proposals.push({ ...edit, correctedStart });
    }
    cursor = edit.end;
  }
  corrected += text.slice(cursor);
  return { text: corrected, applied, proposals };
}
