import assert from "node:assert/strict";
import { test } from "node:test";
import { checkQuestion } from "./check";
import { analyzeDocument } from "./index";
import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion, Question, TrueFalseQuestion, TypedQuestion } from "./types";

const text = [
  "Korea and Japan",
  "",
  "In the end of the XIX century Korea became a field of struggle between the Qing Empire, Japan and the Russian Empire.",
  "In 1876 Korea and Japan signed the Treaty of Ganghwa. In 1882 Korea began relations with the United States. In 1897 Gojong proclaimed the Korean Empire.",
  "In 1905 Ito Hirobumi became the first Resident-General. In 1910 Japan annexed Korea. In 1945 Korea became free.",
].join("\n");
const analysis = analyzeDocument(text);
const sentence = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!.text;
const base = { id: "q-test", lessonKey: null, explanation: "Because the text says so.", difficulty: 0.5 } as const;
const flaws = (question: Question) => checkQuestion(question, analysis);

const dateChoice = (overrides: Partial<ChoiceQuestion> = {}): ChoiceQuestion => ({
  ...base,
  type: "date-choice",
  focus: "date",
  prompt: "When did Korea and Japan sign the Treaty of Ganghwa?",
  choices: ["1866", "1876", "1882", "1897"],
  answer: "1876",
  source: sentence("In 1876"),
  ...overrides,
});

test("a well-formed date question has no flaws; the engine's own questions have none", () => {
  assert.deepEqual(flaws(dateChoice()), []);
  for (const question of analysis.questions) assert.deepEqual(flaws(question), [], question.prompt);
});

test("choice flaws: answer not among the choices, duplicates, mixed formats, all of the above", () => {
  assert.ok(flaws(dateChoice({ answer: "1877" })).includes("the answer is not exactly one of the choices"));
  assert.ok(flaws(dateChoice({ choices: ["1876", "1876", "1882", "1897"] })).includes("duplicate choices"));
  assert.ok(flaws(dateChoice({ choices: ["1866", "1876", "August 1882", "1897"] })).includes("choices differ in precision or format"));
  assert.ok(flaws(dateChoice({ choices: ["1866", "1876", "1882", "All of the above"] })).includes("all/none of the above"));
  assert.ok(flaws(dateChoice({ choices: ["1876", "1882"] })).includes("needs 3 to 5 choices"));
  assert.ok(flaws(dateChoice({ prompt: "Korea and Japan signed the Treaty of Ganghwa" })).includes("stem is not a question"));
  assert.ok(flaws(dateChoice({ prompt: "When did Korea not sign the Treaty of Ganghwa?" })).includes("negatively worded stem"));
});

test("grounding: the answer must be verifiable in the cited sentence, a date in any format", () => {
  assert.ok(flaws(dateChoice({ source: sentence("In 1882") })).includes("the answer is not in the cited sentence"));
  assert.ok(flaws(dateChoice({ source: "A sentence that is not in the text." })).includes("source is not a sentence of the text"));
  const century = dateChoice({
    prompt: "When did Korea become a field of struggle?",
    choices: ["the 17th century", "the 18th century", "the 19th century", "the 20th century"],
    answer: "the 19th century",
    source: sentence("In the end of the XIX century"),
  });
  assert.ok(!flaws(century).includes("the answer is not in the cited sentence"));
});

test("actor choices must be actors of one kind, and the prompt must not give the answer away", () => {
  const actor: ChoiceQuestion = {
    ...base,
    type: "actor-choice",
    focus: "actor",
    prompt: "Who proclaimed the Korean Empire in 1897?",
    choices: ["Gojong", "Ito Hirobumi", "Japan"],
    answer: "Gojong",
    source: sentence("In 1897"),
  };
  assert.ok(flaws(actor).includes("choices are not actors of the same kind"));
  assert.ok(flaws({ ...actor, prompt: "Who, Gojong or another, proclaimed the Korean Empire?" }).includes("the prompt gives the answer away"));
});

test("true/false: a statement with a period, not copied word for word, no absolute-word cue", () => {
  const statement: TrueFalseQuestion = {
    ...base,
    type: "true-false",
    focus: "date",
    prompt: "Japan annexed Korea in 1910.",
    choices: ["True", "False"],
    answer: true,
    source: sentence("In 1910"),
  };
  assert.deepEqual(flaws(statement), []);
  assert.ok(flaws({ ...statement, prompt: "In 1910 Japan annexed Korea." }).includes("statement copied word for word from the text"));
  assert.ok(flaws({ ...statement, prompt: "Japan always annexed Korea in 1910." }).includes("absolute word cue"));
  assert.ok(flaws({ ...statement, prompt: "Japan annexed Korea in 1910" }).includes("statement does not end with a period"));
});

test("ordering: 4 to 6 items, a permutation, not already in order, each item in a cited sentence", () => {
  const events = ["Korea and Japan signed the Treaty of Ganghwa", "Korea began relations with the United States", "Gojong proclaimed the Korean Empire", "Japan annexed Korea"];
  const ordering: OrderingQuestion = {
    ...base,
    type: "ordering",
    focus: "date",
    prompt: "Put these events in chronological order, earliest first.",
    items: [events[2], events[0], events[3], events[1]],
    answer: events,
    source: [sentence("In 1876"), sentence("In 1882"), sentence("In 1897"), sentence("In 1910")].join("\n"),
  };
  assert.deepEqual(flaws(ordering), []);
  assert.ok(flaws({ ...ordering, items: events }).includes("items already in order"));
  assert.ok(flaws({ ...ordering, items: events.slice(0, 3), answer: events.slice(0, 3) }).includes("ordering needs 4 to 6 items"));
  assert.ok(flaws({ ...ordering, source: [sentence("In 1876"), sentence("In 1882"), sentence("In 1897")].join("\n") }).includes("an item is not in the cited sentences"));
});

test("matching: one-to-one pairs, each pair in one cited sentence (dates in any format)", () => {
  const matching: MatchingQuestion = {
    ...base,
    type: "matching",
    focus: "date",
    prompt: "Match each event with its date.",
    left: ["Korea became a field of struggle", "Japan annexed Korea", "Korea became free"],
    right: ["1945", "the 19th century", "1910"],
    answer: [["Korea became a field of struggle", "the 19th century"], ["Japan annexed Korea", "1910"], ["Korea became free", "1945"]],
    source: [sentence("In the end of the XIX century"), sentence("In 1910"), sentence("In 1945")].join("\n"),
  };
  assert.deepEqual(flaws(matching), []);
  assert.ok(flaws({ ...matching, answer: [["Korea became a field of struggle", "1910"], ["Japan annexed Korea", "the 19th century"], ["Korea became free", "1945"]] }).includes("a pair is not in one cited sentence"));
  assert.ok(flaws({ ...matching, right: ["1945", "1910", "1910"] }).includes("duplicate items"));
});

test("typed: exactly one blank, an answer in the cited sentence, not given away by the prompt", () => {
  const cloze: TypedQuestion = {
    ...base,
    type: "typed",
    focus: "actor",
    prompt: "Fill in the blank: In 1905 _____ became the first Resident-General.",
    answer: "Ito Hirobumi",
    acceptedAnswers: [],
    source: sentence("In 1905"),
  };
  assert.deepEqual(flaws(cloze), []);
  assert.ok(flaws({ ...cloze, prompt: "Fill in the blank: In _____ _____ became the first Resident-General." }).includes("a cloze needs exactly one blank"));
  assert.ok(flaws({ ...cloze, answer: "Gojong" }).includes("the answer is not in the cited sentence"));
  assert.ok(flaws({ ...cloze, prompt: "Fill in the blank: In 1905 Ito Hirobumi (_____) became the first Resident-General." }).includes("the prompt gives the answer away"));
});
