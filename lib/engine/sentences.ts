import type { Sentence } from "./types";

/** Words whose final period does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st gen col lt capt sgt maj adm gov sen rep rev fr jr sr vs etc e.g i.e cf c ca approx no vol pp ed eds " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.k u.n u.s.s.r a.d b.c bc ad inc ltd co corp dept est " +
    "т.е т.д т.п г гг в вв им ул см др"
  ).split(" "),
);

/**
 * Splits the text into sentences, never inside a quotation (a quote keeps its inner periods) and
 * always at a paragraph break. Offsets refer to `text`.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const block of text.split("\n\n")) {
    for (const [start, end] of splitParagraph(block)) {
      sentences.push({ index: sentences.length, text: block.slice(start, end), start: offset + start, end: offset + end, paragraph });
    }
    offset += block.length + 2;
    paragraph++;
  }
  return sentences;
}

function splitParagraph(block: string): [number, number][] {
  const quoted = quotedRanges(block);
  const ranges: [number, number][] = [];
  let start = 0;
  const boundary = /[.!?…]+["'»”’)\]]*(?=\s+["'«“(\[]?[\p{Lu}\p{N}])/gu;
  for (let match = boundary.exec(block); match; match = boundary.exec(block)) {
    const end = match.index + match[0].length;
    if (insideQuote(quoted, match.index) || isAbbreviation(block, match.index, match[0])) continue;
    pushTrimmed(block, start, end, ranges);
    start = end;
  }
  pushTrimmed(block, start, block.length, ranges);
  return ranges;
}

function pushTrimmed(block: string, start: number, end: number, ranges: [number, number][]): void {
  while (start < end && /\s/.test(block[start])) start++;
  while (end > start && /\s/.test(block[end - 1])) end--;
  if (end > start) ranges.push([start, end]);
}

/** Quotations up to 1,500 characters; an unmatched quote mark is ignored. */
function quotedRanges(block: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pairs = /"[^"]{1,1500}"|«[^»]{1,1500}»|“[^”]{1,1500}”/g;
  for (let match = pairs.exec(block); match; match = pairs.exec(block)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

function insideQuote(ranges: [number, number][], index: number): boolean {
  return ranges.some(([start, end]) => index > start && index < end - 1);
}

function isAbbreviation(block: string, index: number, punctuation: string): boolean {
  if (punctuation !== ".") return false;
  const word = /([\p{L}.]+)$/u.exec(block.slice(Math.max(0, index - 12), index))?.[1] ?? "";
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "J. Kennedy"
  return ABBREVIATIONS.has(word.toLowerCase().replace(/^\./, ""));
}
