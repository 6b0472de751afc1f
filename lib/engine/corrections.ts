import { z } from "zod";
import { EngineInputError } from "./errors";
import type { CorrectionsFile } from "./types";

const kind = z.enum(["person", "state", "organization", "group", "place"]);
const phrase = z.string().trim().min(1).refine((text) => !text.includes("\n"), "must be on one line");

const schema = z.object({
  glossary: z
    .array(z.object({ canonical: phrase, variants: z.array(phrase).default([]), aliases: z.array(phrase).optional(), kind: kind.optional() }))
    .default([]),
  corrections: z.array(z.object({ from: phrase, to: z.string().refine((text) => !text.includes("\n")), note: z.string().optional() })).default([]),
  rejected: z.array(phrase).default([]),
  reviewedBy: z.string().optional(),
  reviewedAt: z.string().optional(),
});

export const EMPTY_CORRECTIONS: CorrectionsFile = { glossary: [], corrections: [], rejected: [] };

/** Validates a parsed corrections.json; throws EngineInputError("invalid_corrections") naming the bad field. */
export function parseCorrectionsFile(json: unknown): CorrectionsFile {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EngineInputError("invalid_corrections", `Invalid corrections file at "${issue.path.join(".") || "(root)"}": ${issue.message}.`);
  }
  return result.data;
}
