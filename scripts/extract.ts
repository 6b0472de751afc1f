/**
 * Prints the content engine's analysis of a text file as one JSON object.
 * Usage: npm run --silent extract -- <file> [--corrections <file>] [--seed <seed>] [--full]
 * By default content/<slug>/source.txt uses content/<slug>/corrections.json when it exists.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { analyzeDocument, EngineInputError, parseCorrectionsFile, type DocumentAnalysis } from "../lib/engine/index";

const MAX_FILE_BYTES = 12 * 1024 * 1024;

function main(argv: string[]): void {
  const { file, correctionsPath, seed, full } = parseArguments(argv);
  const raw = readText(file);
  const corrections = correctionsPath ? parseCorrectionsFile(JSON.parse(readFileSync(correctionsPath, "utf8"))) : undefined;
  const analysis = analyzeDocument(raw, { corrections, seed });
  process.stdout.write(JSON.stringify(full ? analysis : project(analysis), null, 2) + "\n");
}

function parseArguments(argv: string[]) {
  let file: string | undefined;
  let correctionsPath: string | undefined;
  let seed: string | undefined;
  let full = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--corrections") correctionsPath = argv[++i];
    else if (argv[i] === "--seed") seed = argv[++i];
    else if (argv[i] === "--full") full = true;
    else file = argv[i];
  }
  if (!file) throw new UsageError("Usage: npm run --silent extract -- <file> [--corrections <file>] [--seed <seed>] [--full]");
  if (!correctionsPath && basename(file) === "source.txt") {
    const beside = join(dirname(file), "corrections.json");
    if (existsSync(beside)) correctionsPath = beside;
  }
  return { file, correctionsPath, seed, full };
}

function readText(file: string): string {
  if (!existsSync(file)) throw new UsageError(`File not found: ${file}`);
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) throw new UsageError(`The file is too large (${(size / 1024 / 1024).toFixed(1)} MB); the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  return readFileSync(file, "utf8");
}

/** The stable CLI shape (issue point 7); --full prints the whole DocumentAnalysis. */
function project(analysis: DocumentAnalysis) {
  return {
    title: analysis.title,
    source: analysis.source,
    warnings: analysis.warnings,
    lessons: analysis.lessons.map(({ key, title, text, period }) => ({ key, title, text, period })),
    dates: analysis.dates.map(({ text, value, kind, sentence, event }) => ({ text, value, kind, sentence, event })),
    titleDates: (analysis.titleDates ?? []).map(({ text, value, kind }) => ({ text, value, kind })),
    actors: analysis.actors.map(({ name, kind, aliases, mentions, titleMentions }) => ({ name, kind, aliases, mentions: mentions.length, ...(titleMentions ? { inTitle: true } : {}) })),
    questions: analysis.questions.map(({ id, type, prompt, source, explanation, difficulty, ...rest }) => ({ id, type, prompt, ...rest, source, explanation, difficulty })),
    spelling: analysis.spelling,
  };
}

class UsageError extends Error {}

try {
  main(process.argv.slice(2));
} catch (error) {
  const known = error instanceof EngineInputError || error instanceof UsageError || error instanceof SyntaxError;
  process.stderr.write(`extract: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
}
