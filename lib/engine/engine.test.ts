import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { analyzeDocument, EngineInputError, parseCorrectionsFile } from "./index";

const essayPath = new URL("../../content/russia-korea/source.txt", import.meta.url);
const essay = readFileSync(essayPath, "utf8");
const corrections = parseCorrectionsFile(JSON.parse(readFileSync(new URL("../../content/russia-korea/corrections.json", import.meta.url), "utf8")));
const analysis = analyzeDocument(essay, { corrections });

test("cleans the essay: navigation removed, title and source kept as metadata, Cyrillic kept", () => {
  assert.equal(analysis.title, "Russian-Korean relations");
  assert.match(analysis.source ?? "", /^torkunov\.mgimo\.ru "Россия - Корея/);
  assert.ok(!analysis.original.includes("Найти тему"));
  assert.ok(analysis.original.includes("(конец цитаты)"));
  assert.ok(!analysis.original.includes("Источник"));
});

test("applies the reviewed corrections and keeps the original wording", () => {
  assert.ok(analysis.text.includes("Seoul") && !analysis.text.includes("Seul"));
  assert.ok(analysis.text.includes("Gleb Ivashentsov"));
  assert.ok(analysis.original.includes("Iveshenzov"));
  for (const wrong of ["estiblish", "beggining", "paninsula", "independance", "collonisation", "decicded", "hepled", "Respublic", "representativies", "Easten", "Specail", "difficulteis", "qoute"]) {
    assert.ok(!analysis.text.includes(wrong), wrong);
  }
  assert.equal(analysis.spelling.proposals.length, 0);
});

test("finds the essay's 16 dates with TIMEX3 values, relative and anaphoric ones resolved against the text", () => {
  const values = analysis.dates.filter((date) => date.kind === "date").map((date) => `${date.text}=${date.value}`);
  assert.deepEqual(values, [
    "7th of July in 2004=2004-07-07", "120 years since=1884", "2002=2002", "now=XXXX", "middle of 19 century=18", "that time=18", "1876=1876",
    "1882=1882", "1883=1883", "Now=1883", "1910=1910", "40 years later=1950", "August 1945=1945-08", "1945=1945", "30th of September in 1990=1990-09-30",
    "June of present year=XXXX-06",
  ]);
  const later = analysis.dates.find((date) => date.text === "40 years later");
  assert.equal(later?.anchor, "1910");
  assert.equal(analysis.dates[0].text, "7th of July in 2004");
});

test("finds the essay's actors with kinds and merged aliases", () => {
  const byName = new Map(analysis.actors.map((actor) => [actor.name, actor]));
  assert.equal(byName.get("Russia")?.kind, "state");
  assert.ok(byName.get("Russia")?.aliases.includes("Russian Federation"));
  assert.equal(byName.get("Gleb Ivashentsov")?.kind, "person");
  assert.equal(byName.get("Soviet Army")?.kind, "organization");
  assert.equal(byName.get("Seoul")?.kind, "place");
  assert.equal(byName.get("EXO")?.kind, "group");
  assert.ok(byName.get("South Korea")?.aliases.includes("South Korean Republic"));
  assert.ok(!analysis.actors.some((actor) => ["Also", "Things", "South", "Special Military Operation"].includes(actor.name)));
});

test("segments the essay into 3–5 titled lessons by period", () => {
  assert.ok(analysis.lessons.length >= 3 && analysis.lessons.length <= 5);
  for (const lesson of analysis.lessons) assert.ok(lesson.title.length > 3 && lesson.text.length > 0);
  assert.equal(analysis.lessons.map((lesson) => lesson.text).join("\n\n"), analysis.text);
});

test("bad input gets a clear error", () => {
  const codeOf = (input: string) => {
    try {
      analyzeDocument(input);
      return "none";
    } catch (error) {
      assert.ok(error instanceof EngineInputError);
      return error.code;
    }
  };
  assert.equal(codeOf("   \n "), "empty");
  assert.equal(codeOf("abc\u0000\u0001def"), "binary");
  assert.equal(codeOf("x".repeat(10 * 1024 * 1024)), "too_large");
  assert.equal(codeOf("Найти тему\nИсточник: somewhere"), "no_content");
});

test("a text with no dates is not an error", () => {
  const result = analyzeDocument("The Vikings\n\nThe Vikings sailed from Scandinavia. They traded with Byzantium and raided England.");
  assert.equal(result.dates.length, 0);
  assert.ok(result.warnings.some((warning) => warning.includes("No dates")));
});

test("the title line is analysed: its dates and actors are kept apart and make no questions", () => {
  const text = [
    "Menu | Search",
    "",
    "Russia and Korea: half a century of talks, 1990–2040",
    "",
    "In 1990 the Soviet Union and the Republic of Korea established relations. Two years later Boris Yeltsin visited Seoul.",
    "",
    "In 2004 the two states marked the anniversary. Vladimir Putin met Roh Moo-hyun in Moscow.",
  ].join("\n");
  const result = analyzeDocument(text);
  assert.equal(result.title, "Russia and Korea: half a century of talks, 1990–2040");
  assert.ok(!result.original.includes("Menu"));
  assert.deepEqual(result.titleDates?.map((date) => `${date.key}:${date.text}=${date.value}:${date.kind}`), [
    "title-date-1:half a century=P50Y:duration",
    "title-date-2:1990=1990:date",
    "title-date-3:2040=2040:date",
  ]);
  for (const date of result.titleDates ?? []) {
    assert.equal(date.sentence, result.title);
    assert.equal(date.sentenceIndex, -1);
    assert.equal(date.lessonKey, result.lessons[0].key);
  }
  // Body dates are unchanged; no question cites the title or asks about a date found only there.
  assert.deepEqual(result.dates.map((date) => date.value), ["1990", "1992", "2004"]);
  assert.ok(result.questions.every((question) => !question.source.includes(result.title)));
  assert.ok(result.questions.every((question) => !JSON.stringify(question).includes("2040")));
  // Bare names in the title are the present-day states (annotation guidelines): "Korea" is South Korea.
  const byName = new Map(result.actors.map((actor) => [actor.name, actor]));
  const russia = byName.get("Russia");
  assert.deepEqual(russia?.mentions, []);
  assert.deepEqual(russia?.titleMentions?.map((mention) => [mention.text, mention.sentence, mention.sentenceIndex, mention.lessonKey]), [["Russia", result.title, -1, "lesson-1"]]);
  assert.deepEqual(byName.get("South Korea")?.titleMentions?.map((mention) => mention.text), ["Korea"]);
  assert.ok(byName.get("South Korea")!.mentions.length > 0, "merged with the body's Republic of Korea");
  // Actors named only in the title come last, are in no lesson, and are no distractors.
  assert.equal(result.actors[result.actors.length - 1].name, "Russia");
  assert.ok(result.lessons.every((lesson) => !lesson.actorKeys.includes(russia!.key)));
  assert.ok(result.questions.every((question) => !JSON.stringify(question).includes('"Russia"')));
});

test("a Title Case title gives no actors without evidence; a title made from the first sentence is not analysed twice", () => {
  const result = analyzeDocument("Three Centuries Of Great Neighbours\n\nIn 1689 the Qing Empire signed a treaty with Russia.");
  assert.deepEqual(result.actors.flatMap((actor) => actor.titleMentions ?? []), []);
  const untitled = analyzeDocument("In 1689 the Qing Empire signed a treaty with Russia. It held for 150 years.");
  assert.deepEqual(untitled.titleDates, []);
  assert.ok(untitled.actors.every((actor) => !actor.titleMentions));
});

test("lesson titles start with a capital letter", () => {
  for (const lesson of analysis.lessons) assert.match(lesson.title, /^\p{Lu}/u, lesson.title);
  const states = analyzeDocument("Relations\n\nIn 1854 the United States and Japan signed a treaty. The United States sent ships to Japan. The United States grew.");
  assert.equal(states.lessons[0].title, "The United States and Tokugawa shogunate, 1854");
});

test("a present passive ('they are called') is the present: a bare country name in it is the present-day state", () => {
  const text = "Islands\n\nIn 1945 the Soviet Union took the islands. In Japan they are called the Northern Territories, in Russia simply the South Kurils.";
  const owners = analyzeDocument(text).actors.filter((actor) => actor.mentions.some((mention) => mention.text === "Russia"));
  assert.deepEqual(owners.map((actor) => actor.name), ["Russia"]);
  const past = analyzeDocument(text.replace("are called", "were called")).actors.filter((actor) => actor.mentions.some((mention) => mention.text === "Russia"));
  assert.deepEqual(past.map((actor) => actor.name), ["Soviet Union"]);
});

test("a bare country name under 'the beginning of the 20th century' is the polity of those years; 'Soviet Russia' before 1923 is the RSFSR", () => {
  const owner = (text: string, surface: string) => analyzeDocument(text).actors.filter((actor) => actor.mentions.some((mention) => mention.text === surface)).map((actor) => actor.name);
  assert.deepEqual(owner("Power\n\nIn the beginning of the 20th century Japan won a victory over Russia. In 1924 America closed its doors.", "Russia"), ["Russian Empire"]);
  assert.deepEqual(owner("Power\n\nAt the end of the 20th century Russia was weak. In 2005 it grew.", "Russia"), ["Russia"]);
  assert.deepEqual(owner("Help\n\nIn 1921 the revolutionaries asked Soviet Russia for help. In 1939 Soviet Russia fought Japan.", "Soviet Russia"), ["Russian Soviet Federative Socialist Republic", "Soviet Union"]);
});
