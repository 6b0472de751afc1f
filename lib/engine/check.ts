import type { DocumentAnalysis, Question } from "./types";
export function checkQuestion(_question: Question, _analysis: DocumentAnalysis): string[] {
  return [];
}
