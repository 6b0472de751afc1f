import assert from "node:assert/strict";
import { test } from "node:test";
import { findDates, findTitleDates, removeDatePhrase } from "./dates";
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

test("seasons: across two years, 'that autumn', 'the following spring', 'the autumn of the same year'", () => {
  assert.deepEqual(values("In the winter of 1941–42 the army stopped."), ["the winter of 1941–42=1941-WI"]);
  assert.deepEqual(values("In July 1942 it began. That autumn they fought. The following spring they won."), ["July 1942=1942-07", "That autumn=1942-FA", "The following spring=1943-SP"]);
  assert.deepEqual(values("In 1905 it began. In the autumn of the same year it ended. In the spring of the next year they met."), [
    "1905=1905",
    "the autumn of the same year=1905-FA",
    "the spring of the next year=1906-SP",
  ]);
  assert.deepEqual(values("That spring nobody knew."), []);
});

test("the end of the decade, the turn of the century, the end of the year: the period of the previous date", () => {
  assert.deepEqual(values("In April 1961 he flew. Kennedy promised the moon by the end of the decade."), ["April 1961=1961-04", "the end of the decade=196"]);
  assert.deepEqual(values("In 1863 it met again. At the turn of the century everything changed."), ["1863=1863", "the turn of the century=18"]);
  assert.deepEqual(values("On 31 July 1991 they signed it, and at the end of the year the USSR was dissolved."), ["31 July 1991=1991-07-31", "the end of the year=1991"]);
  assert.deepEqual(values("By the end of the decade nobody knew."), []);
});

test("fractions of a unit in relative dates: months from a month anchor, else the nearest year", () => {
  assert.deepEqual(values("In October 1957 it began. Three and a half years later Gagarin flew."), ["October 1957=1957-10", "Three and a half years later=1961-04"]);
  assert.deepEqual(values("In March 1950 it began. Half a year later it ended."), ["March 1950=1950-03", "Half a year later=1950-09"]);
  assert.deepEqual(values("In 1950 it began. One and a half years later it ended."), ["1950=1950", "One and a half years later=1952"]);
});

test("'ago', 'a year earlier', 'the previous year' resolve against the text's previous date", () => {
  assert.deepEqual(values("In 2017 the Finns celebrated the independence they had won a century ago."), ["2017=2017", "a century ago=1917"]);
  assert.deepEqual(values("The next day the text was published. On 23 August 1939 it was signed. The next day it was published. A year earlier they met in Munich."), [
    "23 August 1939=1939-08-23",
    "The next day=1939-08-24",
    "A year earlier=1938",
  ]);
  assert.deepEqual(values("In 1956 he became president. The previous year he was prime minister."), ["1956=1956", "The previous year=1955"]);
  assert.deepEqual(values("On 22 june 1941 they attacked, and the same day Molotov spoke."), ["22 june 1941=1941-06-22", "the same day=1941-06-22"]);
});

test("vague relatives and event-anchored phrases are not dates", () => {
  const text = "In 1950 it began. A few years later it ended. Some years later, decades later, it was admitted. Several months after his death it was signed. Soon after the war they met. On the eve of the war they talked. In the post-war years they traded.";
  assert.deepEqual(values(text), ["1950=1950"]);
});

test("holidays recur: a day without a year is XXXX in a present-tense holiday sentence or 'every year'", () => {
  assert.deepEqual(values("It ended on the 9th of May 1945. Victory Day is celebrated on May 9th, while others remember 8 May."), [
    "the 9th of May 1945=1945-05-09",
    "May 9th=XXXX-05-09",
    "8 May=XXXX-05-08",
  ]);
  assert.deepEqual(values("In 1945 the war ended on 9 May. Every year on 9 May veterans marched."), ["1945=1945", "9 May=1945-05-09", "9 May=XXXX-05-09"]);
  assert.deepEqual(values("In 1995 they celebrated the victory on 9 May."), ["1995=1995", "9 May=1995-05-09"]);
});

test("a holiday sentence is present with 'today', 'still' or 'celebrates', even with a misspelt verb or a past clause", () => {
  assert.deepEqual(values("It was signed in 1855. Today Finland celebrates the 6th of December as its day."), ["1855=1855", "Today=XXXX", "the 6th of December=XXXX-12-06"]);
  assert.deepEqual(values("In 1990 a republic was formed; people still celebrait their holiday on 3 March."), ["1990=1990", "3 March=XXXX-03-03"]);
  assert.deepEqual(values("In 1990 the holiday was first marked on 3 March."), ["1990=1990", "3 March=1990-03-03"]);
});

test("a deictic word with a date in apposition is that date", () => {
  assert.deepEqual(values("He said: \"Yesterday, June 22nd, 1941 — a black day — the country was attacked.\""), ["Yesterday=1941-06-22", "June 22nd, 1941=1941-06-22"]);
  assert.deepEqual(values("Today, the 9th of May 1995, they marched. Today it is calm."), ["Today=1995-05-09", "the 9th of May 1995=1995-05-09", "Today=XXXX"]);
});

test("'75 years after Pearl Harbor', 'a decade after independence': counted from the date of the event named earlier", () => {
  assert.deepEqual(values("On 7 May 1915 a U-boat sank the Lusitania. In 1917 America joined. In 1920 it was over. Twenty years after the Lusitania they met again."), [
    "7 May 1915=1915-05-07", "1917=1917", "1920=1920", "Twenty years after=1935",
  ]);
  // The stem finds a misspelt mention; the date nearest the mention in its sentence counts.
  assert.deepEqual(values("Talks began on 1 March 1960, and Ghana became independant on 1 July 1960. In 1966 a coup came. A decade after independence it was calm."), [
    "1 March 1960=1960-03-01", "1 July 1960=1960-07-01", "1966=1966", "A decade after=1970",
  ]);
  // A mention without a date takes the first date of the next sentence of its paragraph.
  assert.deepEqual(values("Putiatin signed the Treaty of Shimoda. It was signed on February 7, 1855. In 1875 came another. So 167 years after Shimoda there is no border."), [
    "February 7, 1855=1855-02-07", "1875=1875", "167 years after=2022",
  ]);
  // No event, an event never dated, or a clause ("after Stalin died"): the previous date, as for "later".
  assert.deepEqual(values("In 1974 the colonels fell. Three days after that a new cabinet met. Two years after Makarios left it was calm."), [
    "1974=1974", "Three days after=1974", "Two years after=1976",
  ]);
  assert.deepEqual(values("Stalin rose in 1924. He died in 1953. Three years after Stalin died the thaw began."), ["1924=1924", "1953=1953", "Three years after=1956"]);
});

test("'in' with a counted length is a duration, but not the Russian-style 'in 1618 year'", () => {
  assert.deepEqual(values("In 1939 war began, and in a few weeks the army took the west; in three days more it was over."), ["1939=1939", "a few weeks=PXW", "three days=P3D"]);
  assert.deepEqual(values("In 1618 year the truce was signed."), ["1618=1618"]);
});

test("decades and centuries as students write them", () => {
  assert.deepEqual(values("In the first half of the 20th century, in 19th century, in the XIXth century, in the 20-th century."), [
    "the first half of the 20th century=19",
    "19th century=18",
    "the XIXth century=18",
    "the 20-th century=19",
  ]);
  assert.deepEqual(values("In the early 1990s, in 1990s, in the 1990-s, in the 90-s, in the mid-1980s, in late 1940s."), [
    "the early 1990s=199",
    "1990s=199",
    "the 1990-s=199",
    "the 90-s=199",
    "the mid-1980s=198",
    "late 1940s=194",
  ]);
  assert.deepEqual(values("In the 1950s and 1960s they were allies; in the 1920-1930s they were not."), ["the 1950s=195", "1960s=196", "1920=192", "1930s=193"]);
});

test("year ranges: 'from … to', 'between … and', '1904-05', 'the years 1937–1945', 'in 1941-1945 years', 'in 1945 year'", () => {
  assert.deepEqual(values("From 1950 to 1953 they fought, between 1904 and 1905 too, and in 1904-05."), ["1950=1950", "1953=1953", "1904=1904", "1905=1905", "1904=1904", "05=1905"]);
  assert.deepEqual(values("The years 1937–1945 were hard. In 1941-1945 years they fought. In 1945 year it ended."), ["1937=1937", "1945=1945", "1941=1941", "1945=1945", "1945=1945"]);
  assert.deepEqual(values("Then 1500 years passed, and 2000 years."), []);
});

test("lower-case month names with a year", () => {
  assert.deepEqual(values("On 22 june 1941 it began; in october 1962 it peaked; on june 22, 1941 too."), ["22 june 1941=1941-06-22", "october 1962=1962-10", "june 22, 1941=1941-06-22"]);
});

test("durations stay durations: 'for over 40 years', 'the 30-year treaty', 'a three-year war', 'for more than four decades'", () => {
  const found = findDates(splitSentences("It mattered for over 40 years. The 30-year treaty ended a three-year war that lasted for more than four decades in memory."));
  assert.deepEqual(found.map((date) => `${date.text}=${date.value}=${date.kind}`), [
    "for over 40 years=P40Y=duration",
    "30-year=P30Y=duration",
    "three-year=P3Y=duration",
    "for more than four decades=P40Y=duration",
  ]);
});

test("two-digit years take the century of the context: 'in '45', 'the summer of '41', 'May '45'", () => {
  assert.deepEqual(values("In 1939 they fought. In the summer of '41 they retreated, in May '45 they won, and the war ended in '45."), [
    "1939=1939",
    "the summer of '41=1941-SU",
    "May '45=1945-05",
    "'45=1945",
  ]);
  assert.deepEqual(values("In 1999 they met. In '05 they met again."), ["1999=1999", "'05=2005"]);
  assert.deepEqual(values("Rock 'n' roll came. He said '45 soldiers'. In the '60s it changed."), ["the '60s=196"]);
});

test("'the year after' and 'the day after' with no event after them are relative to the previous date", () => {
  assert.deepEqual(values("Pakistan became independent on 14 August 1947, and India the day after. In 1998 they met. The year after, they fought."), [
    "14 August 1947=1947-08-14",
    "the day after=1947-08-15",
    "1998=1998",
    "The year after=1999",
  ]);
  assert.deepEqual(values("In 1945 it ended. The year after the war they met."), ["1945=1945"]);
});

test("a decade of a named century, '-ies' decades, paired seasons, 'mid-19th century', 'decade-long'", () => {
  assert.deepEqual(values("In the 30s of the XX century, in the thirties of the 19th century and in the 1860-ies."), [
    "the 30s of the XX century=193",
    "the thirties of the 19th century=183",
    "the 1860-ies=186",
  ]);
  assert.deepEqual(values("In 1940 they met. In the summer and autumn of 1941 they fought. In the summer they rested."), [
    "1940=1940",
    "the summer=1941-SU",
    "autumn of 1941=1941-FA",
    "the summer=1941-SU",
  ]);
  assert.deepEqual(values("In the mid-19th century a decade-long war began."), ["the mid-19th century=18", "a decade-long=P10Y"]);
});

test("a season with a part-of-period word: 'the late summer of 1965'", () => {
  assert.deepEqual(values("The war broke out in the late summer of 1965 and ended in early spring 1966."), ["the late summer of 1965=1965-SU", "early spring 1966=1966-SP"]);
});

test("Russian-style forms: 'XVII c.', '1795 years' closing a list, 'on 4.11', and the word 'year' leaves the question stem", () => {
  assert.deepEqual(values("In the second half of XVII c. the balance changed. At the end of 19 c. it ended. It was c. 1700."), ["the second half of XVII c.=16", "the end of 19 c.=18", "1700=1700"]);
  assert.deepEqual(values("It was divided in 1772, 1793 and 1795 years. Then 1500 years passed."), ["1772=1772", "1793=1793", "1795=1795"]);
  assert.deepEqual(values("Now it is celebrated every year on 4.11. In 1612 it ended on 4.11. The rate fell on 2.10 percent."), ["Now=XXXX", "4.11=XXXX-11-04", "1612=1612", "4.11=1612-11-04"]);
  assert.equal(removeDatePhrase("It was finished by the Truce of Deulino in 1618 year.", 43, 47), "It was finished by the Truce of Deulino.");
  assert.equal(removeDatePhrase("From 1654 to 1667 yy. Russia fought.", 13, 17), "From 1654 to Russia fought.");
});

test("encyclopedia forms: three-digit years after 'c.' and before a verb, BC ranges, slash years, ranges written once", () => {
  assert.deepEqual(values("The Treaty of Verdun in 843 divided it. Charlemagne (b. c. 742) ruled. They came in 300 boats."), ["843=0843", "742=0742"]);
  assert.deepEqual(values("Caesar conquered Gaul in 58–50 BC."), ["58=BC0058", "50 BC=BC0050"]);
  assert.deepEqual(values("After the phoney war of 1939/40 and the winter of 1941/1942, in 1950/52."), ["1939=1939", "40=1940", "the winter of 1941/1942=1941-WI", "1950=1950"]);
  assert.deepEqual(values("It was beaten on 1–2 September 1870. They met on 28 Nov. – 1 Dec. 1943. At Verdun (February–December 1916) many died."), [
    "1=1870-09-01", "2 September 1870=1870-09-02", "28 Nov.=1943-11-28", "1 Dec. 1943=1943-12-01", "February=1916-02", "December 1916=1916-12",
  ]);
  assert.deepEqual(values("In 1940 Paris fell in mid-June."), ["1940=1940", "mid-June=1940-06"]);
  assert.deepEqual(values("In 1917 the war went on. On the night of 24–25 October the Bolsheviks took power."), ["1917=1917", "24=1917-10-24", "25 October=1917-10-25"]);
  assert.deepEqual(values("In the 1st c. BC Rome grew."), ["the 1st c. BC=BC00"]);
  assert.deepEqual(values("In 1941 the war began; in the late autumn the Germans stopped."), ["1941=1941", "the late autumn=1941-FA"]);
});

test("news forms: 'this spring' and 'this year' are the present unless a past-tense sentence tells of the narrative's year; 'of that time'; 'two hundred years'", () => {
  assert.deepEqual(values("This spring many readers asked me. This year the topic is quiet."), ["This spring=XXXX-SP", "This year=XXXX"]);
  assert.deepEqual(values("In 1905 the war ended. This year was hard for the tsar."), ["1905=1905", "This year=1905"]);
  assert.deepEqual(values("By 1914 they owned it. The country of that time was rich."), ["1914=1914", "that time=1914"]);
  assert.deepEqual(values("Two hundred years of friendship."), ["Two hundred years=P200Y"]);
});

test("days written as ordinal words: 'the eighteenth of June 1815', 'the first of September'", () => {
  assert.deepEqual(values("On the eighteenth of June 1815 they fought. In 1939 it began on the first of September. The first of many wars."), [
    "the eighteenth of June 1815=1815-06-18",
    "1939=1939",
    "the first of September=1939-09-01",
  ]);
});

test("'a year and a half later' is a relative date, 'for a year and a half' a duration", () => {
  assert.deepEqual(values("On 14 March 1988 they clashed. A year and a half later the troops left."), ["14 March 1988=1988-03-14", "A year and a half later=1989-09"]);
  const found = findDates(splitSentences("They talked for a year and a half."));
  assert.deepEqual(found.map((date) => `${date.text}=${date.value}=${date.kind}`), ["for a year and a half=P18M=duration"]);
});

test("'that same decade', 'the same century': the period of the previous date", () => {
  assert.deepEqual(values("Relations were normalised in November 1991. That same decade the parties became close."), ["November 1991=1991-11", "That same decade=199"]);
  assert.deepEqual(values("In 1812 it began. That decade was hard. In the same century it ended. That decade nobody knew."), ["1812=1812", "That decade=181", "the same century=18"]);
  assert.deepEqual(values("That same decade nobody knew."), []);
});

test("'next spring', 'next year' without an article follow the narrative, not a present or future sentence", () => {
  assert.deepEqual(values("Edward VII visited Paris in May 1903, and next spring the Entente was signed. Next year they met again."), [
    "May 1903=1903-05",
    "next spring=1904-SP",
    "Next year=1905",
  ]);
  assert.deepEqual(values("In 2023 they met. Next year the two countries will meet again."), ["2023=2023"]);
});

test("'these days' and 'at present' are the present", () => {
  assert.deepEqual(values("These days Hanoi is buying weapons. At present the two countries trade."), ["These days=XXXX", "present=XXXX"]);
  assert.deepEqual(values("The present-day border is long."), []);
});

test("decade pairs written once ('the 1870-80s'), decades of a named century, thousands of years", () => {
  assert.deepEqual(values("In the 1870-80s both powers grabbed land."), ["1870=187", "80s=188"]);
  assert.deepEqual(values("In the first decade of the 21st century and the last decade of the XX century."), [
    "the first decade of the 21st century=200",
    "the last decade of the XX century=199",
  ]);
  assert.deepEqual(values("China and Vietnam: two thousand years of neighbourhood"), ["two thousand years=P2000Y"]);
});

test("a three-digit year ends a range from a year ('from 111 BC to 938'), not a count", () => {
  assert.deepEqual(values("From 111 BC to 938 the north was ruled by Chinese dynasties."), ["111 BC=BC0111", "938=0938"]);
  assert.deepEqual(values("They came in from 300 to 400 ships."), []);
});

test("a month without a year sets the month for the relative dates after it", () => {
  assert.deepEqual(values("In July 1898 Marchand came. Paris gave way in early November, and four months later the two sides signed."), [
    "July 1898=1898-07",
    "early November=1898-11",
    "four months later=1899-03",
  ]);
});

test("Russian-style decades: 'the 60-70s (of the XX century)', 'in 90s', 'in mid-90s', 'XVIII-XIX cc.'", () => {
  assert.deepEqual(values("In the 60-70s of the XIX century they traded, and in the 60-70s they did too."), ["the 60=186", "70s of the XIX century=187", "the 60=196", "70s=197"]);
  assert.deepEqual(values("In 90s it was hard, in mid-90s too. He was in his 20s."), ["90s=199", "mid-90s=199"]);
  assert.deepEqual(values("In XVIII-XIX cc. they traded."), ["XVIII=17", "XIX cc.=18"]);
});

test("two days written with one month: 'February 8–9, 1904', '8 and 9 February', 'February 8 and 9'", () => {
  assert.deepEqual(values("The war began on February 8–9, 1904. In 1905 they fought on 8 and 9 February and on March 1 and 2."), [
    "February 8=1904-02-08",
    "9, 1904=1904-02-09",
    "1905=1905",
    "8=1905-02-08",
    "9 February=1905-02-09",
    "March 1=1905-03-01",
    "2=1905-03-02",
  ]);
});

test("a day alone ('on the 27th') takes the month of the previous date, and only then", () => {
  assert.deepEqual(values("In May 1905 the fleet arrived. On the 27th it was destroyed. By the 28th, it was over. On the 17th parallel they stopped."), [
    "May 1905=1905-05",
    "27th=1905-05-27",
    "28th=1905-05-28",
  ]);
  assert.deepEqual(values("In 1919 the troops came. On the 17th they left."), ["1919=1919"]);
});

test("'twelve months later' from a year is the next year; 'currently' and 'at the present time' are the present", () => {
  assert.deepEqual(values("In 1950 it began. Twelve months later it ended."), ["1950=1950", "Twelve months later=1951"]);
  assert.deepEqual(values("Currently they trade. At the present time they talk."), ["Currently=XXXX", "the present time=XXXX"]);
});

test("Russian-style hyphenated day ordinals: '9-th May 1945', 'the 9-th of May', 'on the 9-th'", () => {
  assert.deepEqual(values("On 9-th May 1945 it ended. On the 9-th of May 1945 it ended. In May 1946 they met. On the 9-th they left."), [
    "9-th May 1945=1945-05-09",
    "the 9-th of May 1945=1945-05-09",
    "May 1946=1946-05",
    "9-th=1946-05-09",
  ]);
});

test("'a fortnight later' is two weeks; 'five years latter' is the common misspelling of 'later'", () => {
  assert.deepEqual(values("On 5 May 1905 the fleet sailed. A fortnight later it was destroyed. The talks took a fortnight."), [
    "5 May 1905=1905-05-05",
    "A fortnight later=1905-05-19",
    "a fortnight=P2W",
  ]);
  assert.deepEqual(values("In 1905 the war ended. Five years latter they met."), ["1905=1905", "Five years latter=1910"]);
});

test("'eighteen months later' from a year is a year and a half, to the nearest year", () => {
  assert.deepEqual(values("In 1905 the war ended. Eighteen months later a treaty came."), ["1905=1905", "Eighteen months later=1907"]);
});

test("holidays on a fixed day are dates: with a year, or after 'on' with the year of the context; not in names", () => {
  assert.deepEqual(values("It was signed on New Year's Day 1863. On Christmas Eve 1979 troops came. In 1914 the war went on. On Christmas Day they stopped. The Christmas truce ended."), [
    "New Year's Day 1863=1863-01-01",
    "Christmas Eve 1979=1979-12-24",
    "1914=1914",
    "Christmas Day=1914-12-25",
  ]);
});

test("a winter written across two years puts its January to March in the second year; 'the winter of 1709' does not", () => {
  assert.deepEqual(values("In the winter of 1990/91 the tanks came. On 13 January people died. In February they voted."), [
    "the winter of 1990/91=1990-WI",
    "13 January=1991-01-13",
    "February=1991-02",
  ]);
  assert.deepEqual(values("In the winter of 1709 it was cold. In January the sea froze."), ["the winter of 1709=1709-WI", "January=1709-01"]);
});

test("the first end of 'from 11 May to 16 September 1939' and 'between May and August 1945' takes the year written after the second", () => {
  assert.deepEqual(values("In 1938 it was tense. From May to September 1939 they fought. From 11 May to 16 September 1939 they fought. Between May and August 1945 they planned."), [
    "1938=1938",
    "May=1939-05",
    "September 1939=1939-09",
    "11 May=1939-05-11",
    "16 September 1939=1939-09-16",
    "May=1945-05",
    "August 1945=1945-08",
  ]);
});

test("a part of a month belongs to the expression ('the end of February', 'early November'), a month with a year is read whole; 'the summer of AD 1397'", () => {
  assert.deepEqual(values("In 1658 the war began. At the end of February the Danes signed. At the end of August 1659 they met. In the summer of AD 1397 the union began."), [
    "1658=1658",
    "the end of February=1658-02",
    "August 1659=1659-08",
    "the summer of AD 1397=1397-SU",
  ]);
});

test("decimal measures: '1.5 years later' is a year and a half, 'for 1.5 years' 18 months; '1.5 per cent' is nothing", () => {
  assert.deepEqual(values("In March 1950 they met; 1.5 years later they parted. They fought for 1.5 years. Prices rose 1.5 per cent."), [
    "March 1950=1950-03",
    "1.5 years later=1951-09",
    "for 1.5 years=P18M",
  ]);
});

test("'in this year' in a past-tense sentence is the narrative's year, irregular verbs included; anaphoric 'this period', 'these years'", () => {
  assert.deepEqual(values("In 1905 the war ended. In this year he died. During this period the army grew. In these years trade grew."), [
    "1905=1905",
    "this year=1905",
    "this period=1905",
    "these years=1905",
  ]);
  assert.deepEqual(values("This year they trade a lot."), ["This year=XXXX"]);
});

test("a life span after a name and a birth date are dates that do not move the story's time", () => {
  assert.deepEqual(values("In June 1955 Jawaharlal Nehru (1889–1964) came. On 22 June he spoke. In 1853 Perry (1794-1858) arrived. The next year he came back."), [
    "June 1955=1955-06",
    "1889=1889",
    "1964=1964",
    "22 June=1955-06-22",
    "1853=1853",
    "1794=1794",
    "1858=1858",
    "The next year=1854",
  ]);
  assert.deepEqual(values("In 1904 the war began. Makarov, who was born in 1849, died in April. Putin (born 1952) came in 2000."), [
    "1904=1904",
    "1849=1849",
    "April=1904-04",
    "1952=1952",
    "2000=2000",
  ]);
  // A war's years in parentheses are the story's time.
  assert.deepEqual(values("The Crimean War (1853–1856) was lost. Three years later reforms began."), ["1853=1853", "1856=1856", "Three years later=1859"]);
});

test("a year naming an earlier event in a sentence already dated does not move the story's time", () => {
  assert.deepEqual(values("In 2016 Abe went back to the 1956 declaration. Two years later they met. In 1998 they recalled the treaty of 1855. The next year nothing happened."), [
    "2016=2016",
    "1956=1956",
    "Two years later=2018",
    "1998=1998",
    "1855=1855",
    "The next year=1999",
  ]);
  // Alone in its sentence, such a year is the story's time.
  assert.deepEqual(values("The 1855 treaty gave the Kurils to Russia. Twenty years later Sakhalin was exchanged."), ["1855=1855", "Twenty years later=1875"]);
});

test("a month named relative to the anchor: 'the following January', 'that December', 'the previous May', 'next January'", () => {
  assert.deepEqual(values("In March 1905 the army lost. The following January peace came. In 1910 they met. The previous May they had talked. That December they signed."), [
    "March 1905=1905-03",
    "The following January=1906-01",
    "1910=1910",
    "The previous May=1909-05",
    "That December=1909-12",
  ]);
});

test("'that night', 'the next morning' after a date known to the day; 'in two years' time'; 'the 1st decade of the 21st century'", () => {
  assert.deepEqual(values("On 5 May 1905 the fleet sailed. That night it was attacked. The next morning it sank. In two years' time peace came."), [
    "5 May 1905=1905-05-05",
    "That night=1905-05-05",
    "The next morning=1905-05-06",
    "two years' time=1907",
  ]);
  assert.deepEqual(values("In 1905 the war ended. That night they sang. In the 1st decade of the 21st century they traded."), ["1905=1905", "the 1st decade of the 21st century=200"]);
});

test("'the 6th and 9th of August 1945': the first day takes the month and year written after the second, not the previous date's", () => {
  assert.deepEqual(values("In June 1942 Midway was fought. On the 6th and 9th of August 1945 bombs fell. On the 6th and the 9th of August 1945 they fell."), [
    "June 1942=1942-06",
    "6th=1945-08-06",
    "9th of August 1945=1945-08-09",
    "6th=1945-08-06",
    "the 9th of August 1945=1945-08-09",
  ]);
});

test("American 'fall' as a season in context ('in the fall', 'that fall', 'the following fall'), not 'the fall of Constantinople'", () => {
  assert.deepEqual(values("In 1945 the war ended. In the fall the army left. The following fall they met. After the fall of Berlin they met. That fall of the empire was fast."), [
    "1945=1945",
    "the fall=1945-FA",
    "The following fall=1946-FA",
  ]);
});

test("Russian-style ordinal decades: '90-th years', 'the 1960-th', 'the 30th years of the 19th century'; ordinals that count stay out", () => {
  assert.deepEqual(values("In 90-th years Russia was weak. In the 1980-th it changed. In the 30th years of the 19th century they met."), [
    "90-th years=199",
    "the 1980-th=198",
    "the 30th years of the 19th century=183",
  ]);
  assert.deepEqual(values("The 90th anniversary came. The 1000th ship was built. The 40th army attacked."), []);
});

test("the Russian-style present 'in our days' / 'in our time' is the present, like 'nowadays'", () => {
  assert.deepEqual(values("In our days they trade. In our time they talk. Nowadays they cooperate. Our time is short."), ["our days=XXXX", "our time=XXXX", "Nowadays=XXXX"]);
});

test("a fractional month shift is whole months from a month, days from a day; never '1941-6.5'", () => {
  assert.deepEqual(values("In June 1941 it began. 1.5 months later it ended."), ["June 1941=1941-06", "1.5 months later=1941-08"]);
  assert.deepEqual(values("In June 1941 it began. Half a month later it ended."), ["June 1941=1941-06", "Half a month later=1941-07"]);
  assert.deepEqual(values("On 10 June 1941 it began. Half a month later it ended."), ["10 June 1941=1941-06-10", "Half a month later=1941-06-25"]);
});

test("'N years after <event>' is conservative: no gerund, adjective, possessive or clause; 'the death of X' needs X too", () => {
  // A gerund names no event: the previous date.
  assert.deepEqual(values("In 1810 returning soldiers marched home. In 1800 he left. Three years after returning from exile he wrote."), ["1810=1810", "1800=1800", "Three years after=1803"]);
  // "the death of Lenin" is not Peter's death; with Lenin in the dated sentence it is found.
  assert.deepEqual(values("The death of Peter came in 1725. In 1920 Lenin fell ill. Ten years after the death of Lenin the purges began."), ["1725=1725", "1920=1920", "Ten years after=1930"]);
  assert.deepEqual(values("Lenin's death in 1924 shocked them. In 1930 it began. Ten years after the death of Lenin the purges began."), ["1924=1924", "1930=1930", "Ten years after=1934"]);
  // An adjective is not the event: its noun is.
  assert.deepEqual(values("Long winters came in 1850. In 1900 talks began. Ten years after long negotiations they signed."), ["1850=1850", "1900=1900", "Ten years after=1910"]);
  // A possessive and "A and B <verb>" give up.
  assert.deepEqual(values("Napoleon's army crossed in 1812. In 1800 he was in Egypt. Ten years after Napoleon's invasion of Russia they met."), ["1812=1812", "1800=1800", "Ten years after=1810"]);
  assert.deepEqual(values("Russia was weak in 1800. In 1905 the war ended. Ten years after Russia and Japan signed it they met."), ["1800=1800", "1905=1905", "Ten years after=1915"]);
  // Whole words: "war" is not "warm".
  assert.deepEqual(values("A warm spring came in 1700. In 1800 it began. Ten years after the war they met."), ["1700=1700", "1800=1800", "Ten years after=1810"]);
});

test("a range after an event or state ('the Great Northern War (1700–1721)') is not a life span", () => {
  assert.deepEqual(values("In 1650 it began. The Great Northern War (1700–1721) changed it. Two years later Peter died."), ["1650=1650", "1700=1700", "1721=1721", "Two years later=1723"]);
  assert.deepEqual(values("In 1900 it began. The Soviet Union (1922–1991) was big. Two years later it fell."), ["1900=1900", "1922=1922", "1991=1991", "Two years later=1993"]);
  assert.deepEqual(values("In 1950 it began. Nehru (1889–1964) led India. Two years later it ended."), ["1950=1950", "1889=1889", "1964=1964", "Two years later=1952"]);
});

test("a year before a lower-case word that is no event noun is not a back-reference ('the 1921 famine began as the civil war ended')", () => {
  assert.deepEqual(values("In 1920, the 1921 famine began as the civil war ended. Two years later it ended."), ["1920=1920", "1921=1921", "Two years later=1923"]);
  assert.deepEqual(values("In 2016 Abe went back to the 1956 Joint Declaration. Two years later they met."), ["2016=2016", "1956=1956", "Two years later=2018"]);
});

test("'in a year of famine', 'in many years of exile' are no durations", () => {
  assert.deepEqual(values("In 1900 he was born in a year of famine. In many years of exile he wrote."), ["1900=1900"]);
  assert.deepEqual(values("In 1939 war began, and in three years the army was gone."), ["1939=1939", "three years=P3Y"]);
});

test("a holiday takes a year of four digits only ('At Christmas 500 prisoners were freed')", () => {
  assert.deepEqual(values("In 1900 it began. At Christmas 500 prisoners were freed."), ["1900=1900"]);
  assert.deepEqual(values("On Christmas 1914 they sang. On Boxing Day 800 AD it fell."), ["Christmas 1914=1914-12-25", "Boxing Day 800 AD=0800-12-26"]);
});

test("after a winter across two years, the months after it are in the second year; its December in the first", () => {
  assert.deepEqual(values("In the winter of 1941/42 it froze. In May they attacked."), ["the winter of 1941/42=1941-WI", "May=1942-05"]);
  assert.deepEqual(values("In the winter of 1941/42 it froze. In December they stopped."), ["the winter of 1941/42=1941-WI", "December=1941-12"]);
});

test("'still' makes a holiday present only with a present verb after it", () => {
  assert.deepEqual(values("In 1945 it ended. Still in Berlin, they celebrated on 9 May."), ["1945=1945", "9 May=1945-05-09"]);
  assert.deepEqual(values("In 1945 it ended. They still celebrate on 9 May."), ["1945=1945", "9 May=XXXX-05-09"]);
});
