import type { Sentence } from "./types";
import { editDistance, escapeRegExp, isTitleCase } from "./util";

/** A temporal expression found in a sentence; offsets are relative to the sentence. */
export interface FoundDate {
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  value: string;
  kind: "date" | "duration";
  anchor?: string;
}

/** A date known to the day, month or year, used to resolve the relative expressions that follow it. */
interface Anchor {
  year: number;
  month?: number;
  day?: number;
  /** Set by a winter written across two years ("the winter of 1990/91"): its January to March, and the months told after it, are in the second year. */
  winterSpan?: boolean;
}

interface Candidate {
  start: number;
  end: number;
  /** Returns the value, or null when the expression cannot be resolved (then it is dropped). */
  resolve: (context: ResolveContext) => { value: string; kind: "date" | "duration"; anchor?: string; sets?: Anchor } | null;
}

interface ResolveContext {
  anchor: Anchor | null;
  /** Absolute dates of the same sentence, for "120 years since …". */
  sentenceAnchors: Anchor[];
  /** The value of the text's previous date of any precision (century and decade included), for "at that time". */
  previous: string | null;
  /** The date of an event named earlier in the text ("Pearl Harbor", "independence"), for "75 years after Pearl Harbor". */
  eventDate?: (key: EventKey) => Anchor | null;
}

/** An event named after "after"/"before": where a sentence names it (a proper name as written, common nouns by their stems), or null. */
interface EventKey {
  find: (text: string) => number | null;
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
/** The month names of MONTH without its group name, for a second month in one pattern. */
const MONTH_ALTERNATIVES = MONTH.slice("(?<month>".length, -1);
/** "9th", "9", and the Russian-style "9-th". */
const DAY = "(?<day>[0-3]?\\d)(?:-?(?:st|nd|rd|th))?";
const ERA = "(?:\\s*(?<era>AD|A\\.D\\.|CE|BCE|BC|B\\.C\\.))?";
const YEAR = `(?<year>\\d{3,4})${ERA}`;
/** Ranges written once ("1–2 September 1870", "28 Nov. – 1 Dec. 1943", "February–December 1916"), compiled once: they run on every sentence with a dash. */
const DAY_RANGE = new RegExp(`\\b(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s+(?<m1>${MONTH_ALTERNATIVES})(?![a-z]))?\\s*[-–—]\\s*${DAY}\\s+${MONTH}(?![a-z])(?:\\s+${YEAR}\\b)?`, "gi");
/** Holidays on a fixed day, as a date: "on New Year's Day 1863", "Christmas Eve 1979", "on Christmas Day" (year from the context). An Eve comes before its Day: the first that matches wins. */
const FIXED_HOLIDAYS: [name: string, month: number, day: number][] = [
  ["New\\s+Year['’]?s\\s+Day", 1, 1], ["New\\s+Year['’]?s\\s+Eve", 12, 31], ["Christmas\\s+Eve", 12, 24], ["Christmas(?:\\s+Day)?", 12, 25],
  ["Boxing\\s+Day", 12, 26], ["Bastille\\s+Day", 7, 14], ["Armistice\\s+Day", 11, 11], ["Halloween", 10, 31],
];
const HOLIDAY_NAMES = FIXED_HOLIDAYS.map(([name, month, day]) => ({ pattern: new RegExp(`^(?:${name})$`, "i"), month, day }));
/** The year of a holiday has four digits or an era ("At Christmas 500 prisoners were freed" is a count). */
const HOLIDAY_DATE = new RegExp(`\\b(?<holiday>${FIXED_HOLIDAYS.map(([name]) => name).join("|")})(?:,?\\s+(?:of\\s+)?(?:(?<year>\\d{4})${ERA}|(?<year2>\\d{1,3})\\s*(?<era2>AD|A\\.D\\.|CE|BCE|BC|B\\.C\\.))\\b)?`, "g");
/** "from 11 May to 16 September 1939", "between May and September 1939": the first end, written without the year. */
const FROM_MONTH_RANGE = new RegExp(`\\b(?<from>(?:from|From|between|Between)\\s+)(?:the\\s+)?(?:(?<d1>[0-3]?\\d)(?:-?(?:st|nd|rd|th))?\\s+(?:of\\s+)?)?(?<m1>${MONTH_ALTERNATIVES})(?![a-z])\\s+(?:to|till|until|through|and)\\s+(?:the\\s+)?(?:${DAY}\\s+(?:of\\s+)?)?${MONTH}(?![a-z]),?\\s+${YEAR}\\b`, "g");
const MONTH_RANGE = new RegExp(`\\b(?<m1>${MONTH_ALTERNATIVES})(?![a-z])\\s*[-–—]\\s*${MONTH}(?![a-z])\\s+${YEAR}\\b`, "gi");
const SMALL_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** "two and a half (centuries)". */
const AND_A_HALF = "(?:\\s+and\\s+a\\s+half)?";
const NUMBER = `(?<n>(?:\\d+(?:\\.\\d+)?|(?:${TENS})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_NUMBERS})${AND_A_HALF}|half\\s+a|a\\s+quarter\\s+of\\s+a|(?:a\\s+|one\\s+|(?:two|three|four|five|six|seven|eight|nine)\\s+)?(?:hundred|thousand)|a\\s+few|several|many|an?)`;
const UNIT = "(?<unit>years?|decades?|centuries|century|months?|fortnights?|weeks?|days?)";
const DECADE_WORDS: Record<string, string> = { twenties: "2", thirties: "3", forties: "4", fifties: "5", sixties: "6", seventies: "7", eighties: "8", nineties: "9" };
const ORDINAL_WORDS = [
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
  "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
];
/** Days written as words ("the eighteenth of June 1815"): the ordinals up to thirty-first. */
const DAY_WORDS = [...ORDINAL_WORDS, "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"];
const DAY_WORD_DATE = new RegExp(`\\b(?:the\\s+)?(?<dayWord>${[...DAY_WORDS].reverse().join("|")})\\s+of\\s+${MONTH}(?![a-z])(?:,?\\s+(?:(?:in|of)\\s+)?${YEAR}\\b)?`, "gi");
/** A century's number, for "… of the XX century": "19", "19th", "19-th", "nineteenth", "XIX", "XIX-th". */
const CENTURY_NUMBER = `(?<c>\\d{1,2}(?:-?(?:st|nd|rd|th))?|${ORDINAL_WORDS.join("|")}|[XVI]{1,5}(?:-?th)?)`;
/** "the XIX century", "19-th century", "the nineteenth century": a century named after "of" in the decade patterns. */
const NAMED_CENTURY = `(?:the\\s+)?${CENTURY_NUMBER}[\\s-]+century\\b`;
/** "the first decade of the 21st century", "the last decade of the XX century": one decade of a named century. */
const DECADE_OF_CENTURY = new RegExp(`\\b(?:the\\s+)?(?<which>${ORDINAL_WORDS.slice(0, 10).join("|")}|last|10th|[1-9](?:st|nd|rd|th))\\s+decade\\s+of\\s+${NAMED_CENTURY}`, "gi");
/** "a year and a half later", "for two years and a half": the half follows the unit. */
const UNIT_AND_A_HALF = new RegExp(`\\b(?:(?<prep>for)\\s+)?(?:(?<approx>more\\s+than|over|about|around|almost|nearly)\\s+)?(?<n>an?|one|${SMALL_NUMBERS}|\\d{1,3})\\s+(?<unit>years?|months?|decades?|centuries|century)\\s+and\\s+a\\s+half\\b(?:\\s+(?<dir>later|afterwards?|after|earlier|before|ago)\\b)?`, "gi");
const SHORT_DECADE_PAIR = new RegExp(`(?:\\bthe\\s+|(?<=\\b(?:in|In|since|until|by|during|from)\\s))(?<d1>[1-9]0)(?:['’]?-?s)?\\s*[-–]\\s*(?<d2>[1-9]0)['’]?-?(?:s|ies)\\b(?:\\s+of\\s+${NAMED_CENTURY})?`, "gi");
const DAY_PAIR_AFTER_MONTH = new RegExp(`\\b${MONTH}(?![a-z])\\s+(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?:[-–—]|\\s+and\\s+)\\s*(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?!\\s*[-–./]\\s*\\d)(?:,?\\s+${YEAR}\\b)?`, "gi");
const DAY_PAIR_BEFORE_MONTH = new RegExp(`\\b(?<d1>[0-3]?\\d)(?:-?(?:st|nd|rd|th))?\\s+and\\s+(?:the\\s+)?(?<d2>[0-3]?\\d)(?:-?(?:st|nd|rd|th))?\\s+(?:of\\s+)?${MONTH}(?![a-z])(?:,?\\s+${YEAR}\\b)?`, "gi");
// Compiled once, not per sentence: building and looking up their sources for every sentence cost a fifth of findDates.
/** "12 May 1905", "the 12th of May, in 1905" */
const DAY_MONTH_YEAR = new RegExp(`\\b(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?![a-z]),?\\s+(?:(?:in|of)\\s+(?:the\\s+year\\s+)?)?${YEAR}\\b`, "gi");
/** "May 12, 1905" */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}(?![a-z])\\s+(?:the\\s+)?${DAY},?\\s+(?:(?:in|of)\\s+)?${YEAR}\\b`, "gi");
/** "12 May", "the 12th of May" */
const DAY_MONTH = new RegExp(`\\b(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?![a-z])`, "gi");
/** "May 12" */
const MONTH_DAY = new RegExp(`\\b${MONTH}(?![a-z])\\s+${DAY}\\b(?!\\d|,\\s*\\d)`, "gi");
/** "May 1905", "May of the year 1905" */
const MONTH_YEAR = new RegExp(`\\b${MONTH}(?![a-z]),?\\s+(?:of\\s+)?(?:the\\s+year\\s+)?${YEAR}\\b`, "gi");
/** "May of the next year" */
const MONTH_OF_RELATIVE_YEAR = new RegExp(`\\b${MONTH}(?![a-z])\\s+(?:of\\s+)?(?<rel>(?:the\\s+)?(?:present|this|current|that|same|next|following|previous|last)\\s+year)\\b`, "gi");
/** "in May", "by early May" */
const MONTH_AFTER_PREPOSITION = new RegExp(`(?<=\\b(?:(?:in|In|of|by|until|since|during|early|late|mid-?|end of|beginning of|middle of)\\s|mid-))${MONTH}(?![a-z])`, "g");
/** "the spring of 1905", "winter 1941-42" */
const SEASON_YEAR = new RegExp(`\\b(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?<season>spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(?:(?:AD|A\\.D\\.)\\s+)?${YEAR}(?:\\s*[-–—/]\\s*(?:\\d{2}|\\d{4})(?!\\d))?\\b`, "gi");
/** "the 60s of the XX century", "the sixties of the 19th century" */
const DECADE_IN_CENTURY = new RegExp(`\\b(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:(?<short>\\d0)['’]?-?(?:s|ies)|(?<word>${Object.keys(DECADE_WORDS).join("|")}))\\s+of\\s+${NAMED_CENTURY}`, "gi");
/** "1905", "AD 800", "300 BC" */
const BARE_YEAR = new RegExp(`(?:\\b(?<pre>AD|A\\.D\\.)\\s+)?\\b(?<year>\\d{1,4})\\b${ERA}`, "g");
/** "the following January", "that December", "next May" (compiled once, as the patterns above). */
const RELATIVE_MONTH = new RegExp(`\\b(?:(?<that>that|That)|(?:the|The)\\s+(?<which>same|following|next|previous|preceding)|(?<bare>[Nn]ext))\\s+${MONTH}(?![a-z])(?!,?\\s+(?:of\\s+)?\\d)`, "g");
/** "90-th years", "the 1960-th", "the 90th years of the XX century": a decade written as an ordinal (Russian style). */
const ORDINAL_DECADE = new RegExp(`\\b(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?<decade>\\d{1,3}0)(?:-th|th)\\b(?:(?<years>\\s+years)\\b)?(?:\\s+of\\s+${NAMED_CENTURY})?`, "gi");
/** "forty years later" */
const RELATIVE_SHIFT = new RegExp(`\\b${NUMBER}\\s+${UNIT}\\s+(?<dir>later|latter|afterwards?|after|earlier|before|since|on|ago)\\b`, "gi");
/** "in two years' time" */
const IN_UNITS_TIME = new RegExp(`(?<=\\b[Ii]n\\s)${NUMBER}\\s+${UNIT}['’]?\\s+time\\b`, "gi");
/** "Yesterday, December 7th, 1941", "today, 9 May 2005": the deictic word alone; the date written after it (read by DEICTIC_DATE_FORMS) is its value. */
const DEICTIC_WITH_DATE = /\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)(?=,\s+(?<date>.{1,40}))/g;
const DEICTIC_DATE_FORMS = [DAY_MONTH_YEAR, MONTH_DAY_YEAR].map((pattern) => new RegExp(`^${pattern.source}`, "i"));
/** "after five years" */
const AFTER_DURATION = new RegExp(`\\bafter\\s+${NUMBER}\\s+${UNIT}\\b(?<of>\\s+of\\b)?`, "gi");
/** "for more than ten years" */
const APPROXIMATE_DURATION = new RegExp(`\\b(?:for\\s+)?(?:more\\s+than|over|about|around|almost|nearly|at\\s+least)\\s+${NUMBER}\\s+(?:more\\s+)?${UNIT}\\b(?!\\s+(?:later|after|earlier|before|ago|since|old)\\b)`, "gi");
/** "for two more years" */
const FOR_MORE_DURATION = new RegExp(`\\bfor\\s+${NUMBER}\\s+more\\s+${UNIT}\\b`, "gi");
/** "twenty years" */
const PLAIN_DURATION = new RegExp(`(?<![\\p{L}\\p{N},.-])(?<n>(?:\\d+|(?:${TENS})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_NUMBERS})${AND_A_HALF}|(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+(?:hundred|thousand))\\s+(?<unit>years|decades|centuries|months|weeks|days)\\b(?!\\s+(?:later|after|afterwards?|earlier|before|ago|since|old|of\\s+age)\\b)`, "giu");
/** "for the next five years", "lasted three days" */
const DURATION_AFTER_PREPOSITION = new RegExp(`\\b(?:(?<prep>for|during|over|within|in)\\s+|(?<=\\b(?:lasted|lasting|took|spent)\\s))(?:(?:the|another)\\s+)?(?:(?:next|following|past|last|first)\\s+)?${NUMBER}\\s+${UNIT}\\b(?!\\s+(?:later|after|earlier|before|ago|since|old)\\b)`, "gi");
/** "a five-year plan", "a ten-day-long siege" */
const ADJECTIVAL_DURATION = new RegExp(`\\b${NUMBER}[\\s-](?<unit>year|month|week|day|decade|century)(?:[\\s-]long\\b|(?=-?\\s*(?:old\\s+)?\\p{Ll}))`, "giu");
/** Compiled once, not per sentence: the century pattern is the longest the engine has. */
const CENTURY = centuryPattern();
const SEASONS: Record<string, string> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" };
const TEMPORAL_PREPOSITION = /(?:^|\b)(?:in|on|of|by|since|until|till|to|from|after|before|during|around|about|circa|c\.|ca\.|year|early|late|mid|and|or|between|then)\s*$/i;
/** Nouns that make a four-digit number a quantity ("1500 soldiers"), not a year. */
const QUANTITY_AFTER = /^\s*(?:%|per\s?cent|km|kilomet|miles?\b|met(?:er|re)s?\b|kg\b|tons?\b|tonnes?\b|people|men\b|women|soldiers|troops|warriors|ships|tanks|aircraft|planes|guns|casualties|dead\b|deaths|prisoners|victims|inhabitants|residents|workers|members|families|households|villages|horses|copies|pages|times\b|years\b|-years?\b)/i;

/** Finds every temporal expression, resolving relative ones ("40 years later") against the text's own dates. */
export function findDates(sentences: Sentence[]): FoundDate[] {
  const found: FoundDate[] = [];
  let anchor: Anchor | null = null;
  let previous: string | null = null;
  const earlier: { sentence: Sentence; dates: { start: number; anchor: Anchor }[] }[] = [];
  const eventDate = (key: EventKey) => {
    for (const [i, { sentence, dates }] of earlier.entries()) {
      const mention = key.find(sentence.text);
      if (mention === null) continue;
      // The date nearest the mention in its sentence; else the first of the next sentence of the paragraph ("… the Treaty of Shimoda. It was signed on February 7, 1855").
      const nearest = [...dates].sort((a, b) => Math.abs(a.start - mention) - Math.abs(b.start - mention))[0];
      if (nearest) return nearest.anchor;
      const next = earlier[i + 1];
      if (next && next.sentence.paragraph === sentence.paragraph && next.dates.length) return next.dates[0].anchor;
    }
    return null;
  };
  for (const sentence of sentences) {
    const candidates = selectCandidates(collectCandidates(sentence.text));
    const dated: { start: number; anchor: Anchor }[] = [];
    const aside = biographicalSpans(sentence.text);
    const isAside = (candidate: Candidate) => aside.some(([start, end]) => candidate.start >= start && candidate.end <= end);
    const sentenceAnchors: Anchor[] = [];
    for (const candidate of candidates) {
      const probe = candidate.resolve({ anchor: null, sentenceAnchors: [], previous: null });
      if (probe?.sets && !isAside(candidate)) sentenceAnchors.push(probe.sets);
    }
    let anchoredHere = false;
    for (const candidate of candidates) {
      const resolved = candidate.resolve({ anchor, sentenceAnchors, previous, eventDate });
      if (!resolved) continue;
      if (resolved.sets && !isAside(candidate)) dated.push({ start: candidate.start, anchor: resolved.sets });
      // A life span or a birth date is an aside about a person: the story's time does not move to it. Nor does a year
      // naming an earlier event in a sentence already dated ("In 2016 Abe went back to the 1956 declaration").
      const backReference = anchoredHere && namesAnEvent(sentence.text, candidate);
      if (!isAside(candidate) && !backReference) {
        if (resolved.sets) anchoredHere = true;
        if (resolved.sets) anchor = resolved.sets;
        if (resolved.kind === "date" && !resolved.value.startsWith("XXXX")) previous = resolved.value;
      }
      const { value, kind } = resolved;
      found.push({
        sentenceIndex: sentence.index,
        start: candidate.start,
        end: candidate.end,
        text: sentence.text.slice(candidate.start, candidate.end),
        value,
        kind,
        ...(resolved.anchor ? { anchor: resolved.anchor } : {}),
      });
    }
    earlier.push({ sentence, dates: dated });
  }
  return found;
}

const EVENT_NOUNS = ["treaty", "declaration", "agreement", "accord", "convention", "protocol", "constitution", "border", "frontier", "war", "revolution", "crisis", "uprising", "peace", "pact", "alliance", "communiqu[eé]", "summit", "act", "law", "reforms?", "line", "status", "plan", "programme", "program", "doctrine", "resolution"];
const EVENT_NOUN = `(?:${EVENT_NOUNS.join("|")})`;
/** Case-sensitive, so that only capitalised words of a name come before the noun ("the 1956 Joint Declaration"), written in either case. */
const YEAR_BEFORE_NOUN = new RegExp(`^\\s+(?:[A-Z][a-z]+\\s+)*(?:${EVENT_NOUNS.map((noun) => `[${noun[0]}${noun[0].toUpperCase()}]${noun.slice(1)}`).join("|")})\\b`);
const NOUN_OF_YEAR = new RegExp(`\\b${EVENT_NOUN}\\s+of\\s+$`, "i");

/** A bare year naming an event: "the 1956 declaration", "the 1956 Joint Declaration", "the treaty of 1855". */
function namesAnEvent(text: string, candidate: Candidate): boolean {
  if (!/^\d{4}$/.test(text.slice(candidate.start, candidate.end))) return false;
  const before = text.slice(Math.max(0, candidate.start - 40), candidate.start);
  return (/\bthe\s+$/i.test(before) && YEAR_BEFORE_NOUN.test(text.slice(candidate.end))) || NOUN_OF_YEAR.test(before);
}

/** A person's life span after the name ("Nehru (1889–1964)", "(born 1952)", "(b. 1794)") and a birth date ("who was born in 1849"). */
const LIFE_SPAN = /\((?<=\p{Lu}[\p{L}.'’-]*\s?\()(?<y1>\d{4})\s*[-–—]\s*(?<y2>\d{4})\)|\((?:born|b\.|died|d\.)\s*(?:in\s+)?\d{4}\)|\bborn\s+(?:(?:in|on)\s+)?(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?,?\s+|[A-Z][a-z]+\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+)?\d{4}\b/gu;

/** The head word of an event's or a state's name, before a bracketed range of years. */
const EVENT_OR_STATE_HEAD = /\b(?:War|Wars|Union|Republic|Empire|Dynasty|Treaty|Revolution|Kingdom|Khanate|Sultanate|Caliphate|Commonwealth|Confederation|Federation|Duchy|Principality|Protectorate|Mandate|Alliance|League|Pact|Period|Era|Age|Reign|Regime|Rule|Occupation|Crisis|Rebellion|Uprising|Campaign|Siege|Blockade|Conference|Congress|Council)\s?$/;

function biographicalSpans(text: string): [number, number][] {
  if (!/\(|born/.test(text)) return [];
  const spans: [number, number][] = [];
  for (const match of text.matchAll(LIFE_SPAN)) {
    const { y1, y2 } = match.groups ?? {};
    // A range after a name is a life when it is as long as one: "the Crimean War (1853–1856)" stays the story's time.
    if (y1 && y2 && (Number(y2) - Number(y1) < 15 || Number(y2) - Number(y1) > 110)) continue;
    // "the Great Northern War (1700–1721)", "the Soviet Union (1922–1991)": the years of an event or a state, not a life.
    if (y1 && y2 && EVENT_OR_STATE_HEAD.test(text.slice(0, match.index))) continue;
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/**
 * Dates and durations of the title line, on their own (a title does not anchor the body, and relative expressions
 * in it are dropped). In a Title Case title the capitals of unit words are typography, not a name: "75 Years Of
 * Friendship" is read as "75 years" (but "The Thirty Years' War" stays a name).
 */
export function findTitleDates(title: Sentence): FoundDate[] {
  const text = isTitleCase(title.text) ? title.text.replace(/\b(?:Years?|Decades?|Centuries|Century|Months?|Weeks?|Days?)\b(?!['’])/g, (word) => word.toLowerCase()) : title.text;
  return findDates([{ ...title, text }]).map((date) => ({ ...date, text: title.text.slice(date.start, date.end) }));
}

/** Longest expressions win; overlapping shorter ones are dropped. */
function selectCandidates(candidates: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const candidate of byLength) {
    if (!chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

type Groups = Record<string, string | undefined>;

function collectCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  // exec on the (global) pattern itself: text.matchAll copies the pattern on every call, and with some 50 patterns
  // per sentence those copies cost a third of findDates. No pattern matches an empty string; the guard only rules out an endless loop.
  const add = (pattern: RegExp, build: (groups: Groups, match: RegExpExecArray) => Candidate | Candidate[] | null) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === "") pattern.lastIndex++;
      const built = build((match.groups ?? {}) as Groups, match);
      if (built) candidates.push(...(Array.isArray(built) ? built : [built]));
    }
  };
  const absolute = (match: RegExpExecArray, date: Anchor | null, value: string | null): Candidate | null =>
    value === null ? null : { ...spanOf(match), resolve: () => ({ value, kind: "date", ...(date ? { sets: date } : {}) }) };

  add(DAY_MONTH_YEAR, (g, m) =>
    fullDate(m, Number(g.year), monthNumber(g.month), Number(g.day), g.era),
  );
  add(MONTH_DAY_YEAR, (g, m) =>
    fullDate(m, Number(g.year), monthNumber(g.month), Number(g.day), g.era),
  );
  // A holiday ("Victory Day is celebrated on 9 May", "every year on May 9th") recurs: its year stays unknown.
  const recurring = RECURRING.test(text) || (HOLIDAY.test(text) && (PRESENT_TENSE.test(text) || PRESENT_MARKER.test(text) || stillPresent(text)));
  // Most sentences name no unit of time and no season: the patterns that need one are skipped on them
  // (the units test has the u flag because some of those patterns do: they read the Kelvin sign as "k").
  const units = /year|decade|centur|month|week|fortnight|day/iu.test(text);
  const seasons = /spring|summer|autumn|fall|winter/i.test(text);
  // "the eighteenth of June 1815", "the first of September": a day written as an ordinal word.
  // The rules added for rarer forms run only when a cheap test finds their key words: they run on every sentence.
  if (/(?:st|nd|rd|th)\s+of\s/i.test(text)) add(DAY_WORD_DATE, (g, m) => {
    const day = DAY_WORDS.indexOf(g.dayWord!.toLowerCase()) + 1;
    if (g.year) return fullDate(m, Number(g.year), monthNumber(g.month), day, g.era);
    const month = monthNumber(g.month);
    return month && monthLooksLikeDate(g.month!) ? { ...spanOf(m), resolve: ({ anchor }) => dayInYear(recurring ? null : anchor, month, day) } : null;
  });
  // The first end of a range written once: "1–2 September 1870", "28 Nov. – 1 Dec. 1943", "February–December 1916" take the month and year written after the second end.
  const dashed = /[-–—]\s*[\d\p{Lu}]/u.test(text);
  if (dashed) add(DAY_RANGE, (g, m) => {
    const [month, day] = [monthNumber(g.m1 ?? g.month), Number(g.d1)];
    const end = m.index + m[0].search(/\s*[-–—]/);
    if (g.year) {
      const first = fullDate(m, Number(g.year), month, day, g.era);
      return first && { ...first, end };
    }
    // "the night of 24–25 October": the year comes from the context, as for the second day.
    if (!month || day < 1 || day > 31 || !monthLooksLikeDate(g.m1 ?? g.month!)) return null;
    return { start: m.index, end, resolve: ({ anchor }) => dayInYear(recurring ? null : anchor, month, day) };
  });
  if (dashed) add(MONTH_RANGE, (g, m) => {
    const [month, year] = [monthNumber(g.m1), yearNumber(g.year!, g.era)];
    if (!month || year === null || !monthLooksLikeDate(g.m1!)) return null;
    return { start: m.index, end: m.index + g.m1!.length, resolve: () => ({ value: `${formatYear(year)}-${pad(month)}`, kind: "date" }) };
  });
  // With a year it is a date; without one only after "on" ("on Christmas Day"), not in names ("the Christmas truce").
  if (/Christmas|New\s+Year|Day\b|Halloween/.test(text)) add(HOLIDAY_DATE, (g, m) => {
    const holiday = HOLIDAY_NAMES.find(({ pattern }) => pattern.test(g.holiday!));
    if (!holiday) return null;
    const { month, day } = holiday;
    if (g.year ?? g.year2) return fullDate(m, Number(g.year ?? g.year2), month, day, g.era ?? g.era2);
    if (!/\b(?:on|On)\s+$/.test(text.slice(0, m.index))) return null;
    return { ...spanOf(m), resolve: ({ anchor }) => dayInYear(recurring ? null : anchor, month, day) };
  });
  if (/\b(?:from|between)\s/i.test(text)) add(FROM_MONTH_RANGE, (g, m) => {
    const [month, year] = [monthNumber(g.m1), yearNumber(g.year!, g.era)];
    const day = g.d1 ? Number(g.d1) : null;
    if (!month || year === null || !monthLooksLikeDate(g.m1!) || (day !== null && (day < 1 || day > 31))) return null;
    const end = m.index + m[0].search(/\s+(?:to|till|until|through|and)\s/);
    const value = `${formatYear(year)}-${pad(month)}${day === null ? "" : `-${pad(day)}`}`;
    return { start: m.index + g.from!.length, end, resolve: () => ({ value, kind: "date", sets: day === null ? { year, month } : { year, month, day } }) };
  });
  // The second day of "February 8–9, 1904" and "February 8 and 9", the first of "8 and 9 February 1904": the month (and year) written once.
  const paired = dashed || /\band\s+(?:the\s+)?\d/.test(text);
  if (paired) add(DAY_PAIR_AFTER_MONTH, (g, m) => {
    const [month, first, second] = [monthNumber(g.month), Number(g.d1), Number(g.d2)];
    if (!month || !monthLooksLikeDate(g.month!) || second <= first || second > 31) return null;
    const secondAt = m.index + m[0].indexOf(g.d2!, m[0].indexOf(g.d1!) + g.d1!.length);
    const end = m.index + m[0].length;
    const year = g.year ? yearNumber(g.year, g.era) : null;
    const firstEnd = m.index + m[0].indexOf(g.d1!) + g.d1!.length;
    const day = (start: number, stop: number, value: number): Candidate => ({
      start, end: stop,
      resolve: ({ anchor }) => (year !== null ? { value: `${formatYear(year)}-${pad(month)}-${pad(value)}`, kind: "date", sets: { year, month, day: value } } : dayInYear(recurring ? null : anchor, month, value)),
    });
    return [day(m.index, firstEnd, first), day(secondAt, end, second)];
  });
  if (paired) add(DAY_PAIR_BEFORE_MONTH, (g, m) => {
    const [month, first, second] = [monthNumber(g.month), Number(g.d1), Number(g.d2)];
    if (!month || !monthLooksLikeDate(g.month!) || second <= first || second > 31) return null;
    const year = g.year ? yearNumber(g.year, g.era) : null;
    return {
      start: m.index,
      // "6th and 9th of August 1945": the first day with its ordinal, so that no reading of "the 6th" alone outlasts it.
      end: m.index + /^[0-3]?\d(?:-?(?:st|nd|rd|th))?/.exec(m[0])![0].length,
      resolve: ({ anchor }) => (year !== null ? { value: `${formatYear(year)}-${pad(month)}-${pad(first)}`, kind: "date" } : dayInYear(recurring ? null : anchor, month, first)),
    };
  });
  // "On the 25th they met": a day alone, in the month of the text's previous date (only when that date has a month).
  if (/\bthe\s+[1-3]?\d-?(?:st|nd|rd|th)\b/.test(text)) add(/(?<=\b(?:on|On|by|By|until|till|from|to)\s+the\s)(?<day>[1-3]?\d)-?(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s+(?:the|they|he|she|it|we|a|an|his|her|its|their|and|but|when|both|all|was|were|had)\b)/g, (g, m) => {
    const day = Number(g.day);
    if (day < 1 || day > 31) return null;
    return { ...spanOf(m), resolve: ({ anchor }) => (anchor?.month ? dayInYear(anchor, anchor.month, day) : null) };
  });
  const dayWithoutYear = (g: Groups, m: RegExpExecArray): Candidate | null => {
    const month = monthNumber(g.month);
    const day = Number(g.day);
    if (!month || day < 1 || day > 31 || !monthLooksLikeDate(g.month!)) return null;
    return { ...spanOf(m), resolve: ({ anchor }) => dayInYear(recurring ? null : anchor, month, day) };
  };
  add(DAY_MONTH, dayWithoutYear);
  add(MONTH_DAY, dayWithoutYear);
  // Numeric dates are day first ("22.06.1965"), unless only the month-first reading is a date ("06/22/1941").
  add(/\b(?<first>[0-3]?\d)[./](?<second>[0-3]?\d)[./](?<year>\d{4})\b|\b(?<isoYear>\d{4})-(?<isoMonth>[01]\d)-(?<isoDay>[0-3]\d)\b/g, (g, m) => {
    if (g.isoYear) return fullDate(m, Number(g.isoYear), Number(g.isoMonth), Number(g.isoDay));
    const [first, second] = [Number(g.first), Number(g.second)];
    return second > 12 && first <= 12 ? fullDate(m, Number(g.year), first, second) : fullDate(m, Number(g.year), second || null, first);
  });
  // "on 4.11": a numeric day and month without a year (Russian style), only after "on", where no decimal number stands.
  add(/(?<=\bon\s)(?<day>[0-3]?\d)\.(?<month>[01]\d)\b(?![.,]?\d|\s*(?:%|per\s?cent))/g, (g, m) => {
    const [day, month] = [Number(g.day), Number(g.month)];
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    return { ...spanOf(m), resolve: ({ anchor }) => dayInYear(recurring ? null : anchor, month, day) };
  });
  add(MONTH_YEAR, (g, m) => {
    const year = yearNumber(g.year!, g.era);
    const month = monthNumber(g.month);
    return month && year !== null ? absolute(m, { year, month }, `${formatYear(year)}-${pad(month)}`) : null;
  });
  add(MONTH_OF_RELATIVE_YEAR, (g, m) => {
    const month = monthNumber(g.month);
    if (!month) return null;
    const shift = relativeYearShift(g.rel!);
    return { ...spanOf(m), resolve: ({ anchor }) => monthOfRelativeYear(anchor, month, shift) };
  });
  add(MONTH_AFTER_PREPOSITION, (g, m) => {
    const month = monthNumber(g.month);
    // A month with a day or year after it is read whole by the patterns above ("the end of August 1994").
    if (!month || !/^\p{Lu}/u.test(g.month!) || /^,?\s+(?:of\s+)?\d/.test(text.slice(m.index + m[0].length))) return null;
    // The part of the month belongs to the expression, as "end of 1945" does: "the end of February", "early November", "mid-May".
    const part = /(?:\b(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+|\b(?:early|late)\s+|\bmid-?)$/i.exec(text.slice(0, m.index));
    const start = part ? part.index : m.index;
    // It sets the month for what follows ("in early November …, four months later").
    return {
      start,
      end: m.index + m[0].length,
      resolve: ({ anchor }) => {
        if (!anchor) return { value: `XXXX-${pad(month)}`, kind: "date" };
        const year = yearOfMonth(anchor, month);
        return { value: `${formatYear(year)}-${pad(month)}`, kind: "date", anchor: formatYear(anchor.year), sets: { year, month } };
      },
    };
  });
  // "the winter of 1941–42" is one season (the winter that starts in 1941), not two years.
  if (seasons) add(SEASON_YEAR, (g, m) => {
    const year = yearNumber(g.year!, g.era);
    const season = SEASONS[g.season!.toLowerCase()];
    const acrossTwoYears = season === "WI" && /\d\s*[-–—/]\s*\d+$/.test(m[0]);
    return year === null ? null : absolute(m, acrossTwoYears ? { year, winterSpan: true } : { year }, `${formatYear(year)}-${season}`);
  });
  add(CENTURY, (g, m) => centuryCandidates(g, m));
  add(/\b(?:the\s+)?(?:(?<mod>early|late|mid)[\s-]+)?(?<decade>\d{2,3}0)(?:['’]?-?s|-?ies)\b/gi, (g, m) => {
    const digits = g.decade!;
    // "the 1800s" is the century; "the 2000s" is the first decade of this one.
    if (digits.length === 4 && digits.endsWith("00") && digits !== "2000") return absolute(m, null, digits.slice(0, 2));
    return digits.length >= 3 ? absolute(m, null, digits.length === 4 ? digits.slice(0, 3) : digits.slice(0, 2)) : null;
  });
  // "the 30s of the XX century", "the thirties of the 19th century": a decade of the century named after it.
  add(DECADE_IN_CENTURY, (g, m) => {
    const century = centuryNumber(g.c!);
    const digit = g.short?.[0] ?? DECADE_WORDS[g.word!.toLowerCase()];
    return century && century <= 21 ? absolute(m, null, `${pad(century - 1)}${digit}`) : null;
  });
  if (/\bdecade\s+of\s/i.test(text)) add(DECADE_OF_CENTURY, (g, m) => {
    const century = centuryNumber(g.c!);
    const which = g.which!.toLowerCase();
    const digit = which === "last" ? 9 : /^\d/.test(which) ? parseInt(which, 10) - 1 : ORDINAL_WORDS.indexOf(which);
    return century && century <= 21 && digit >= 0 ? absolute(m, null, `${pad(century - 1)}${digit}`) : null;
  });
  // "a year and a half later" is a relative date; "for a year and a half" a duration of 18 months.
  if (/\band\s+a\s+half\b/i.test(text)) add(UNIT_AND_A_HALF, (g, m) => {
    const n = `${/^an?$/i.test(g.n!) ? "one" : g.n} and a half`;
    if (g.dir && !g.prep && !g.approx) return relativeShift(m, { ...g, n });
    return g.dir ? null : duration(m, { ...g, n });
  });
  // "in '45", "the summer of '41", "May '45": a year written with two digits, in the century of the context.
  add(/(?<![\p{L}\p{N}'’])['’](?<yy>\d{2})(?![\p{N}'’]|s\b)/gu, (g, m) => {
    const before = /\b(?:(?<word>in|of|by|since|until|from|to|and|or)|(?<month>January|February|March|April|May|June|July|August|September|October|November|December))\s+$/i.exec(text.slice(0, m.index));
    if (!before) return null;
    const month = monthNumber(before.groups!.month);
    return {
      start: month ? before.index : m.index,
      end: m.index + m[0].length,
      resolve: ({ anchor }) => {
        const year = shortYear(Number(g.yy), anchor);
        return { value: month ? `${formatYear(year)}-${pad(month)}` : formatYear(year), kind: "date", sets: month ? { year, month } : { year } };
      },
    };
  });
  if (seasons) add(/\b(?:the\s+)?(?<season>spring|summer|autumn|fall|winter)\s+of\s+['’](?<yy>\d{2})(?![\d'’]|s\b)/gi, (g, m) => ({
    ...spanOf(m),
    resolve: ({ anchor }) => {
      const year = shortYear(Number(g.yy), anchor);
      return { value: `${formatYear(year)}-${SEASONS[g.season!.toLowerCase()]}`, kind: "date", sets: { year } };
    },
  }));
  // "the summer and autumn of 1941": the first season of a pair shares the year written after the second.
  if (seasons) add(/\b(?<head>(?:the\s+)?(?<first>spring|summer|autumn|fall|winter))\s+and\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+(?<year>\d{4})\b/gi, (g, m) => {
    const year = Number(g.year);
    return { start: m.index, end: m.index + g.head!.length, resolve: () => ({ value: `${formatYear(year)}-${SEASONS[g.first!.toLowerCase()]}`, kind: "date" }) };
  });
  // The Russian-style "в 90-е годы": "in 90-th years", "the 1960-th years", "the 90th years of the XX century", "in the 1960-th".
  if (/\dth\b|\d-th\b/.test(text)) add(ORDINAL_DECADE, (g, m) => {
    const digits = g.decade!;
    // Without "years" only a hyphenated four-digit year is a decade ("the 1960-th"; "the 1000th ship" is a count).
    if (!g.years && !g.c && (digits.length !== 4 || !/-th/.test(m[0]))) return null;
    const century = g.c ? centuryNumber(g.c) : null;
    if (g.c && (!century || century > 21 || digits.length !== 2)) return null;
    if (digits.length === 4) return Number(digits) >= 1000 && Number(digits) <= 2090 ? absolute(m, null, digits.slice(0, 3)) : null;
    if (digits.length === 3) return null;
    return absolute(m, null, `${century ? pad(century - 1) : "19"}${digits[0]}`);
  });
  // "the 90s", "the '60s", "the nineties": decades of the 20th century.
  add(/\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:['’](?<short>\d0)s\b|(?<=\b(?:the|in|In|since|until|by|during)\s+(?:(?:early|late|mid)[\s-]+)?)(?<short2>\d0)['’]?-?s\b(?!\s*[-–]\s*\d)(?!\s+of\s+(?:the\s+)?\S+\s+century)|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)/gi, (g, m) => {
    const digit = g.short?.[0] ?? g.short2?.[0] ?? DECADE_WORDS[g.word!.toLowerCase()];
    return digit ? absolute(m, null, `19${digit}`) : null;
  });
  // "the 60-70s", "the 60-70s of the XX century": two short decades, of the century named after them or the 20th.
  if (dashed) add(SHORT_DECADE_PAIR, (g, m) => {
    const century = g.c ? centuryNumber(g.c) : 20;
    if (!century || century > 21) return null;
    const secondAt = m.index + m[0].indexOf(g.d2!, g.d1!.length);
    return [
      { start: m.index, end: m.index + m[0].indexOf(g.d1!) + g.d1!.length, resolve: () => ({ value: `${pad(century - 1)}${g.d1![0]}`, kind: "date" as const }) },
      { start: secondAt, end: m.index + m[0].length, resolve: () => ({ value: `${pad(century - 1)}${g.d2![0]}`, kind: "date" as const }) },
    ];
  });
  // The second decade of a pair: "the 1950s–60s", "the 1850s and '60s" (same century as the first).
  add(/\b(?<century>\d{2})\d0['’]?s\s*(?:[-–]|\s(?:and|to|or|through)\s)\s*(?:the\s+)?(?<second>['’]?(?<short>\d0)['’]?s)\b/g, (g, m) => {
    const start = m.index + m[0].length - g.second!.length;
    return { start, end: m.index + m[0].length, resolve: () => ({ value: `${g.century}${g.short![0]}`, kind: "date" }) };
  });
  // A season whose year is known from the context: "In 1905 … In the spring the army moved."
  if (seasons) add(/(?<=\b(?:in|In|during|During|by|By)\s)(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?<season>spring|summer|autumn|fall|winter)\b(?!\s+of\s+(?!that\b|the\s+(?:same|following|next|previous|preceding)\s+year))(?!\s+(?:of\s+)?\d)(?!\s+of\b)(?!\s+and\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+\d)/g, (g, m) => ({
    ...spanOf(m),
    resolve: ({ anchor }) => (anchor ? { value: `${formatYear(anchor.year)}-${SEASONS[g.season!.toLowerCase()]}`, kind: "date", anchor: formatYear(anchor.year) } : null),
  }));
  // "that autumn", "the following spring", "the previous winter": a season of the anchor's year, or of the next/previous one.
  if (seasons) add(/\b(?:that|the\s+(?<which>same|following|next|previous|preceding))\s+(?<season>spring|summer|autumn|fall|winter)\b(?!\s+of\s+(?!that\b|the\s+(?:same|following|next|previous|preceding)\s+year))(?!\s+(?:of\s+)?\d)/gi, (g, m) => ({
    ...spanOf(m),
    resolve: ({ anchor }) => seasonOfRelativeYear(anchor, g.which, g.season!),
  }));
  // "the autumn of the same year", "the spring of the next year": a season of a relative year.
  if (seasons) add(/\b(?:the\s+)?(?<season>spring|summer|autumn|fall|winter)\s+of\s+(?:that(?:\s+same)?|the\s+(?<which>same|following|next|previous|preceding))\s+year\b/gi, (g, m) => ({
    ...spanOf(m),
    resolve: ({ anchor }) => seasonOfRelativeYear(anchor, g.which, g.season!),
  }));
  // "by the end of the decade", "at the turn of the century", "the end of the year": the period of the text's previous date.
  if (units) add(/\b(?:the\s+)?(?:beginning|start|end|middle|turn|close|first\s+half|second\s+half)\s+of\s+(?:the|that)\s+(?<unit>year|decade|century)\b(?!\s*\d)/gi, (g, m) => ({
    ...spanOf(m),
    resolve: ({ previous }) => {
      const value = previous ? periodOf(previous, g.unit!.toLowerCase() as "year" | "decade" | "century") : null;
      return value ? { value, kind: "date", anchor: previous! } : null;
    },
  }));
  // "that same decade", "the same century": the decade or century of the text's previous date.
  if (units) add(/\b(?:that(?:\s+same)?|the\s+same)\s+(?<unit>decade|century)\b(?!\s*\d)/gi, (g, m) => ({
    ...spanOf(m),
    resolve: ({ previous }) => {
      const value = previous ? periodOf(previous, g.unit!.toLowerCase() as "decade" | "century") : null;
      return value ? { value, kind: "date", anchor: previous! } : null;
    },
  }));
  // Two decades written as a range of years: "the 1920-1930s" (the 1920s and the 1930s).
  // "the 1870-80s": the second decade is in the century of the first.
  add(/\b(?<first>\d{3}0)\s*[-–—]\s*(?<second>\d{3}0|\d0)['’]?-?s\b/g, (g, m) => {
    const secondAt = m.index + m[0].lastIndexOf(g.second!);
    const second = g.second!.length === 2 ? `${g.first!.slice(0, 2)}${g.second![0]}` : g.second!.slice(0, 3);
    return [
      { start: m.index, end: m.index + g.first!.length, resolve: () => ({ value: g.first!.slice(0, 3), kind: "date" as const }) },
      { start: secondAt, end: m.index + m[0].length, resolve: () => ({ value: second, kind: "date" as const }) },
    ];
  });
  // A range of years; "years" after it is the Russian-style "in 1941-1945 years" only after a temporal preposition.
  add(/\b(?<y1>\d{4})\s*[-–—]\s*(?<y2>\d{2}|\d{4})\b(?!\s*(?:%|years?))/g, (g, m) => yearRange(m, g.y1!, g.y2!));
  // "1939/40", "1941/1942": a slash joins two consecutive years (a winter, a school or fiscal year); other slashes are not ranges.
  add(/\b(?<y1>\d{4})\/(?<y2>\d{2}|\d{4})\b(?![/.]\d)/g, (g, m) => {
    const [first, second] = [Number(g.y1), Number(g.y2)];
    return (g.y2!.length === 2 ? (first + 1) % 100 === second : second === first + 1) ? yearRange(m, g.y1!, g.y2!) : null;
  });
  // "58–50 BC": the era written after the second year is the era of both; years before Christ count down.
  if (/\bB\.?C/.test(text)) add(/\b(?<y1>\d{1,4})\s*[-–—]\s*(?<y2>\d{1,4})\s*(?<era>BCE|BC|B\.C\.)/g, (g, m) => {
    const [from, to] = [Number(g.y1), Number(g.y2)];
    if (!from || !to || to >= from) return null;
    const secondStart = m.index + m[0].lastIndexOf(g.y2!, m[0].length - g.era!.length);
    return [
      { start: m.index, end: m.index + g.y1!.length, resolve: () => ({ value: formatYear(-from), kind: "date", sets: { year: -from } }) },
      { start: secondStart, end: m.index + m[0].length, resolve: () => ({ value: formatYear(-to), kind: "date", sets: { year: -to } }) },
    ];
  });
  if (units) add(/(?<=\b(?:in|In|during|During|of|from|From|between|Between)\s+(?:the\s+)?)(?<y1>\d{4})\s*[-–—]\s*(?<y2>\d{2}|\d{4})\b(?=\s*years\b)/g, (g, m) => yearRange(m, g.y1!, g.y2!));
  add(BARE_YEAR, (g, m) => bareYear(text, m, g));
  if (units) add(RELATIVE_SHIFT, (g, m) => relativeShift(m, g, text));
  if (units) add(AFTER_DURATION, (g, m) =>
    g.of ? duration({ ...m, index: m.index + 6, 0: m[0].slice(6, -3) } as RegExpExecArray, g) : relativeShift(m, { ...g, dir: "later" }),
  );
  if (units) add(/\b(?:for|during|over)\s+(?:(?:many|several|some)\s+)?(?<unit>years|decades|centuries|months|weeks|days)\b/gi, (g, m) => duration(m, { n: "X", unit: g.unit }));
  add(/\bfor\s+a\s+long\s+time\b/gi, (_, m) => duration(m, { n: "X", unit: "years" }));
  if (units) add(APPROXIMATE_DURATION, (g, m) => duration(m, g));
  if (units) add(FOR_MORE_DURATION, (g, m) => duration(m, g));
  // Anaphoric "at that time", "in those years", "during this period", "in these years": the previous date of the text,
  // at most to the year ("these days" is the present, below).
  add(/(?<=\b(?:at|during|in|by|since|until|from|of)\s)(?:(?:that|those)\s+(?:time|times|years|days|period)|(?:this|these)\s+(?:time|times|years|period))\b/gi, (_, m) => ({
    ...spanOf(m),
    resolve: ({ previous }) => (previous ? { value: reduceToYear(previous), kind: "date", anchor: previous } : null),
  }));
  // "now": the present in a present-tense sentence, the narrative time in a past-tense one.
  add(/\bnow\b(?!\s+(?:that|and\s+(?:then|again))\b)/gi, (_, m) => {
    const narrative = !PRESENT_TENSE.test(text) && PAST_TENSE.test(text);
    return {
      ...spanOf(m),
      resolve: ({ anchor }) => (narrative && anchor ? { value: formatYear(anchor.year), kind: "date", anchor: formatAnchor(anchor) } : { value: "XXXX", kind: "date" }),
    };
  });
  // A bare counted duration ("three centuries of neighbourhood", "20 years"); "a year" and "several years" need "for".
  if (units) add(PLAIN_DURATION, (g, m) =>
    /^\d{3,4}$/.test(g.n!) && Number(g.n) > 300 ? null : duration(m, g),
  );
  // "a century of rivalry", "a decade of reforms": one counted unit before "of".
  if (units) add(/(?<![\p{L}\p{N}-])(?<n>a|one)\s+(?<unit>century|decade)(?=\s+of\s)/giu, (g, m) => duration(m, g));
  // "half a century of wars", "a quarter of a century": a fraction of a unit is a counted duration too.
  if (units) add(/(?<![\p{L}\p{N}-])(?<n>half\s+an?|a\s+quarter\s+of\s+an?)\s+(?<unit>century|decade|year)\b(?!\s+(?:later|after|afterwards?|earlier|before|ago|since|old|of\s+age)\b)/giu, (g, m) => duration(m, g));
  // "This spring", "this year": like "now", the present unless a past-tense sentence tells of the narrative's year.
  add(/\bthis\s+(?:(?<season>spring|summer|autumn|winter)|year)\b(?!\s+(?:of\b|\d))/gi, (g, m) => {
    const narrative = !PRESENT_TENSE.test(text) && PAST_TENSE_WIDE.test(text);
    const season = g.season ? `-${SEASONS[g.season.toLowerCase()]}` : "";
    return {
      ...spanOf(m),
      resolve: ({ anchor }) => (narrative && anchor ? { value: formatYear(anchor.year) + season, kind: "date", anchor: formatAnchor(anchor) } : { value: `XXXX${season}`, kind: "date" }),
    };
  });
  // "next spring", "next year" without an article tell of the narrative's next year; in a present or future sentence they are left out.
  add(/\bnext\s+(?:(?<season>spring|summer|autumn|winter)|year)\b(?!\s+(?:of\b|\d))/gi, (g, m) => ({
    ...spanOf(m),
    resolve: ({ anchor }) => {
      if (!anchor || PRESENT_TENSE.test(text) || /\bwill\b/i.test(text)) return null;
      return g.season ? seasonOfRelativeYear(anchor, "next", g.season) : shiftDate(anchor, 1, "year");
    },
  }));
  // "these days", "at present": like "now", the present unless a past-tense sentence tells of the narrative's time.
  add(/\bthese\s+days\b|\bcurrently\b|(?<=\bat\s)(?:the\s+)?present(?:\s+time)?\b(?![\s-]+day)/gi, (_, m) => {
    const narrative = !PRESENT_TENSE.test(text) && PAST_TENSE.test(text);
    return {
      ...spanOf(m),
      resolve: ({ anchor }) => (narrative && anchor ? { value: formatYear(anchor.year), kind: "date", anchor: formatAnchor(anchor) } : { value: "XXXX", kind: "date" }),
    };
  });
  // "Yesterday, December 7th, 1941": a deictic word with a date in apposition is that date (in a quoted speech, say).
  if (/\b(?:yesterday|today|tomorrow),/i.test(text)) add(DEICTIC_WITH_DATE, (g, m) => {
    const date = DEICTIC_DATE_FORMS.map((pattern) => pattern.exec(g.date!)).find(Boolean)?.groups;
    const [month, year, day] = [monthNumber(date?.month), date?.year ? yearNumber(date.year, date.era) : null, Number(date?.day)];
    if (!month || year === null || day < 1 || day > 31) return null;
    return { ...spanOf(m), resolve: () => ({ value: `${formatYear(year)}-${pad(month)}-${pad(day)}`, kind: "date" }) };
  });
  // "today", "nowadays", and the Russian-style "in our days" / "in our time" ("в наши дни").
  add(/\b(?:today|nowadays)\b|(?<=\bin\s)our\s+(?:days|time)\b/gi, (_, m) => ({ start: m.index, end: m.index + m[0].length, resolve: () => ({ value: "XXXX", kind: "date" }) }));
  if (units) add(/\b(?:(?:later\s+)?that(?:\s+same)?|the\s+(?<which>same|following|next|previous|preceding))\s+(?<unit>year|month|day)\b/gi, (g, m) =>
    sameOrNextUnit(m, g),
  );
  // "the following January", "that December", "the previous May": a month named relative to the anchor.
  if (/\b(?:that|same|following|next|previous|preceding)\s+\p{Lu}/iu.test(text)) add(RELATIVE_MONTH, (g, m) => {
    const month = monthNumber(g.month);
    if (!month || !/^\p{Lu}/u.test(g.month!)) return null;
    const which = (g.which ?? (g.bare ? "next" : "same")).toLowerCase();
    return {
      ...spanOf(m),
      resolve: ({ anchor }) => {
        if (!anchor) return null;
        const after = anchor.month ?? 12;
        const before = anchor.month ?? 1;
        const year = /following|next/.test(which) ? (month <= after ? anchor.year + 1 : anchor.year) : /previous|preceding/.test(which) ? (month >= before ? anchor.year - 1 : anchor.year) : yearOfMonth(anchor, month);
        return { value: `${formatYear(year)}-${pad(month)}`, kind: "date", anchor: formatAnchor(anchor), sets: { year, month } };
      },
    };
  });
  // "that night", "the next morning": a part of the anchor's day, or of the day after (only after a date known to the day).
  if (/night|evening|morning|afternoon/i.test(text)) add(/\b(?:(?:that|the\s+same)|the\s+(?<next>next|following))\s+(?:night|evening|morning|afternoon)\b/gi, (g, m) => ({
    ...spanOf(m),
    resolve: ({ anchor }) => (anchor?.day ? shiftDate(anchor, g.next ? 1 : 0, "days") : null),
  }));
  // "in two years' time": a relative date, like "two years later".
  if (units && /['’]?\s+time\b/.test(text)) add(IN_UNITS_TIME, (g, m) => relativeShift(m, { ...g, dir: "later" }));
  // "the year after", "India the day after.": relative to the previous date when no event follows ("the year after the war" is anchored to the war).
  if (units) add(/\bthe\s+(?<unit>year|month|week|day)\s+(?<dir>after|before)(?=\s*(?:[,.;:!?)]|$|that\b))/gi, (g, m) => ({
    ...spanOf(m),
    resolve: ({ anchor }) => (anchor ? shiftDate(anchor, /after/i.test(g.dir!) ? 1 : -1, g.unit!) : null),
  }));
  // "the next century", "the following decade": the anchor's decade or century, shifted.
  if (units) add(/\bthe\s+(?<which>following|next|previous|preceding)\s+(?<unit>decade|century)\b/gi, (g, m) => ({
    start: m.index,
    end: m.index + m[0].length,
    resolve: ({ anchor }) => {
      if (!anchor || anchor.year < 0) return null;
      const shift = /following|next/i.test(g.which!) ? 1 : -1;
      const century = /century/i.test(g.unit!);
      const value = String(Math.floor(anchor.year / (century ? 100 : 10)) + shift).padStart(century ? 2 : 3, "0");
      return { value, kind: "date", anchor: formatAnchor(anchor) };
    },
  }));
  // "in a few weeks the army took Manchuria" is a length of time like "within", written without its "in" (a date
  // preposition, unlike "for"); "in 1618 year" is the Russian-style year.
  if (units) add(DURATION_AFTER_PREPOSITION, (g, m) => {
    if (g.prep?.toLowerCase() !== "in") return duration(m, g);
    // "born in a year of famine", "in many years of exile": a noun phrase, not a length of time.
    if (/^\d{3,}/.test(g.n!) || /^(?:an?|many)$/i.test(g.n!) || /^\s+of\b/.test(text.slice(m.index + m[0].length))) return null;
    const found = duration(m, g);
    return found && { ...found, start: m.index + m[0].search(/\s/) + 1 };
  });
  if (units) add(ADJECTIVAL_DURATION, (g, m) =>
    /[\\s-]long$/i.test(m[0]) || /-/.test(m[0]) ? duration(m, g) : null,
  );
  return candidates;
}

/** What may precede a three-digit year: a temporal preposition ("in 843"), or "c."/"b." ("b. c. 742"). */
const THREE_DIGIT_YEAR_BEFORE = /(?:(?:^|\b)(?:in|by|of|since|until|from|around|circa|year)|\b[bc]\.)\s*$/i;
/** The end of a range whose start is a year: "from 111 BC to 938". */
const RANGE_END_BEFORE = /\bfrom\s+\d{1,4}(?:\s*(?:BCE|BC|B\.C\.|AD|A\.D\.|CE))?\s+(?:to|until|till)\s*$/i;
/** What may follow a three-digit year ("in 843 divided", "in 988, Vladimir"); a noun would make it a quantity ("in 300 ships"). */
const THREE_DIGIT_YEAR_AFTER = /^(?:\s*$|\s*[,.;:)]|\s+[A-Z]|\s+(?:\p{Ll}{2,}ed|the|a|an|his|her|its|their|and|but|when|he|she|it|they)\b)/u;

/** A date that comes back every year. */
const RECURRING = /\b(?:every|each)\s+year\b|\bannually\b|\byearly\b/i;
const HOLIDAY = /\b(?:celebrat\w*|commemorat\w*|holiday|observed)\b/i;
const PRESENT_TENSE = /\b(?:is|are|am|has|have|does|do|remains|remain|becomes)\b/i;
/** Words that put a holiday sentence in the present although its verb is misspelt or not in PRESENT_TENSE: "Mongolians still celebrait", "Today Japan celebrates". */
const PRESENT_MARKER = /\b(?:today|nowadays|to\s+this\s+day|celebrates|commemorates|marks)\b/i;
/**
 * "still" is common in past narrative ("Still in Berlin, they celebrated"): it marks the present only before a verb
 * that is not past ("still celebrate", "still celebrait"), with no past verb in the rest of its clause.
 */
const STILL_PRESENT = /\bstill\s+(?!(?:in|on|at|to|by|for|from|with|without|under|after|before|the|a|an|his|her|its|their|there|here|not|no|more|less|very|only|alive|young|strong|weak|free|open|unknown|unclear)\b)\p{Ll}+\b(?<!ed|ing)(?<rest>[^,;.!?]*)/iu;
const PAST_TENSE = /\b(?:was|were|had|did|\p{Ll}{3,}ed)\b/iu;
/**
 * PAST_TENSE with the irregular (and short regular) past forms history texts use most, for "this year" only: "In this
 * year he died" is the Russian-style narrative "в этом году". "Now" and "these days" keep the narrower test: a sentence
 * that names the present with them often tells of the past too ("These days they guard the border they built").
 */
const PAST_TENSE_WIDE = /\b(?:was|were|had|did|\p{Ll}{3,}ed|died|came|went|began|took|gave|made|fell|won|lost|broke|became|met|sent|fought|led|held|saw|built|brought|rose|spoke|wrote|sold|bought|paid|chose|stood|told|grew|knew|drew|struck|overthrew|withdrew|fled|sank|ran|found|sought|caught)\b/iu;

function stillPresent(text: string): boolean {
  const still = STILL_PRESENT.exec(text);
  return Boolean(still && !PAST_TENSE_WIDE.test(still.groups!.rest));
}

/** "'45" → the year ending in 45 nearest to the context's year (1945 after 1939, 2005 after 1999); the 1900s without context. */
function shortYear(yy: number, anchor: Anchor | null): number {
  if (!anchor) return 1900 + yy;
  const century = Math.floor(anchor.year / 100) * 100;
  return [century - 100, century, century + 100].map((base) => base + yy).sort((a, b) => Math.abs(a - anchor.year) - Math.abs(b - anchor.year))[0];
}

/** "1950-01-30" → "1950": "at that time" names the year, not the day. */
function reduceToYear(value: string): string {
  return value.replace(/^(BC)?(\d{4})-.*$/, "$1$2");
}

/** "that autumn", "the following spring": the season in the anchor's year, or the next or previous one. */
function seasonOfRelativeYear(anchor: Anchor | null, which: string | undefined, season: string) {
  if (!anchor) return null;
  const year = anchor.year + (/following|next/i.test(which ?? "") ? 1 : /previous|preceding/i.test(which ?? "") ? -1 : 0);
  return { value: `${formatYear(year)}-${SEASONS[season.toLowerCase()]}`, kind: "date" as const, anchor: formatAnchor(anchor), sets: { year } };
}

/** The year, decade or century a TIMEX3 value lies in ("1961-04" → decade "196"); null when it is coarser than asked. */
function periodOf(value: string, unit: "year" | "decade" | "century"): string | null {
  if (value.startsWith("BC")) return null;
  const digits = /^\d+/.exec(value)?.[0] ?? "";
  const length = unit === "year" ? 4 : unit === "decade" ? 3 : 2;
  return digits.length >= length ? digits.slice(0, length) : null;
}

function fullDate(match: RegExpExecArray, rawYear: number, month: number | null, day: number, era?: string): Candidate | null {
  const year = yearNumber(String(rawYear), era);
  if (year === null || !month || month > 12 || day < 1 || day > 31) return null;
  const value = `${formatYear(year)}-${pad(month)}-${pad(day)}`;
  return { start: match.index, end: match.index + match[0].length, resolve: () => ({ value, kind: "date", sets: { year, month, day } }) };
}

/** "May" and "March" are also a verb: accept them only capitalised. */
function monthLooksLikeDate(month: string): boolean {
  return !/^(may|march)$/i.test(month) || /^\p{Lu}/u.test(month);
}

function dayInYear(anchor: Anchor | null, month: number, day: number) {
  if (!anchor) return { value: `XXXX-${pad(month)}-${pad(day)}`, kind: "date" as const };
  const year = yearOfMonth(anchor, month);
  return { value: `${formatYear(year)}-${pad(month)}-${pad(day)}`, kind: "date" as const, anchor: formatYear(anchor.year), sets: { year, month, day } };
}

/**
 * The year of a month written without one: the anchor's; after "the winter of 1990/91" the second year, for the
 * winter's January to March and for the months told after it ("In May …"), but its December is in the first year.
 */
function yearOfMonth(anchor: Anchor, month: number): number {
  return anchor.winterSpan && month < 12 ? anchor.year + 1 : anchor.year;
}

function relativeYearShift(phrase: string): number | null {
  if (/present|this|current/i.test(phrase)) return null;
  if (/next|following/i.test(phrase)) return 1;
  if (/previous|last/i.test(phrase)) return -1;
  return 0;
}

/** "June of present year": the document's own date is unknown, so the year stays XXXX. */
function monthOfRelativeYear(anchor: Anchor | null, month: number, shift: number | null) {
  if (shift === null || !anchor) return { value: `XXXX-${pad(month)}`, kind: "date" as const };
  const year = anchor.year + shift;
  return { value: `${formatYear(year)}-${pad(month)}`, kind: "date" as const, anchor: formatYear(anchor.year), sets: { year, month } };
}

function centuryPattern(): RegExp {
  const modifier = "(?:(?:the\\s+)?(?<mod>early|late|middle|mid|beginning|end|start|turn|first\\s+half|second\\s+half|first\\s+quarter|last\\s+quarter)(?:\\s+of\\s+|\\s*-\\s*|\\s+))?";
  // "the 19th and 20th centuries", "the late 19th and early 20th centuries", "XVII-XVIII centuries".
  const range = `(?:(?<c0>\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORDS.join("|")}|[XVI]{1,5})(?:\\s*[-–]\\s*|\\s+(?:and|to|or)\\s+)(?:the\\s+)?(?:(?:early|late|middle|mid|beginning|end|start)(?:\\s+of(?:\\s+the)?\\s+|-|\\s+))?)?`;
  // "XVII c.", "end of 19 c.": the Russian abbreviation of "century" (век); "c." before a number is circa instead.
  return new RegExp(`\\b${modifier}(?:the\\s+)?${range}${CENTURY_NUMBER}(?:[\\s-]+(?<word>century|centuries)\\b|\\s+cc?\\.(?!\\s*\\d))(?:\\s+(?<era>BCE|BC|AD|CE)\\b)?`, "gi");
}

function centuryCandidates(g: Groups, match: RegExpExecArray): Candidate[] | null {
  const number = centuryNumber(g.c!);
  if (!number || number > 21) return null;
  const bc = /^B/i.test(g.era ?? "");
  const value = (n: number) => (bc ? "BC" : "") + pad(n - 1);
  const start = match.index;
  const end = start + match[0].length;
  if (!g.c0) return [{ start, end, resolve: () => ({ value: value(number), kind: "date" }) }];
  const first = centuryNumber(g.c0);
  if (!first) return null;
  const secondAt = match[0].lastIndexOf(g.c!);
  const firstAt = match[0].indexOf(g.c0);
  return [
    { start: start + firstAt, end: start + firstAt + g.c0.length, resolve: () => ({ value: value(first), kind: "date" }) },
    { start: start + secondAt, end, resolve: () => ({ value: value(number), kind: "date" }) },
  ];
}

function centuryNumber(token: string): number | null {
  const lower = token.toLowerCase();
  const word = ORDINAL_WORDS.indexOf(lower);
  if (word >= 0) return word + 1;
  if (/^\d/.test(token)) return parseInt(token, 10);
  if (/^[XVI]+(?:-?th)?$/.test(token)) return romanToNumber(token.replace(/-?th$/, ""));
  return null;
}

function romanToNumber(roman: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const current = values[roman[i]];
    const next = values[roman[i + 1]] ?? 0;
    total += current < next ? -current : current;
  }
  return total > 0 ? total : null;
}

function yearRange(match: RegExpExecArray, first: string, second: string): Candidate[] | null {
  const from = Number(first);
  const to = second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second);
  if (from < 1000 || from > 2100 || to <= from || to - from > 200) return null;
  const start = match.index;
  const secondStart = start + match[0].lastIndexOf(second);
  return [
    { start, end: start + first.length, resolve: () => ({ value: formatYear(from), kind: "date", sets: { year: from } }) },
    { start: secondStart, end: secondStart + second.length, resolve: () => ({ value: formatYear(to), kind: "date", sets: { year: to } }) },
  ];
}

/** A bare number is a year when it looks like one in its context (not "1500 soldiers", not "1,000"). */
function bareYear(text: string, match: RegExpExecArray, g: Groups): Candidate | null {
  const digits = g.year!;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  if (/[\d][,.]$|[$£€№#]\s*$/.test(before) || /^[,.]\d|^\s*[-–—]\s*\d/.test(after) || /^(?:st|nd|rd|th)/.test(after)) return null;
  const hasEra = Boolean(g.era || g.pre);
  const year = yearNumber(digits, g.era ?? g.pre);
  if (year === null) return null;
  if (!hasEra) {
    // "in 1772, 1793 and 1795 years": the Russian-style "years" closes a list of years, it counts nothing.
    if (QUANTITY_AFTER.test(after) && !(/^\s*years\b/.test(after) && /\b\d{4}\s*(?:,|and)\s*$/.test(before))) return null;
    const prepositioned = TEMPORAL_PREPOSITION.test(before);
    if (digits.length === 4) {
      if (year < 1000 || year > 2100) return null;
      if (!prepositioned && /^\s+[a-z]+s\b/.test(after) && !/^\s+(?:was|has|is|as|saw|this|its|his|thus)\b/.test(after)) return null;
    } else if (digits.length !== 3 || !(THREE_DIGIT_YEAR_BEFORE.test(before) || RANGE_END_BEFORE.test(before)) || !THREE_DIGIT_YEAR_AFTER.test(after)) {
      return null;
    }
  }
  const value = formatYear(year);
  return { start: match.index, end: match.index + match[0].length, resolve: () => ({ value, kind: "date", sets: { year } }) };
}

function relativeShift(match: RegExpExecArray, g: Groups, text = ""): Candidate | null {
  const amount = numberValue(g.n!);
  const unit = g.unit!;
  if (amount === null || /[A-Z]/.test(unit)) return null;
  const direction = /later|latter|after|on/i.test(g.dir!) ? 1 : -1;
  const since = g.dir!.toLowerCase() === "since";
  const event = /^(?:after|before)$/i.test(g.dir!) ? eventKey(text.slice(match.index + match[0].length)) : null;
  return {
    start: match.index,
    end: match.index + match[0].length,
    resolve: ({ anchor, sentenceAnchors, eventDate }) => {
      const base = since ? sentenceAnchors[0] ?? null : (event && eventDate?.(event)) || anchor;
      if (!base) return null;
      return shiftDate(base, direction * amount, unit);
    },
  };
}

const CLAUSE_VERB = /^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|was|were|had|has|is|are|became|began|came|died|left|fell|won|lost|took|got|gave|made|went|broke|rose|did|met|sent|signed)\b/u;
const NOT_AN_EVENT = /^(?:that|this|these|those|it|which|what|when|whom?|he|she|they|we|them|him|her|his|its|their|our|all|some|many|each|both|then|years?|months?|days?|weeks?|decades?|centur(?:y|ies))$/i;
/** A proper name: capitalised words ("Pearl Harbor"), without a possessive (read after it). */
const PROPER_NAME = "\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*";
/** Adjectives before an event noun ("after long negotiations"): skipped, the noun is the event. */
const EVENT_ADJECTIVE = "(?:long|short|brief|bitter|great|big|small|first|last|final|new|old|heavy|bloody|hard|difficult|successful|unsuccessful|failed|famous|infamous|early|late|major|minor|main|whole|second|third|next|official|formal|secret|sudden|tragic|brutal|violent|peaceful|short-lived|victorious|disastrous|\\p{Ll}+(?:ous|ful|less))";
/** Adjectives, each followed by another word: "long negotiations". */
const ADJECTIVES = `(?<adjectives>(?:${EVENT_ADJECTIVE}\\s+(?=\\p{Ll}))*)`;
const EVENT_NAME = new RegExp(`^\\s+(?:the\\s+)?(${PROPER_NAME})`, "u");
const AND_NAME = new RegExp(`^\\s+and\\s+(?:the\\s+)?${PROPER_NAME}`, "u");
const EVENT_NOUN_PHRASE = new RegExp(`^\\s+(?<article>(?:the|a|an)\\s+)?${ADJECTIVES}(?<head>\\p{Ll}{4,})(?![\\p{L}'’-])`, "u");
const OF_NAME = new RegExp(`^\\s+of\\s+(?:the\\s+)?(${PROPER_NAME})`, "u");
const OF_NOUN = new RegExp(`^\\s+of\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?${ADJECTIVES}(?<head>\\p{Ll}{3,})(?![\\p{L}'’-])`, "u");
/** A possessive after a name or noun ("Napoleon's invasion", "the tsar's death"): whose event it is, not which one; given up. */
const POSSESSIVE = /^['’]s?(?!\p{L})/u;

/**
 * The event after "75 years after" / "two years before", found in an earlier sentence: a proper name as written
 * ("Pearl Harbor", "Shimoda"), or a common noun phrase after an article, adjectives skipped ("after long
 * negotiations"), with its "of X" ("the death of Lenin"): each of its words must be in the sentence, matched as a
 * whole word by its stem ("independence" finds "became independant"). Pronouns and "that" name no event ("three
 * days after that"), nor do a gerund ("after returning from exile"), a possessive ("Napoleon's invasion") or a
 * clause ("after Stalin died", "after Russia and Japan signed"): then the previous date counts, as for "later".
 */
function eventKey(after: string): EventKey | null {
  const proper = EVENT_NAME.exec(after);
  if (proper) {
    const rest = after.slice(proper[0].length);
    if (POSSESSIVE.test(rest) || CLAUSE_VERB.test(rest) || NOT_AN_EVENT.test(proper[1])) return null;
    const other = AND_NAME.exec(rest);
    if (other && CLAUSE_VERB.test(rest.slice(other[0].length))) return null;
    return eventWords([proper[1], ...ofPhrase(rest)]);
  }
  // Adjectives before the noun are skipped ("after long negotiations"); a gerund without an article is a clause ("after returning from exile").
  const phrase = EVENT_NOUN_PHRASE.exec(after);
  if (!phrase) return null;
  const { article, adjectives, head } = phrase.groups as Record<string, string>;
  if (NOT_AN_EVENT.test(head) || (!article && !adjectives && /ing$/.test(head))) return null;
  const rest = after.slice(phrase[0].length);
  if (POSSESSIVE.test(rest)) return null;
  return eventWords([head.toLowerCase(), ...ofPhrase(rest)]);
}

/** The words of an "of X" after an event noun: a proper name ("of Lenin"), or a noun after an article, a possessive pronoun and adjectives ("of the old king"). */
function ofPhrase(rest: string): string[] {
  const proper = OF_NAME.exec(rest);
  if (proper) return [proper[1]];
  const common = OF_NOUN.exec(rest);
  if (!common || NOT_AN_EVENT.test(common.groups!.head)) return [];
  return [common.groups!.head.toLowerCase()];
}

/** A key that finds a sentence naming all the words: a capitalised name as written, a common noun by its stem. Its index is the first word's. */
function eventWords(keys: string[]): EventKey {
  const names = keys.map((key) => (/^\p{Lu}/u.test(key) ? new RegExp(`(?<![\\p{L}])${escapeRegExp(key)}(?![\\p{L}])`, "u") : null));
  return {
    find: (text) => {
      let first: number | null = null;
      for (const [i, key] of keys.entries()) {
        const at = names[i] ? names[i].exec(text)?.index : findWord(text, key);
        if (at === undefined || at === null) return null;
        first ??= at;
      }
      return first;
    },
  };
}

/** The index of a whole word with the same stem as the key, or a stem one edit away (a misspelling): "independant" for "independence". */
function findWord(text: string, key: string): number | null {
  const keyStem = stem(key);
  for (const word of text.matchAll(/\p{L}+/gu)) {
    const wordStem = stem(word[0].toLowerCase());
    if (wordStem === keyStem || (Math.min(wordStem.length, keyStem.length) >= 5 && wordStem[0] === keyStem[0] && editDistance(wordStem, keyStem, 1) !== null)) return word.index;
  }
  return null;
}

/** A word without its commonest suffix ("negotiations" → "negoti", "independence"/"independant" → "independ"), at least three letters kept. */
function stem(word: string): string {
  const suffix = /(?:ations?|ments?|ences?|ances?|ants?|ents?|ions?|ings?|ies|ied|ers?|ed|es|s)$/.exec(word);
  return suffix && word.length - suffix[0].length >= 3 ? word.slice(0, suffix.index) : word;
}

function shiftDate(base: Anchor, amount: number, unit: string) {
  if (/^fortnight/i.test(unit)) return shiftDate(base, amount * 2, "weeks");
  const anchor = formatAnchor(base);
  if (/^day|^week/i.test(unit) && base.day && base.month) {
    const date = new Date(Date.UTC(base.year, base.month - 1, base.day + amount * (/^week/i.test(unit) ? 7 : 1)));
    const sets = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    return { value: formatAnchor(sets), kind: "date" as const, anchor, sets };
  }
  // "twelve months later" from a year: whole years.
  // "eighteen months later" from a year: a year and a half, to the nearest year as below.
  if (/^month/i.test(unit) && !base.month && (Number.isInteger(amount / 12) || Math.abs(amount) > 12)) return shiftDate(base, amount / 12, "years");
  if (/^month/i.test(unit) && base.month) {
    // "half a month later", "1.5 months later": the fraction in days (a month of 30) from a day, else to the nearest month.
    if (!Number.isInteger(amount)) {
      const whole = Math.trunc(amount);
      const days = Math.round((amount - whole) * 30);
      if (base.day) return shiftDate(whole ? shiftDate(base, whole, "months").sets : base, days, "days");
      return shiftDate(base, Math.sign(amount) * Math.round(Math.abs(amount)), "months");
    }
    const total = base.year * 12 + (base.month - 1) + amount;
    const sets = { year: Math.floor(total / 12), month: (total % 12) + 1 };
    return { value: formatAnchor(sets), kind: "date" as const, anchor, sets };
  }
  const years = /^decade/i.test(unit) ? amount * 10 : /^centur/i.test(unit) ? amount * 100 : /^year/i.test(unit) ? amount : 0;
  // "three and a half years later": in months from a month anchor, else to the nearest year (a year's middle + 3.5).
  if (!Number.isInteger(years) && base.month) return shiftDate(base, Math.round(years * 12), "months");
  if (!Number.isInteger(years)) {
    const year = Math.round(base.year + years);
    return { value: formatYear(year), kind: "date" as const, anchor, sets: { year } };
  }
  const year = base.year + years;
  return { value: formatYear(year), kind: "date" as const, anchor, sets: { year } };
}

function spanOf(match: RegExpExecArray): { start: number; end: number } {
  return { start: match.index, end: match.index + match[0].length };
}

function sameOrNextUnit(match: RegExpExecArray, g: Groups): Candidate {
  const which = (g.which ?? "same").toLowerCase();
  const shift = which === "following" || which === "next" ? 1 : which === "same" ? 0 : -1;
  return {
    start: match.index,
    end: match.index + match[0].length,
    resolve: ({ anchor }) => {
      if (!anchor) return null;
      const unit = g.unit!.toLowerCase();
      if (shift === 0) {
        const precise = unit === "year" ? { year: anchor.year } : unit === "month" && anchor.month ? { year: anchor.year, month: anchor.month } : anchor;
        return { value: formatAnchor(precise), kind: "date", anchor: formatAnchor(anchor), sets: anchor };
      }
      return shiftDate(anchor, shift, unit);
    },
  };
}

function duration(match: RegExpExecArray, g: Groups): Candidate | null {
  const unit = g.unit!;
  if (/[A-Z]/.test(unit)) return null;
  if (/^fortnight/i.test(unit)) {
    const fortnights = numberValue(g.n!);
    return fortnights !== null && Number.isInteger(fortnights) ? { ...spanOf(match), resolve: () => ({ value: `P${fortnights * 2}W`, kind: "duration" }) } : null;
  }
  const amount = numberValue(g.n!);
  const letter = /^decade/i.test(unit) ? "DE" : /^centur/i.test(unit) ? "CE" : /^year/i.test(unit) ? "Y" : /^month/i.test(unit) ? "M" : /^week/i.test(unit) ? "W" : "D";
  // Counted decades and centuries are written in years, as the annotation guidelines do ("three centuries" → P300Y).
  const years = amount === null ? null : letter === "DE" ? amount * 10 : letter === "CE" ? amount * 100 : letter === "Y" ? amount : null;
  const value =
    years !== null && (letter !== "Y" || !Number.isInteger(years))
      ? Number.isInteger(years) ? `P${years}Y` : `P${Math.round(years * 12)}M`
      : amount !== null && !Number.isInteger(amount) ? null : `P${amount ?? "X"}${letter}`;
  if (value === null) return null;
  return { start: match.index, end: match.index + match[0].length, resolve: () => ({ value, kind: "duration" }) };
}

const NUMBER_WORDS: Record<string, number> = Object.fromEntries([
  ...SMALL_NUMBERS.split("|").map((word, i) => [word, i + 1] as const),
  ...TENS.split("|").map((word, i) => [word, (i + 2) * 10] as const),
  ["a", 1], ["an", 1], ["hundred", 100], ["a hundred", 100], ["one hundred", 100], ["thousand", 1000], ["a thousand", 1000], ["one thousand", 1000], ["half a", 0.5], ["a quarter of a", 0.25],
]);

function numberValue(raw: string): number | null {
  const text = raw.toLowerCase().replace(/\s+/g, " ");
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (text in NUMBER_WORDS) return NUMBER_WORDS[text];
  const half = /^(.+) and a half$/.exec(text);
  if (half) return (numberValue(half[1]) ?? NaN) + 0.5 || null;
  const hundreds = /^(\w+) (hundred|thousand)$/.exec(text);
  if (hundreds && hundreds[1] in NUMBER_WORDS) return NUMBER_WORDS[hundreds[1]] * (hundreds[2] === "hundred" ? 100 : 1000);
  const [tens, ones] = text.split(/[\s-]/);
  if (tens in NUMBER_WORDS && ones in NUMBER_WORDS) return NUMBER_WORDS[tens] + NUMBER_WORDS[ones];
  return null;
}

function monthNumber(raw: string | undefined): number | null {
  if (!raw) return null;
  const prefix = raw.toLowerCase().replace(/\./g, "").slice(0, 3);
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(prefix));
  return index >= 0 ? index + 1 : null;
}

function yearNumber(digits: string, era: string | undefined): number | null {
  const year = Number(digits);
  if (!Number.isFinite(year) || year === 0) return null;
  return era && /^B/i.test(era) ? -year : year;
}

/** TIMEX3: four digits, "BC" prefix for years before Christ. */
function formatYear(year: number): string {
  return year < 0 ? `BC${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
}

function formatAnchor(anchor: Anchor): string {
  let value = formatYear(anchor.year);
  if (anchor.month) value += `-${pad(anchor.month)}`;
  if (anchor.month && anchor.day) value += `-${pad(anchor.day)}`;
  return value;
}

function pad(number: number): string {
  return String(number).padStart(2, "0");
}

const LEADING_PREPOSITION = /(?:\b(?:in|on|at|since|by|after|before|during|until|till|from|of|around|about|circa|c\.)\s+(?:the\s+)?|\bthe\s+)$/i;

/** The preposition before a date phrase ("in", "after"…), lower case; "" when there is none. */
export function prepositionBefore(sentence: string, start: number): string {
  return /\b(in|on|at|since|by|after|before|during|until|till|from|of|around|about|circa)\s+(?:the\s+)?$/i.exec(sentence.slice(0, start))?.[1].toLowerCase() ?? "";
}

/** The sentence without the date phrase and its preposition: what the date dates. */
export function removeDatePhrase(sentence: string, start: number, end: number): string {
  let head = sentence.slice(0, start);
  const prepositionMatch = LEADING_PREPOSITION.exec(head);
  if (prepositionMatch) head = head.slice(0, prepositionMatch.index);
  // "in 1618 year", "from 1654 to 1667 yy.": the Russian-style word after a year goes with the date.
  const tail = /\d$/.test(sentence.slice(start, end)) ? sentence.slice(end).replace(/^\s+(?:years?\b|yy\.)/, "") : sentence.slice(end);
  return (head.replace(/[\s,]+$/, "") + " " + tail.replace(/^[\s,]+/, ""))
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/,\s*([.;:!?])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** A short label for the event a date dates: its clause, without the date phrase. */
export function describeEvent(sentence: string, start: number, end: number): string {
  const clauses = sentence.split(/(?<=[;:])\s+|,\s+(?=(?:and|but|while|when|so|which|after|before)\b)/);
  let offset = 0;
  for (const clause of clauses) {
    const clauseStart = sentence.indexOf(clause, offset);
    offset = clauseStart + clause.length;
    if (start >= clauseStart && start < clauseStart + clause.length) {
      const trimmed = removeDatePhrase(clause, start - clauseStart, Math.min(end, offset) - clauseStart);
      return trimmed.replace(/^(?:and|but|while|when|so|then|after that|therefore|also)\b[\s,]*/i, "").replace(/[.;:!?]+$/, "");
    }
  }
  return removeDatePhrase(sentence, start, end).replace(/[.;:!?]+$/, "");
}
