import { DEMONYMS, GAZETTEER } from "./gazetteer";
import type { ActorKind, CorrectionsFile, Sentence } from "./types";
import { normalise } from "./util";

/** An actor mention before merging; offsets are relative to the sentence. */
export interface FoundMention {
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  kind: ActorKind;
  /** 3 = glossary/gazetteer, 2 = a telling word ("Army", "Empire"), 1 = a guess from the context. */
  confidence: number;
  /** Canonical name when a glossary or gazetteer entry matched. */
  canonical?: string;
}

export interface FoundActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  mentions: FoundMention[];
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const COMPASS = new Set(["South", "North", "East", "West"]);
const CONNECTORS = new Set(["of", "the", "de", "von", "van", "der", "du", "da", "la", "le", "al", "bin", "ibn", "y"]);
const TITLES = new Set(
  "Tsar Czar Tsarina King Queen Emperor Empress President General Admiral Prince Princess Count Countess Duke Duchess Minister Ambassador Chancellor Marshal Pope Sultan Khan Shah Mr Mrs Ms Dr Sir Lord Lady Saint St Premier Chairman Secretary Governor Colonel Captain Lieutenant Field Grand Prime Foreign Baron Archduke Kaiser Shogun Patriarch Metropolitan Commodore".split(" "),
);
/** Titles that are part of how a ruler is named ("Queen Min", "Empress Myeongseong"). */
const ROYAL_TITLES = new Set("Tsar Czar Tsarina King Queen Emperor Empress Prince Princess Sultan Khan Shah Pope Kaiser".split(" "));
const CALENDAR = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday AD BC CE BCE".split(" "),
);
const FUNCTION_WORDS = new Set(
  "The A An In On At By For From To Of And But Or So If When While After Before During Since Until Then Thus Therefore However Also This That These Those There Here It Its They Their He His She Her We Our You Your I As With Without Although Though Because Now Later Finally Meanwhile Despite Moreover Furthermore Instead Today Yesterday Once Soon Even Still Yet Both Each Every Many Some Most All Other Another Such What Which Who Whose Where Why How".split(" "),
);
const EVENT_HEADS = new Set(
  "War Wars Revolution Operation Battle Treaty Agreement Conference Crisis Uprising Rebellion Revolt Reform Reforms Act Declaration Incident Invasion Campaign Siege Games Olympics Accords Accord Protocol Doctrine Plan Offensive Massacre Famine Purge Purges Restoration Blockade Summit Era Age Period Dynasty".split(" "),
);
const ORGANIZATION_HEADS = new Set(
  "Army Navy Fleet Forces Corps Guard Party Company Corporation Forum Organisation Organization Council Committee Commission Church University Academy Institute Bank League Association Society Movement Front Court Ministry Government Parliament Congress Assembly Agency Bureau Service Office Department Union Alliance Pact Group Club Fund Foundation Embassy Cabinet Senate Duma Soviet Legion Brigade Division Regiment Orchestra Theatre Museum Library School College".split(" "),
);
const STATE_HEADS = new Set(
  "Empire Kingdom Republic Federation Khanate Sultanate Caliphate Confederation Principality Duchy Shogunate Tsardom Commonwealth Emirate State States Dominion Protectorate Rus".split(" "),
);
const PLACE_HEADS = new Set(
  "River Sea Ocean Mountains Mountain Mount Peninsula Island Islands Strait Straits Bay Lake Desert Valley Canal Gulf Plain Plains Basin City Province Region Oblast District Krai Street Square Palace Fortress Castle Cape Port Harbour Harbor Coast Steppe Forest Hills Territory Territories Prefecture County Land Lands East West North South".split(" "),
);
/** Only "<nationality> people" names a group; "Japanese government" or "French troops" are not separate actors. */
const GROUP_NOUNS = /^(?:people|nation)\b/;
const ORGANIZATION_NOUNS = /^$/;
const PERSON_CONTEXT_AFTER = /^,?\s+(?:wrote|said|says|told|believed|thought|argued|claimed|noted|stated|was born|died|married|reigned|himself|herself|who)\b/;
const PERSON_SURNAME = /(?:ov|ova|ev|eva|in|ina|sky|skiy|ski|skaya|enko|yan|ian|dze|shvili|vich|vna|ich|off)$/;
const PLACE_CONTEXT_BEFORE = /\b(?:in|at|near|to|from|into|across|towards|toward)\s+(?:the\s+)?$/i;
const GROUP_CONTEXT_BEFORE = /\b(?:groups?|bands?|clans?|tribes?)\s+(?:such\s+as|like|including|as)\s+(?:[^.;:]*,\s*)?$/i;

interface Lexicon {
  /** normalised alias → [canonical, kind] from the glossary and the gazetteer (glossary wins). */
  entries: Map<string, { canonical: string; kind: ActorKind | null; fromGlossary: boolean }>;
  maxTokens: number;
}

export function buildLexicon(corrections: CorrectionsFile): Lexicon {
  const entries: Lexicon["entries"] = new Map();
  let maxTokens = 1;
  const add = (alias: string, canonical: string, kind: ActorKind | null, fromGlossary: boolean) => {
    const key = alias.trim();
    if (!key || (entries.get(key)?.fromGlossary && !fromGlossary)) return;
    entries.set(key, { canonical, kind, fromGlossary });
    maxTokens = Math.max(maxTokens, tokenize(key).length);
  };
  for (const entry of GAZETTEER) for (const name of [entry.name, ...entry.aliases]) add(name, entry.name, entry.kind, false);
  for (const entry of corrections.glossary) {
    for (const name of [entry.canonical, ...(entry.aliases ?? [])]) add(name, entry.canonical, entry.kind ?? null, true);
  }
  return { entries, maxTokens };
}

/**
 * Finds actor mentions: gazetteer/glossary names first (longest match), then runs of capitalised words,
 * typed by their head word, a title, a nationality adjective or the context.
 */
export function findActorMentions(sentences: Sentence[], lexicon: Lexicon, isCommonWord: (word: string) => boolean): FoundMention[] {
  const capitalisedInside = wordsCapitalisedInsideSentences(sentences);
  const commonWord = (word: string) => isCommonWord(word.toLowerCase()) && !capitalisedInside.has(word) && !lexicon.entries.has(word);
  const commonAtStart = (word: string) =>
    FUNCTION_WORDS.has(word) || (isCommonWord(word.toLowerCase()) && !capitalisedInside.has(word) && !lexicon.entries.has(word));
  const mentions: FoundMention[] = [];
  for (const sentence of sentences) {
    if (!/[A-Za-z]/.test(sentence.text)) continue;
    const tokens = tokenize(sentence.text);
    const used = new Set<number>();
    mentions.push(...lexiconMatches(sentence, tokens, lexicon, used));
    const chunks = capitalisedChunks(sentence.text, tokens, used);
    for (const chunk of chunks) mentions.push(...interpretChunk(sentence, tokens, chunk, commonAtStart, commonWord));
    mentions.push(...demonymPhrases(sentence, tokens, chunks, lexicon));
  }
  return mentions;
}

/** Glossary and gazetteer names, longest first, starting at a capitalised word ("Korean peninsula" too). */
function lexiconMatches(sentence: Sentence, tokens: Token[], lexicon: Lexicon, used: Set<number>): FoundMention[] {
  const mentions: FoundMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i].text)) continue;
    const match = longestLexiconMatch(sentence.text, tokens, i, tokens.length, lexicon);
    if (!match) continue;
    const next = tokens[match.end];
    if (next && endsWithHead(next.text) && sentence.text.slice(tokens[match.end - 1].end, next.start) === " ") continue;
    mentions.push(match.mention(sentence.index));
    for (let j = i; j < match.end; j++) used.add(j);
    i = match.end - 1;
  }
  return mentions;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    tokens.push({ text: match[0], start: match.index!, end: match.index! + match[0].length });
  }
  return tokens;
}

function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word) || /^[A-Z]-?\p{Ll}/u.test(word);
}

/** Words written with a capital inside a sentence somewhere in the document: probably names. */
function wordsCapitalisedInsideSentences(sentences: Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text);
    for (let i = 1; i < tokens.length; i++) {
      if (isCapitalised(tokens[i].text) && !/[.!?:"«“]\s*$/.test(sentence.text.slice(tokens[i - 1].end, tokens[i].start))) words.add(tokens[i].text);
    }
  }
  return words;
}

/** Token index ranges [from, to) of capitalised runs, joined by connectors and single spaces only. */
function capitalisedChunks(text: string, tokens: Token[], used: Set<number>): [number, number][] {
  const chunks: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (used.has(i) || !isCapitalised(tokens[i].text)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length) {
      const gap = text.slice(tokens[end - 1].end, tokens[end].start);
      if (gap !== " " || used.has(end)) break;
      if (isCapitalised(tokens[end].text)) end++;
      else if (CONNECTORS.has(tokens[end].text) && end + 1 < tokens.length && isCapitalised(tokens[end + 1].text) && text.slice(tokens[end].end, tokens[end + 1].start) === " ") end += 2;
      else break;
    }
    chunks.push([i, end]);
    i = end;
  }
  return chunks;
}

function endsWithHead(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || STATE_HEADS.has(word) || (PLACE_HEADS.has(word) && !COMPASS.has(word));
}

function interpretChunk(
  sentence: Sentence,
  tokens: Token[],
  [from, to]: [number, number],
  commonAtStart: (word: string) => boolean,
  commonWord: (word: string) => boolean,
): FoundMention[] {
  const text = sentence.text;
  let start = from;
  let title = false;
  while (start < to) {
    const word = tokens[start].text;
    const atSentenceStart = start === 0 || /(?:^|[.!?:]["»”]?\s+)["«“(]?$/.test(text.slice(0, tokens[start].start));
    if (CALENDAR.has(word) || /^\d/.test(word) || (atSentenceStart && commonAtStart(word)) || CONNECTORS.has(word)) start++;
    else if (TITLES.has(word) && start + 1 < to) {
      title = true;
      if (ROYAL_TITLES.has(word)) break;
      start++;
    } else break;
  }
  if (start >= to) return [];
  if (to - start === 1 && (COMPASS.has(tokens[start].text) || tokens[start].text.length === 1 || /^[IVXLC]+$/.test(tokens[start].text))) return [];
  if (/\b(?:ship|warship|battleship|cruiser|frigate|vessel|steamer|submarine|aircraft|newspaper|journal|magazine|book|novel)\s+$/i.test(text.slice(0, tokens[start].start))) return [];
  if (tokens.slice(start, to).every((token) => CONNECTORS.has(token.text) || (commonWord(token.text) && !TITLES.has(token.text))) && !endsWithHead(tokens[to - 1].text)) return [];
  return classifyRun(sentence, tokens, start, to, title);
}

function longestLexiconMatch(text: string, tokens: Token[], from: number, to: number, lexicon: Lexicon) {
  for (let end = Math.min(to, from + lexicon.maxTokens); end > from; end--) {
    const surface = text.slice(tokens[from].start, tokens[end - 1].end);
    const entry = lexicon.entries.get(surface);
    if (!entry) continue;
    return {
      end,
      mention: (sentenceIndex: number): FoundMention => ({
        sentenceIndex,
        start: tokens[from].start,
        end: tokens[end - 1].end,
        text: surface,
        kind: entry.kind ?? guessKind(surface.split(" "), text, tokens[from].start, tokens[end - 1].end, false).kind,
        confidence: 3,
        canonical: entry.canonical,
      }),
    };
  }
  return null;
}

function classifyRun(sentence: Sentence, tokens: Token[], from: number, to: number, title: boolean): FoundMention[] {
  const text = sentence.text;
  const words = tokens.slice(from, to).map((token) => token.text.replace(/['’]s$/, ""));
  const start = tokens[from].start;
  const end = tokens[to - 1].end - (/['’]s$/.test(tokens[to - 1].text) ? 2 : 0);
  const head = words[words.length - 1];
  // Events are not actors, and names inside them ("Treaty of Nerchinsk") are part of the event's name.
  if (EVENT_HEADS.has(words[0]) || EVENT_HEADS.has(head)) return [];
  if (DEMONYMS[words.join(" ")] || (words.length === 1 && /[-–]/.test(head))) return [];
  const { kind, confidence } = guessKind(words, text, start, end, title);
  // Doctrines ("Marxism") are not actors.
  if (confidence === 0) return [];
  return [{ sentenceIndex: sentence.index, start, end, text: text.slice(start, end), kind, confidence }];
}

function guessKind(words: string[], text: string, start: number, end: number, title: boolean): { kind: ActorKind; confidence: number } {
  const head = words[words.length - 1];
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (title) return { kind: "person", confidence: 2 };
  if (words.every((word) => /^[A-Z0-9-]{2,}$/.test(word) || /^[A-Z]$/.test(word)) && /[A-Z]{2}/.test(words.join(""))) {
    return GROUP_CONTEXT_BEFORE.test(before) ? { kind: "group", confidence: 2 } : { kind: "organization", confidence: 1 };
  }
  if (GROUP_CONTEXT_BEFORE.test(before)) return { kind: "group", confidence: 2 };
  if (STATE_HEADS.has(head) || STATE_HEADS.has(words[0])) return { kind: "state", confidence: 2 };
  if (ORGANIZATION_HEADS.has(head) || ORGANIZATION_HEADS.has(words[0])) return { kind: "organization", confidence: 2 };
  if (PLACE_HEADS.has(head) || (words.length === 2 && PLACE_HEADS.has(words[0]) && words[0] !== "South" && words[0] !== "North")) {
    return { kind: "place", confidence: 2 };
  }
  if (PERSON_CONTEXT_AFTER.test(after)) return { kind: "person", confidence: 1 };
  if (words.length === 1 && PLACE_CONTEXT_BEFORE.test(before)) return { kind: "place", confidence: 1 };
  if (words.length === 1 && /(?:ism|ist)$/.test(head)) return { kind: "person", confidence: 0 };
  if (words.length === 1 && /[^s]s$/.test(head)) return { kind: "group", confidence: 1 };
  return { kind: "person", confidence: 1 };
}

/**
 * Nationality adjectives followed by a telling noun: "Korean people" (group), "Japanese government"
 * (organisation); and the elliptical "the South and the North Korea" (two states).
 */
function demonymPhrases(sentence: Sentence, tokens: Token[], chunks: [number, number][], lexicon: Lexicon): FoundMention[] {
  const mentions: FoundMention[] = [];
  const text = sentence.text;
  for (const [chunkStart, to] of chunks) {
    let from = chunkStart;
    while (from < to - 1 && FUNCTION_WORDS.has(tokens[from].text)) from++;
    const adjective = text.slice(tokens[from].start, tokens[to - 1].end);
    const after = text.slice(tokens[to - 1].end);
    if (DEMONYMS[adjective]) {
      const noun = /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? "";
      const kind: ActorKind | null = GROUP_NOUNS.test(noun) ? "group" : ORGANIZATION_NOUNS.test(noun) ? "organization" : null;
      if (!kind) continue;
      const end = tokens[to - 1].end + 1 + noun.length;
      const surface = text.slice(tokens[from].start, end);
      const entry = lexicon.entries.get(surface);
      mentions.push({
        sentenceIndex: sentence.index,
        start: tokens[from].start,
        end,
        text: surface,
        kind: entry?.kind ?? kind,
        confidence: entry ? 3 : 2,
        ...(entry ? { canonical: entry.canonical } : {}),
      });
    }
    const compass = COMPASS.has(adjective) ? adjective : null;
    const ellipsis = compass ? /^\s+and\s+(?:the\s+)?(?:South|North|East|West)\s+([A-Z]\p{L}+)/u.exec(after) : null;
    if (compass && ellipsis) {
      const name = `${compass} ${ellipsis[1]}`;
      const entry = lexicon.entries.get(name);
      mentions.push({
        sentenceIndex: sentence.index,
        start: tokens[from].start,
        end: tokens[from].end,
        text: compass,
        kind: entry?.kind ?? "state",
        confidence: entry ? 3 : 1,
        canonical: entry?.canonical ?? name,
      });
    }
  }
  return mentions;
}

/**
 * Merges mentions into actors: same canonical name, same normalised text, and a surname or first name
 * alone merged into the one full name that contains it.
 */
export function mergeActors(mentions: FoundMention[]): FoundActor[] {
  const groups = new Map<string, FoundMention[]>();
  for (const mention of mentions) {
    const key = normalise(mention.canonical ?? stripArticle(mention.text));
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  mergePartialNames(groups);
  const actors: FoundActor[] = [];
  for (const group of groups.values()) {
    const best = [...group].sort((a, b) => b.confidence - a.confidence)[0];
    const canonical = group.find((mention) => mention.canonical)?.canonical;
    const surfaces = [...new Set(group.map((mention) => mention.text))];
    const name = canonical ?? [...surfaces].sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    actors.push({ name, kind: best.kind, aliases: surfaces.filter((surface) => surface !== name), mentions: group });
  }
  return actors.sort((a, b) => firstMention(a) - firstMention(b));
}

function firstMention(actor: FoundActor): number {
  return actor.mentions[0].sentenceIndex * 100_000 + actor.mentions[0].start;
}

function stripArticle(text: string): string {
  return text.replace(/^the\s+/i, "");
}

/** "Ivashentsov" → "Gleb Ivashentsov" when exactly one longer name of a person contains the word. */
function mergePartialNames(groups: Map<string, FoundMention[]>): void {
  const byWord = new Map<string, string[]>();
  for (const [key, group] of groups) {
    const words = key.split(" ");
    if (words.length < 2 || group.every((mention) => mention.kind !== "person")) continue;
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), key]);
  }
  for (const [key, group] of [...groups]) {
    if (key.includes(" ") || group.some((mention) => mention.canonical && mention.confidence === 3 && mention.kind !== "person")) continue;
    const owners = byWord.get(key);
    if (owners?.length !== 1) continue;
    groups.get(owners[0])!.push(...group);
    groups.delete(key);
  }
}
