/**
 * Scores the content engine against the hand-labelled corpus in content/eval (manifest.json): per document
 * date and actor recall/precision, kind accuracy and question checks, then dev and test aggregates.
 * Dates match by TIMEX3 value and overlapping text (as a multiset); actors by a shared normalised name or alias.
 * The gold annotates the title line too, so the engine's title dates (`titleDates`) and title mentions count.
 * `--split dev|test` scores one split only; for test it prints the aggregate alone, so nobody tunes on test rows.
 * `--split dev --show-ungrounded` also prints the questions the independent grounding check below refuses.
 * `--split dev --show-actors` also prints each dev document's missed gold actors, unmatched predictions and kind errors.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { analyzeDocument, checkQuestion, parseCorrectionsFile, type DocumentAnalysis, type Question } from "../lib/engine/index";
import { groundedIn } from "../lib/engine/check";
import { normalise } from "../lib/engine/util";

interface Gold {
  dates: { text: string; value: string }[];
  durations?: { text: string; value: string }[];
  actors: { name: string; kind: string; aliases?: string[] }[];
}

interface Counts {
  dateHits: number; dateGold: number; datePredicted: number;
  actorHits: number; actorGold: number; actorPredicted: number; kindRight: number;
  questions: number; grounded: number; malformed: number;
}

const ZERO: Counts = { dateHits: 0, dateGold: 0, datePredicted: 0, actorHits: 0, actorGold: 0, actorPredicted: 0, kindRight: 0, questions: 0, grounded: 0, malformed: 0 };

function main(): void {
  const manifest = JSON.parse(readFileSync("content/eval/manifest.json", "utf8")) as { documents: { id: string; split: string; text: string; gold: string }[] };
  const split = splitOption();
  const totals: Record<string, Counts> = {};
  console.log(["document".padEnd(18), "split", "date R", "date P", "actor R", "actor P", "kind acc", "questions", "grounded", "malformed"].join("  "));
  for (const document of manifest.documents.filter((entry) => !split || entry.split === split)) {
    const gold = JSON.parse(readFileSync(document.gold, "utf8")) as Gold;
    const analysis = analyzeDocument(readFileSync(document.text, "utf8"), { corrections: correctionsFor(document.text) });
    const counts = score(analysis, gold);
    totals[document.split] = add(totals[document.split] ?? ZERO, counts);
    if (split !== "test") printRow(document.id, document.split, counts);
    if (split === "dev" && process.argv.includes("--show-actors")) for (const line of actorErrors(analysis, gold)) console.log(`  ${line}`);
    if (split === "dev" && process.argv.includes("--show-ungrounded")) {
      for (const question of analysis.questions.filter((question) => !isGrounded(question))) console.log(`  ungrounded ${question.type}: ${JSON.stringify({ prompt: question.prompt, answer: question.answer, source: question.source })}`);
    }
  }
  console.log("");
  for (const [split, counts] of Object.entries(totals)) printRow(`ALL ${split}`, split, counts);
}

function splitOption(): string | undefined {
  const index = process.argv.indexOf("--split");
  if (index < 0) return undefined;
  const split = process.argv[index + 1];
  if (split !== "dev" && split !== "test") throw new Error("--split takes dev or test");
  return split;
}

function correctionsFor(textPath: string) {
  const beside = join(dirname(textPath), "corrections.json");
  return basename(textPath) === "source.txt" && existsSync(beside) ? parseCorrectionsFile(JSON.parse(readFileSync(beside, "utf8"))) : undefined;
}

function score(analysis: DocumentAnalysis, gold: Gold): Counts {
  const goldDates = [...gold.dates, ...(gold.durations ?? [])];
  const predictedDates = [...analysis.dates, ...(analysis.titleDates ?? [])];
  const dateHits = matchDates(predictedDates, goldDates);
  const actors = matchActors(analysis, gold);
  const questions = analysis.questions;
  return {
    dateHits,
    dateGold: goldDates.length,
    datePredicted: predictedDates.length,
    actorHits: actors.hits,
    actorGold: gold.actors.length,
    actorPredicted: analysis.actors.length,
    kindRight: actors.kindRight,
    questions: questions.length,
    grounded: questions.filter(isGrounded).length,
    malformed: questions.filter((question) => checkQuestion(question, analysis).length > 0).length,
  };
}

function matchDates(predicted: { text: string; value: string }[], gold: { text: string; value: string }[]): number {
  const unused = [...gold];
  let hits = 0;
  for (const date of predicted) {
    const index = unused.findIndex((candidate) => candidate.value === date.value && textsOverlap(candidate.text, date.text));
    if (index >= 0) {
      hits++;
      unused.splice(index, 1);
    }
  }
  return hits;
}

function textsOverlap(a: string, b: string): boolean {
  const [x, y] = [normalise(a), normalise(b)];
  if (x.includes(y) || y.includes(x)) return true;
  const words = new Set(x.split(" "));
  return y.split(" ").some((word) => word.length > 1 && words.has(word) && !/^(the|of|in|on|year|years)$/.test(word));
}

function names(name: string, aliases: string[] = []): Set<string> {
  return new Set([name, ...aliases].map((text) => normalise(text).replace(/^the /, "")).filter(Boolean));
}

function matchActors(analysis: DocumentAnalysis, gold: Gold): { hits: number; kindRight: number; errors: string[] } {
  const unused = gold.actors.map((actor) => ({ actor, names: names(actor.name, actor.aliases) }));
  let hits = 0;
  let kindRight = 0;
  const errors: string[] = [];
  for (const actor of analysis.actors) {
    const predicted = names(actor.name, [...actor.aliases, ...[...actor.mentions, ...(actor.titleMentions ?? [])].map((mention) => mention.text)]);
    const index = unused.findIndex((candidate) => [...predicted].some((name) => candidate.names.has(name)));
    if (index < 0) {
      errors.push(`false positive ${actor.kind}: ${[...predicted].join(" | ")}`);
      continue;
    }
    hits++;
    if (unused[index].actor.kind === actor.kind) kindRight++;
    else errors.push(`kind ${actor.kind} (gold ${unused[index].actor.kind}): ${unused[index].actor.name}`);
    unused.splice(index, 1);
  }
  for (const { actor } of unused) errors.push(`missed ${actor.kind}: ${[actor.name, ...(actor.aliases ?? [])].join(" | ")}`);
  return { hits, kindRight, errors };
}

/** The actor errors of one document, for `--show-actors` (dev only). */
function actorErrors(analysis: DocumentAnalysis, gold: Gold): string[] {
  return matchActors(analysis, gold).errors;
}

/**
 * Every keyed answer can be checked against the sentence(s) it cites: its words, or a date written in the cited
 * sentence in another format ("XIX century" for "the 19th century", "22.06.1965" or "Jun. 22, 1965" for "22 June 1965",
 * "the sixties" for "the 1960s"). Written
 * apart from the engine's own check (lib/engine/check.ts), from the sentence text only.
 */
function isGrounded(question: Question): boolean {
  const sentences = question.source.split("\n");
  const traceable = (item: string, sentence: string) => groundedIn(item, sentence) || sharesMostWords(item, sentence) || dateWrittenIn(item, sentence);
  switch (question.type) {
    case "date-choice":
    case "actor-choice":
    case "typed":
      return sentences.some((sentence) => traceable(question.answer, sentence));
    case "true-false":
      return question.source.length > 0;
    case "ordering":
      return question.answer.every((item) => sentences.some((sentence) => sharesMostWords(item, sentence)));
    case "matching":
      return question.answer.every(([left, right]) => sentences.some((sentence) => traceable(right, sentence) && sharesMostWords(left, sentence)));
  }
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const DECADE_WORDS = ["", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
const ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"];

function roman(n: number): string {
  return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"][n] ?? "";
}

/** A date display ("the 19th century", "the 1960s", "22 June 1965", "August 1945", "1876") written in any usual form. */
function dateWrittenIn(display: string, sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const century = /^the (\d{1,2})(?:st|nd|rd|th) century/.exec(display);
  if (century) {
    const n = Number(century[1]);
    // "c." is the Russian-style abbreviation: "XVII c.", "19 c."; "the 1600s" is the 17th century too.
    if (new RegExp(`${n - 1}00['’]?s`).test(lower)) return true;
    return new RegExp(`\\b(?:${n}(?:st|nd|rd|th)?|${ORDINALS[n]})(?:[\\s-]+centur|\\s+c\\.)`, "i").test(sentence) || new RegExp(`\\b${roman(n)}\\s+(?:centur|c\\.)`).test(sentence);
  }
  const decade = /^the (\d{4})s/.exec(display);
  // "the 1960s", "the 1960's", "the '60s", "the sixties".
  if (decade) return new RegExp(`(?:${decade[1]}|(?<!\\d)${decade[1].slice(2)})['’]?s`).test(lower) || decadeWordIn(decade[1], lower);
  const numbers = display.match(/\d+/g) ?? [];
  // A year may be written short, as students do: "the spring of '67" for the spring of 1967.
  const written = (number: string) => new RegExp(`(?<!\\d)0?${number}(?!\\d)`).test(sentence) || (number.length === 4 && new RegExp(`['’‘]${number.slice(2)}(?!\\d)`).test(sentence));
  if (!numbers.length || !numbers.every(written)) return false;
  const month = MONTHS.findIndex((name) => display.toLowerCase().includes(name));
  // A month is written in full, abbreviated next to a number ("Aug 1945", "Sept. 1939", "5 Jan.") or as a number
  // ("22.06.1965"); an abbreviation alone may be a name ("Jan Pronk").
  const abbreviation = month === 8 ? "sept?" : MONTHS[month]?.slice(0, 3);
  const abbreviated = new RegExp(`\\b${abbreviation}\\.?,?\\s*\\d|\\d(?:st|nd|rd|th)?\\s+${abbreviation}\\b`).test(lower);
  return month < 0 || lower.includes(MONTHS[month]) || abbreviated || new RegExp(`[./]0?${month + 1}[./]`).test(sentence);
}

function decadeWordIn(decade: string, lower: string): boolean {
  const word = DECADE_WORDS[Number(decade[2])];
  return word !== "" && new RegExp(`\\b${word}\\b`).test(lower);
}

function sharesMostWords(item: string, sentence: string): boolean {
  const words = normalise(item).split(" ");
  const target = new Set(normalise(sentence).split(" "));
  return words.filter((word) => target.has(word)).length >= 0.8 * words.length;
}

function add(a: Counts, b: Counts): Counts {
  return Object.fromEntries(Object.keys(a).map((key) => [key, a[key as keyof Counts] + b[key as keyof Counts]])) as unknown as Counts;
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "  -  " : (part / whole).toFixed(2);
}

function printRow(id: string, split: string, c: Counts): void {
  console.log(
    [
      id.padEnd(18), split.padEnd(5),
      `${ratio(c.dateHits, c.dateGold)} `.padEnd(6), `${ratio(c.dateHits, c.datePredicted)} `.padEnd(6),
      `${ratio(c.actorHits, c.actorGold)}  `.padEnd(7), `${ratio(c.actorHits, c.actorPredicted)}  `.padEnd(7),
      `${ratio(c.kindRight, c.actorHits)}   `.padEnd(8), String(c.questions).padEnd(9), `${c.grounded}/${c.questions}`.padEnd(8), String(c.malformed),
    ].join("  "),
  );
}

main();
