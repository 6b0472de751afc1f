import assert from "node:assert/strict";
import { test } from "node:test";
import { editDistance } from "./util";

test("editDistance: Levenshtein by default; with a limit, null above it; transpositions count one edit when asked", () => {
  assert.equal(editDistance("teh", "the"), 2);
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("teh", "the", 1, true), 1);
  assert.equal(editDistance("teh", "the", 1), null);
  assert.equal(editDistance("abcdef", "uvwxyz", 2), null);
  assert.equal(editDistance("independant", "independent", 1), 1);
  assert.equal(editDistance("war", "warm", 0), null);
});
