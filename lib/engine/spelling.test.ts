import assert from "node:assert/strict";
import { test } from "node:test";
import { EMPTY_CORRECTIONS } from "./corrections";
import { correctSpelling } from "./spelling";
import { loadSpellingResources } from "./spelling-data";

const corrected = (text: string) => correctSpelling(text, EMPTY_CORRECTIONS, loadSpellingResources()).text;

test("misspelt month names next to a number or after a temporal preposition are corrected, capitalised or not", () => {
  assert.equal(corrected("In Agust 1945 they came. On 9 Agust they left. In Novmber it snowed."), "In August 1945 they came. On 9 August they left. In November it snowed.");
  assert.equal(corrected("On 3 decmber 1941 it began."), "On 3 december 1941 it began.");
  // A correctly spelt lower-case month is no correction.
  assert.equal(correctSpelling("On 22 june 1941 it began.", EMPTY_CORRECTIONS, loadSpellingResources()).applied.length, 0);
});

test("misspelt units, decades and relative words are corrected only in a temporal context", () => {
  assert.equal(corrected("In the 19th centery and the XIX centuary."), "In the 19th century and the XIX century.");
  assert.equal(corrected("Three decads later, in the ninties and the sixtys, in the folowing year."), "Three decades later, in the nineties and the sixties, in the following year.");
  assert.equal(corrected("Two years latr they met."), "Two years later they met.");
});

test("a name near a month name is left alone without a temporal context", () => {
  assert.equal(corrected("Agust met Novmber."), "Agust met Novmber.");
  assert.equal(corrected("The centery of the town."), "The centery of the town.");
});

test("in a temporal context the time word wins over the dictionary's own choice", () => {
  assert.equal(corrected("In the ninetys and the fourties they met."), "In the nineties and the forties they met.");
});

test("misspelt seasons are corrected before a year or after 'the'/'in'/'that'; a capitalised name is not", () => {
  assert.equal(corrected("In the autum of 1941 and the wintr of 1942, that sprng."), "In the autumn of 1941 and the winter of 1942, that spring.");
  assert.equal(corrected("The Sumer civilisation was old."), "The Sumer civilisation was old.");
});

test("a capitalised name after a title keeps its spelling even if the misspellings list knows the word ('bishop Germanos')", () => {
  assert.equal(corrected("On the 25th, bishop Germanos raised the flag."), "On the 25th, bishop Germanos raised the flag.");
});

test("two edits of the kinds students make are found: doubled letters and letters swapped across one", () => {
  assert.equal(corrected("Their quarells were a tradegy for both."), "Their quarrels were a tragedy for both.");
  // Nothing near enough: the word stays as written, with no far-fetched proposal.
  assert.equal(correctSpelling("The suzerenity was old.", EMPTY_CORRECTIONS, loadSpellingResources()).proposals.length, 0);
});
