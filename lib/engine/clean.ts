import { EngineInputError } from "./errors";

/** 3 million characters ≈ 500k words: far above a history text, low enough to answer quickly. */
export const MAX_CHARACTERS = 3_000_000;

export interface CleanDocument {
  title: string;
  /** True when the title is the document's own title line; false when it was made up from the first sentence. */
  titleLine: boolean;
  source: string | null;
  /** Body paragraphs, as written. */
  paragraphs: string[];
  warnings: string[];
}

/** Whole lines left over from the web page the text was copied from (menus, search boxes, sharing). */
const NAVIGATION_LINES = [
  /^(найти тему|поиск( по сайту)?|меню|главная|на главную|войти|вход|регистрация|читать (далее|также)|поделиться|подписаться|назад|вперёд|далее|наверх|комментарии|оглавление|содержание)[\s.:!…]*$/iu,
  /^(search|search( this)? site|search topics?|find a topic|menu|home|log ?in|sign ?in|sign ?up|register|subscribe|share( this)?|read more|back( to top)?|next|previous|skip to (main )?content|table of contents|contents|print|comments?|advertisement|cookies?.*)[\s.:!…]*$/iu,
  /^(home|главная)\s*[>»/|›].*/iu,
  /^(page|страница)\s+\d+(\s+(of|из)\s+\d+)?$/iu,
  /^(©|\(c\)|copyright\b|all rights reserved|все права защищены).*/iu,
  /^(tags|теги|метки)\s*:.*/iu,
  /^(share|поделиться)( (on|в))? ?(facebook|twitter|vk|вконтакте|telegram|x)?$/iu,
];

/** A menu bar: navigation words separated by "|", "»", "/", "›", ">" or "·" ("Menu | Search", "Home / Articles"). */
function isNavigationBar(line: string): boolean {
  const parts = line.split(/\s*[|»›>/·•]\s*/).filter(Boolean);
  return parts.length >= 2 && parts.every((part) => NAVIGATION_LINES[0].test(part) || NAVIGATION_LINES[1].test(part));
}

const SOURCE_LINE = /^(источник|источники|source|sources|reference|references|from)\s*[:：]\s*(.+)$/iu;

export function validateInput(raw: unknown): string {
  if (typeof raw !== "string") throw new EngineInputError("binary", "The document must be text.");
  if (raw.length > MAX_CHARACTERS) {
    throw new EngineInputError(
      "too_large",
      `The document is too large (${raw.length.toLocaleString("en")} characters; the limit is ${MAX_CHARACTERS.toLocaleString("en")}). Split it into several documents.`,
    );
  }
  if (raw.trim() === "") throw new EngineInputError("empty", "The document is empty.");
  if (looksBinary(raw)) {
    throw new EngineInputError("binary", "The document looks like binary data, not text. Upload a plain-text (UTF-8) file.");
  }
  return raw;
}

/** NUL bytes, many control characters or many U+FFFD (undecodable bytes) mean it is not a text file. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 100_000);
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) suspicious++;
  }
  return suspicious > 8 && suspicious / sample.length > 0.01;
}

export function cleanDocument(raw: string): CleanDocument {
  const text = validateInput(raw)
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B-\u200D\u2060]/g, "")
    .replace(/\u00A0/g, " ");
  const warnings: string[] = [];
  const sources: string[] = [];
  const kept: string[] = [];
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/[ \t\f\v]+/g, " ").trim();
    const source = SOURCE_LINE.exec(line);
    if (source) sources.push(source[2].trim());
    else if (!NAVIGATION_LINES.some((pattern) => pattern.test(line)) && !isNavigationBar(line)) kept.push(line);
  }
  const blocks = toParagraphs(kept);
  const title = takeTitle(blocks);
  if (!title) warnings.push("No title line found; the title was taken from the first sentence.");
  if (blocks.length === 0 || !/\p{L}{2}/u.test(blocks.join(" "))) {
    throw new EngineInputError("no_content", "The document has no text to turn into lessons (only a title, navigation or a source line).");
  }
  return {
    title: title ?? titleFromFirstSentence(blocks[0]),
    titleLine: title !== null,
    source: sources.length ? sources.join("; ") : null,
    paragraphs: blocks,
    warnings,
  };
}

/** Each line is a paragraph, except hard-wrapped lines (no final punctuation, next one in lower case). */
function toParagraphs(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current = "";
  for (const line of lines) {
    if (line === "") {
      if (current) paragraphs.push(current);
      current = "";
    } else if (current && !/[.!?:;"»”)…]$/.test(current) && /^\p{Ll}/u.test(line)) {
      current += " " + line;
    } else {
      if (current) paragraphs.push(current);
      current = line;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** A short first line without final punctuation, followed by more text, is the title. */
function takeTitle(paragraphs: string[]): string | null {
  const first = paragraphs[0];
  if (paragraphs.length < 2 || !first) return null;
  const words = first.split(" ").length;
  if (words > 15 || /[.,;!]$/.test(first)) return null;
  paragraphs.shift();
  return first.replace(/[:\s]+$/, "");
}

function titleFromFirstSentence(paragraph: string): string {
  const sentence = paragraph.split(/(?<=[.!?])\s/)[0].replace(/[.!?]+$/, "");
  const words = sentence.split(" ");
  return words.length > 8 ? words.slice(0, 8).join(" ") + "…" : sentence;
}
