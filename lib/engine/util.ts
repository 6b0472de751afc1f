/** Small text helpers shared by the engine stages. */

/** FNV-1a, 32 bits, as 8 hex digits: stable ids and seeds without crypto. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Deterministic pseudo-random numbers in [0, 1) from a string seed (mulberry32). */
export function seededRandom(seed: string): () => number {
  let state = parseInt(hash(seed), 16);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** Lower case, no diacritics, no punctuation, single spaces: for comparing names and answers. */
export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The items grouped by key, each group in the items' order. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/**
 * The edit distance between two strings: Levenshtein, or with `transpositions` the optimal-string-alignment distance
 * (a swap of two neighbouring letters is one edit, "teh" → "the"). With a `limit` it stops as soon as the distance
 * must exceed it and returns null.
 */
export function editDistance(a: string, b: string): number;
export function editDistance(a: string, b: string, limit: number, transpositions?: boolean): number | null;
export function editDistance(a: string, b: string, limit = Infinity, transpositions = false): number | null {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return null;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], previous2[j - 2] + 1);
    }
    if (Math.min(...current) > limit) return null;
    [previous2, previous] = [previous, current];
  }
  return previous[b.length] <= limit ? previous[b.length] : null;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A headline in Title Case ("Three Centuries Of Friendship"): no lower-case word of four letters or more. */
export function isTitleCase(text: string): boolean {
  return !/(?:^|[\s(])\p{Ll}{4,}/u.test(text);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
