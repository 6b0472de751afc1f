import type { DocumentAnalysis, Question } from "./types";
export function generateQuestions(_analysis: DocumentAnalysis, _seed: string): Question[] {
  return [];
}
