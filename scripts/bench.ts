/**
 * Extraction time for 1k-, 10k- and 100k-word documents built from varied text: the essay, the dev corpus
 * and generated paragraphs with varied names, years and wording. Prints medians and the growth ratios
 * (target: 100k words < 3 s, 10× the text ≤ 12× the time). The dictionaries' one-time load is reported apart.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { analyzeDocument } from "../lib/engine/index";
import { loadSpellingResources } from "../lib/engine/spelling-data";
import { median } from "./lib/http";

const RUNS = 5;
const SIZES = [1_000, 10_000, 100_000];

const RULERS = ["Peter Romanov", "Ivan Shuisky", "Catherine Orlova", "Li Hongzhang", "Ito Hirobumi", "Kim Ok-gyun", "Otto Bismarck", "Nikolai Muravyov", "Sergei Witte", "Yuan Shikai"];
const STATES = ["Russia", "Japan", "China", "Korea", "Prussia", "France", "the Ottoman Empire", "the United Kingdom", "Persia", "Sweden"];
const VERBS = ["signed a treaty with", "declared war on", "sent an embassy to", "opened trade with", "broke relations with", "formed an alliance with"];
const MONTHS = ["January", "March", "June", "August", "October", "December"];

function generatedParagraph(i: number): string {
  const pick = <T>(list: T[], salt: number) => list[(i * 7 + salt * 13) % list.length];
  const year = 1600 + ((i * 37) % 400);
  return [
    `In ${year} ${pick(STATES, 1)} ${pick(VERBS, 2)} ${pick(STATES, 3)}.`,
    `The envoy ${pick(RULERS, 4)} arrived in ${pick(MONTHS, 5)} ${year + 1} and stayed for ${2 + (i % 9)} years.`,
    `${(i % 5) + 2} years later the goverment of ${pick(STATES, 6)} changed its policy, and ${pick(RULERS, 7)} wrote about it.`,
    `On the ${1 + (i % 28)}th of ${pick(MONTHS, 8)} ${year + 3} a new agreement was signed in the capital.`,
  ].join(" ");
}

function corpus(): string[] {
  const texts = [readFileSync("content/russia-korea/source.txt", "utf8")];
  if (existsSync("content/eval/dev")) {
    for (const file of readdirSync("content/eval/dev").filter((name) => name.endsWith(".txt")).sort()) texts.push(readFileSync(`content/eval/dev/${file}`, "utf8"));
  }
  return texts.map((text) => text.split("\n").filter((line) => line.split(" ").length > 12).join("\n\n"));
}

function buildDocument(words: number, real: string[]): string {
  const paragraphs = ["A history of relations between states"];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = i % 3 === 2 ? real[i % real.length] : generatedParagraph(i);
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs.join("\n\n");
}

function main(): void {
  const loadStart = performance.now();
  loadSpellingResources();
  console.log(`dictionaries loaded once in ${(performance.now() - loadStart).toFixed(0)} ms (not counted below)`);
  const real = corpus();
  const medians: number[] = [];
  for (const size of SIZES) {
    const document = buildDocument(size, real);
    const times: number[] = [];
    let questions = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      questions = analyzeDocument(document).questions.length;
      times.push(performance.now() - start);
    }
    medians.push(median(times));
    const words = document.split(/\s+/).length;
    console.log(`${String(size).padStart(7)} words (${words} actual): median ${median(times).toFixed(0)} ms over ${RUNS} runs, ${questions} questions`);
  }
  console.log(`ratio 10k/1k: ${(medians[1] / medians[0]).toFixed(1)}×   ratio 100k/10k: ${(medians[2] / medians[1]).toFixed(1)}×`);
  console.log(`100k words: ${(medians[2] / 1000).toFixed(2)} s (target < 3 s)`);
}

main();
