import assert from "node:assert/strict";
import { test } from "node:test";
import { gradeTyped } from "./grade";
import type { Question, TypedQuestion } from "./types";

const typed = (answer: string, acceptedAnswers: string[] = []): TypedQuestion => ({
  id: "q-test",
  type: "typed",
  lessonKey: "lesson-1",
  prompt: "Fill in the blank: _____ opened an embassy in Seoul.",
  answer,
  acceptedAnswers,
  source: "In 2002 Russian Federation opened an embassy in Seoul.",
  explanation: "The text says so.",
  difficulty: 0.6,
  focus: "actor",
});

test("exact answers count, ignoring case, punctuation, diacritics and a leading article", () => {
  const question = typed("Russian Federation");
  assert.equal(gradeTyped(question, "Russian Federation"), true);
  assert.equal(gradeTyped(question, "  russian federation. "), true);
  assert.equal(gradeTyped(question, "the Russian Federation"), true);
  assert.equal(gradeTyped(typed("Chosŏn"), "Choson"), true);
});

test("accepted answers (aliases) count", () => {
  const question = typed("Russian Federation", ["Russia"]);
  assert.equal(gradeTyped(question, "Russia"), true);
  assert.equal(gradeTyped(question, "Soviet Union"), false);
});

test("typos are forgiven in proportion to the length", () => {
  assert.equal(gradeTyped(typed("Russian Federation"), "Rusian Federaton"), true); // 2 edits, long answer
  assert.equal(gradeTyped(typed("Russian Federation"), "Rusian Fedraton"), false); // 3 edits
  assert.equal(gradeTyped(typed("Gojong"), "Gojang"), true); // 1 edit up to 8 letters
  assert.equal(gradeTyped(typed("Gojong"), "Gajang"), false);
  assert.equal(gradeTyped(typed("Mao"), "Mau"), false); // none up to 4 letters
});

test("numbers must match exactly", () => {
  assert.equal(gradeTyped(typed("1876"), "1876"), true);
  assert.equal(gradeTyped(typed("1876"), "1877"), false);
  assert.equal(gradeTyped(typed("1876"), "18766"), false);
  assert.equal(gradeTyped(typed("August 1945"), "Agust 1945"), true);
  assert.equal(gradeTyped(typed("August 1945"), "August 1946"), false);
});

test("empty answers and other question types are never right", () => {
  assert.equal(gradeTyped(typed("Seoul"), ""), false);
  assert.equal(gradeTyped(typed("Seoul"), "  ...  "), false);
  const choice = { ...typed("Seoul"), type: "actor-choice", choices: ["Seoul", "Tokyo", "Beijing"] } as unknown as Question;
  assert.equal(gradeTyped(choice, "Seoul"), false);
});
