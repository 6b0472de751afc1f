/**
 * Public types of the content engine. Everything here is plain data (JSON-serialisable),
 * so the app can store it, send it to the browser or print it from the CLI.
 */

/** Kinds of actor. Places are kept apart from the actors proper (people, states, organisations, groups). */
export type ActorKind = "person" | "state" | "organization" | "group" | "place";

/**
 * A reviewed corrections/glossary file, one per document in `content/<slug>/corrections.json`.
 *
 * ```json
 * {
 *   "glossary": [{ "canonical": "Gleb Ivashentsov", "variants": ["Gleb Iveshenzov", "Iveshenzov"], "kind": "person" }],
 *   "corrections": [{ "from": "Seul", "to": "Seoul" }],
 *   "rejected": ["EXO", "Kulik"],
 *   "reviewedBy": "…",
 *   "reviewedAt": "2026-11-28"
 * }
 * ```
 * - `glossary`: names. Every variant is replaced by the canonical form; `kind` (optional) overrides the
 *   actor kind the engine would guess; `aliases` (optional) are other names of the same entity that are
 *   merged into it without being rewritten (e.g. "Russian Federation" for "Russia").
 * - `corrections`: reviewed replacements of a word or phrase (case-sensitive, whole words). Applied to the
 *   lessons and questions; the original wording stays in `DocumentAnalysis.original` / `originalText`.
 * - `rejected`: words flagged by the dictionary that are correct (names, band names): never proposed again.
 */
export interface CorrectionsFile {
  glossary: GlossaryEntry[];
  corrections: { from: string; to: string; note?: string }[];
  rejected: string[];
  reviewedBy?: string;
  reviewedAt?: string;
}

export interface GlossaryEntry {
  canonical: string;
  variants: string[];
  aliases?: string[];
  kind?: ActorKind;
}

/**
 * A spelling correction, applied or proposed.
 * - "glossary": a name variant from the reviewed glossary;
 * - "reviewed": a reviewed word/phrase correction from the corrections file;
 * - "common-misspelling": the word is a known misspelling with exactly one correction (Wikipedia/cspell list);
 * - "dictionary": unknown to the dictionary; `to` is the dictionary's best suggestion.
 */
export interface Correction {
  from: string;
  to: string;
  reason: "glossary" | "reviewed" | "common-misspelling" | "dictionary";
  /** Offsets of `from` in `DocumentAnalysis.original`. */
  start: number;
  end: number;
  /** Other suggestions, best first (proposals only). */
  alternatives?: string[];
  /** The corrected sentence the word belongs to. */
  sentence: string;
}

export interface Lesson {
  key: string;
  /** Generated title, editable later in the app. */
  title: string;
  /** Corrected text; paragraphs separated by a blank line. */
  text: string;
  /** The same paragraphs as written (after cleaning). */
  originalText: string;
  /** Earliest and latest TIMEX3 values of the lesson's dates (durations excluded). */
  period: { from: string; to: string } | null;
  dateKeys: string[];
  actorKeys: string[];
}

export interface DateMention {
  key: string;
  /** Exact substring of the corrected sentence, without a leading preposition. */
  text: string;
  /**
   * TIMEX3 value: `1876`, `1945-08`, `1990-09-30`, century `18` (the 1800s), decade `196` (the 1960s),
   * unknown year `XXXX-06`, season `1945-SU`; durations `P15Y`, `P3M`, `P300Y` ("three centuries"), `PXDE`/`PXCE` ("for decades", "for centuries").
   */
  value: string;
  kind: "date" | "duration";
  /** Relative expressions ("40 years later") carry the value they were resolved against. */
  anchor?: string;
  /** Corrected sentence containing the expression. */
  sentence: string;
  sentenceIndex: number;
  lessonKey: string;
  /** Short description of what the date dates: the sentence without the date phrase. */
  event: string;
}

export interface ActorMention {
  text: string;
  sentence: string;
  sentenceIndex: number;
  lessonKey: string;
}

export interface Actor {
  key: string;
  /** Canonical name (glossary, gazetteer, or the longest surface form). */
  name: string;
  kind: ActorKind;
  /** Surface forms as written in the corrected text and title, canonical name excluded. */
  aliases: string[];
  /** Mentions in the body text. Empty for an actor named only in the title (see `titleMentions`). */
  mentions: ActorMention[];
  /**
   * Mentions in the title line: `sentence` is the (corrected) title, `sentenceIndex` is -1 and `lessonKey` is the
   * first lesson's. Absent when the title does not name the actor.
   */
  titleMentions?: ActorMention[];
}

export type QuestionType = "date-choice" | "actor-choice" | "true-false" | "ordering" | "matching" | "typed";

interface QuestionBase {
  /** Stable across runs: hash of type + content. */
  id: string;
  type: QuestionType;
  /** null = built across lessons (e.g. an ordering of the whole document). */
  lessonKey: string | null;
  prompt: string;
  /** Exact corrected sentence(s) the question is grounded in, one per line (joined by "\n"). */
  source: string;
  explanation: string;
  /** 0 (easy) … 1 (hard), estimated from the type, the number of choices and the closeness of the distractors. */
  difficulty: number;
  focus: "date" | "actor";
}

/** "When did …?" / "Who …?": one answer among 4 choices. */
export interface ChoiceQuestion extends QuestionBase {
  type: "date-choice" | "actor-choice";
  choices: string[];
  /** A member of `choices`. */
  answer: string;
}

/** A statement rephrased from the text, true or false. */
export interface TrueFalseQuestion extends QuestionBase {
  type: "true-false";
  choices: ["True", "False"];
  answer: boolean;
}

/** Put 4–6 events in chronological order. */
export interface OrderingQuestion extends QuestionBase {
  type: "ordering";
  /** Presented order (stable shuffle, never already chronological). */
  items: string[];
  /** Chronological order. */
  answer: string[];
}

/** Match each left item (event or actor) with a right item (date or deed). */
export interface MatchingQuestion extends QuestionBase {
  type: "matching";
  left: string[];
  /** Presented order (stable shuffle). */
  right: string[];
  answer: [string, string][];
}

/** A cloze: `prompt` contains one blank "_____". */
export interface TypedQuestion extends QuestionBase {
  type: "typed";
  answer: string;
  /** Other spellings that count as right (aliases, date formats); `gradeTyped` also tolerates typos. */
  acceptedAnswers: string[];
}

export type Question = ChoiceQuestion | TrueFalseQuestion | OrderingQuestion | MatchingQuestion | TypedQuestion;

export interface Sentence {
  index: number;
  text: string;
  /** Offsets in the corrected text. */
  start: number;
  end: number;
  paragraph: number;
}

export interface DocumentAnalysis {
  title: string;
  /** The "Source: …" / "Источник: …" line, shown as attribution. */
  source: string | null;
  /** Non-fatal problems: no dates found, no title line, spelling proposals waiting for review… */
  warnings: string[];
  /** The cleaned original text (navigation, title and source lines removed), as written. */
  original: string;
  /** The corrected text (all applied corrections), paragraphs separated by a blank line. */
  text: string;
  spelling: { applied: Correction[]; proposals: Correction[] };
  sentences: Sentence[];
  lessons: Lesson[];
  /** Dates and durations of the body text, in text order. Questions are built from these only. */
  dates: DateMention[];
  /**
   * Dates and durations written in the title line ("Russia and China: three centuries of neighbourhood"):
   * `sentence` is the (corrected) title, `sentenceIndex` is -1, `lessonKey` is the first lesson's, keys are
   * `title-date-N`. A title states no fact, so these never make questions; relative expressions in a title are dropped.
   */
  titleDates?: DateMention[];
  actors: Actor[];
  questions: Question[];
}

export interface AnalyzeOptions {
  corrections?: CorrectionsFile;
  /** Seed for the stable shuffles and choices; default "letopis". */
  seed?: string;
}
