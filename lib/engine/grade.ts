import type { Question } from "./types";
import { editDistance, normalise } from "./util";

/**
 * Grades a typed answer tolerantly: case, punctuation, diacritics and a leading article are ignored, any
 * accepted answer (aliases, date formats) counts, and small typos are forgiven in proportion to the length
 * (none up to 4 characters, 1 up to 8, then 2). Numbers must match exactly: 1876 is not 1877.
 */
export function gradeTyped(question: Question, given: string): boolean {
  if (question.type !== "typed") return false;
  const answer = comparable(given);
  if (!answer) return false;
  return [question.answer, ...question.acceptedAnswers].some((accepted) => matches(comparable(accepted), answer));
}

function comparable(text: string): string {
  return normalise(text).replace(/^(?:the|a|an) /, "");
}

function matches(expected: string, given: string): boolean {
  if (expected === given) return true;
  if (/\d/.test(expected) || /\d/.test(given)) return digitsOf(expected) === digitsOf(given) && editDistance(lettersOf(expected), lettersOf(given)) <= allowedTypos(lettersOf(expected));
  return editDistance(expected, given) <= allowedTypos(expected);
}

function allowedTypos(text: string): number {
  return text.length <= 4 ? 0 : text.length <= 8 ? 1 : 2;
}

function digitsOf(text: string): string {
  return text.replace(/\D+/g, " ").trim();
}

function lettersOf(text: string): string {
  return text.replace(/[\d\s]+/g, " ").trim();
}
