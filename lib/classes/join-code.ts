// Join codes: read aloud in class and typed by hand, so only unambiguous characters, and typing is forgiving.
import { randomBytes } from 'node:crypto'

const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export function newJoinCode(length = 6): string {
  return [...randomBytes(length)].map((byte) => JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]).join('')
}

/** "abc-d2f " → "ABCD2F": case, spaces and dashes don't matter when a student types the code. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '')
}
