import assert from "node:assert/strict";
import { test } from "node:test";
import { findDates, findTitleDates } from "./dates";
import { splitSentences } from "./sentences";

const values = (text: string) => findDates(splitSentences(text)).map((date) => `${date.text}=${date.value}`);

test("full dates, months, seasons and bare years", () => {
  assert.deepEqual(values("On July 7, 2004 it ended. In August 1945 it began. The 30 September 1990 treaty."), ["July 7, 2004=2004-07-07", "August 1945=1945-08", "The 30 September 1990=1990-09-30"]);
  assert.deepEqual(values("In the spring of 1945 the war ended."), ["the spring of 1945=1945-SP"]);
  assert.deepEqual(values("In 988 Vladimir was baptised. Rome fell in 476 AD."), ["988=0988", "476 AD=0476"]);
});

test("centuries, decades and ranges", () => {
  assert.deepEqual(values("In the 19th century and in the early 1960s."), ["the 19th century=18", "the early 1960s=196"]);
  assert.deepEqual(values("The war of 1904–1905 was short."), ["1904=1904", "1905=1905"]);
  assert.deepEqual(values("In the eighteenth century and the 1800s."), ["the eighteenth century=17", "the 1800s=18"]);
});

test("quantities are not years", () => {
  assert.deepEqual(values("About 1500 soldiers and 2000 people died; 1,000 more fled."), []);
});

test("relative dates resolve against the text's previous date", () => {
  assert.deepEqual(values("In 1910 they signed it. Two years later war began. The following year it ended."), [
    "1910=1910",
    "Two years later=1912",
    "The following year=1913",
  ]);
  assert.deepEqual(values("In 2004 it marked 120 years since the treaty."), ["2004=2004", "120 years since=1884"]);
  assert.deepEqual(values("In June of present year they spoke."), ["June of present year=XXXX-06"]);
});

test("durations are told apart from dates", () => {
  const found = findDates(splitSentences("The war lasted for 15 years. It was a three-year war."));
  assert.deepEqual(found.map((date) => [date.text, date.value, date.kind]), [
    ["for 15 years", "P15Y", "duration"],
    ["three-year", "P3Y", "duration"],
  ]);
});

test("anaphoric 'that time' takes the previous date, at most to the year", () => {
  assert.deepEqual(values("It was recognised on January 30, 1950. At that time the war was going on."), ["January 30, 1950=1950-01-30", "that time=1950"]);
  assert.deepEqual(values("Things changed in the middle of 19 century. During that time Japan grew. In those years it was rich."), [
    "the middle of 19 century=18",
    "that time=18",
    "those years=18",
  ]);
  assert.deepEqual(values("At that time nobody knew."), []);
});

test("'now' is the present in a present-tense sentence and the narrative time in a past-tense one", () => {
  assert.deepEqual(values("The ambassador now is Ivanov."), ["now=XXXX"]);
  assert.deepEqual(values("In 1883 the treaty was signed. Now western countries had influence in Korea."), ["1883=1883", "Now=1883"]);
  assert.deepEqual(values("Now that the war was over, they left."), []);
});

test("bare counted durations need a number, not 'a' or 'several'", () => {
  const found = (text: string) => findDates(splitSentences(text)).map((date) => `${date.text}=${date.value}=${date.kind}`);
  assert.deepEqual(found("Russia and China: three centuries of neighbourhood."), ["three centuries=P300Y=duration"]);
  assert.deepEqual(found("In 1910 it ended. Two years later war began."), ["1910=1910=date", "Two years later=1912=date"]);
  assert.deepEqual(found("Once a year they met. He was 30 years old."), []);
});

test("fractions of a unit are durations: 'half a century', 'two and a half centuries'", () => {
  const found = (text: string) => findDates(splitSentences(text)).map((date) => `${date.text}=${date.value}`);
  assert.deepEqual(found("Japan and China: half a century of wars"), ["half a century=P50Y"]);
  assert.deepEqual(found("It lasted a quarter of a century."), ["a quarter of a century=P25Y"]);
  assert.deepEqual(found("For two and a half centuries they were neighbours."), ["For two and a half centuries=P250Y"]);
  assert.deepEqual(found("They talked for one and a half years."), ["for one and a half years=P18M"]);
});

test("century and decade pairs, 'that same year', the next decade or century", () => {
  assert.deepEqual(values("In the late 19th and early 20th centuries trade grew."), ["19th=18", "20th centuries=19"]);
  assert.deepEqual(values("In the XVII-XVIII centuries they traded."), ["XVII=16", "XVIII centuries=17"]);
  assert.deepEqual(values("They traded in the 1950s and '60s."), ["the 1950s=195", "'60s=196"]);
  assert.deepEqual(values("In the 1850s–60s they traded."), ["the 1850s=185", "60s=186"]);
  assert.deepEqual(values("In the 1800s it grew; in the 2000s it fell."), ["the 1800s=18", "the 2000s=200"]);
  assert.deepEqual(values("In 1900 it began. That same year the army left."), ["1900=1900", "That same year=1900"]);
  assert.deepEqual(values("In 1945 the war ended. The next decade was calm. In the following century it was forgotten."), ["1945=1945", "The next decade=195", "the following century=20"]);
});

test("numeric dates are day first unless only month first makes a date", () => {
  assert.deepEqual(values("Signed on 22.06.1965 and on 06/22/1941, and on 05/06/1950."), ["22.06.1965=1965-06-22", "06/22/1941=1941-06-22", "05/06/1950=1950-06-05"]);
});

test("title dates: Title Case unit words are read, event names are not; relative expressions need the body", () => {
  const title = (text: string) => findTitleDates({ index: -1, text, start: 0, end: text.length, paragraph: -1 }).map((date) => `${date.text}=${date.value}`);
  assert.deepEqual(title("Russia And India: 75 Years Of Friendship"), ["75 Years=P75Y"]);
  assert.deepEqual(title("Russia and China: a century of rivalry, 1850–1950"), ["a century=P100Y", "1850=1850", "1950=1950"]);
  assert.deepEqual(title("The Thirty Years' War And Its Peace"), []);
  assert.deepEqual(title("Forty Years Later: Korea Divided"), []);
  assert.deepEqual(title("Three Great Powers"), []);
});
