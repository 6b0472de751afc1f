import assert from "node:assert/strict";
import { test } from "node:test";
import { buildLexicon, findActorMentions, mergeActors, yearsOfDate } from "./actors";
import type { FoundDate } from "./dates";
import { EMPTY_CORRECTIONS } from "./corrections";
import { analyzeDocument } from "./index";
import { splitSentences } from "./sentences";
import { loadSpellingResources } from "./spelling-data";

const speller = loadSpellingResources().speller;
const isWord = (word: string) => speller?.correct(word) ?? false;
const lexicon = buildLexicon(EMPTY_CORRECTIONS);
const actors = (text: string) => mergeActors(findActorMentions(splitSentences(text), lexicon, isWord), lexicon);
const names = (text: string) => actors(text).map((actor) => `${actor.name}:${actor.kind}`);

test("organisations with nested 'of the' are one name, typed by their head", () => {
  assert.ok(names("In 1923 he studied at the Communist University of the Toilers of the East.").includes("Communist University of the Toilers of the East:organization"));
  assert.deepEqual(names("In 2018 the Supreme Court of South Korea ruled."), ["Supreme Court of South Korea:organization"]);
  assert.deepEqual(names("He founded the Communist Party of Vietnam."), ["Communist Party of Vietnam:group"]);
});

test("capitalised runs without evidence are not actors", () => {
  assert.deepEqual(names("They signed the Treaty of Good-Neighbourliness and Friendly Cooperation."), []);
  assert.deepEqual(names('The gas pipeline "Power of Siberia" started working.'), []);
  assert.deepEqual(names("Vietnam started the Doi Moi reforms. Moscow sent MiG fighters."), ["Vietnam:state", "Moscow:place"]);
  assert.deepEqual(names("The text was written in Latin."), []);
  assert.deepEqual(names("China, Russia and four Central Asian republics met."), ["China:state", "Russia:state"]);
});

test("people: family-name-first names, given names, titles", () => {
  assert.deepEqual(names("Leonid Brejnev and Le Duan signed it. Kuroda Kiyotaka arrived."), ["Leonid Brejnev:person", "Le Duan:person", "Kuroda Kiyotaka:person"]);
  assert.deepEqual(names("It was the joint declaration of Kim Dae-jung and Obuchi Keizo."), ["Kim Dae-jung:person", "Obuchi Keizo:person"]);
});

test("a title, abbreviated or not, goes before a name even where the name is a dictionary word or opens the sentence", () => {
  assert.deepEqual(names("Mrs. Thatcher visited Moscow. Later Gen. MacArthur landed. Capt Cook sailed on. In 2014 Mr. Obama came."), [
    "Thatcher:person",
    "Moscow:place",
    "MacArthur:person",
    "Cook:person",
    "Obama:person",
  ]);
});

test("names next to other names: 'Lula of the Workers' Party', a party and its leader, particles, peerages, titled one-word names, colonies", () => {
  assert.deepEqual(names("In 2003 Lula of the Workers' Party won. The Radical Party of Nikola Pasic ruled."), ["Lula:person", "Workers' Party:group", "Radical Party:group", "Nikola Pasic:person"]);
  assert.deepEqual(names("Catherine of Aragon married Henry. The Khanate of Kazan fell."), ["Catherine of Aragon:person", "Henry:person", "Khanate of Kazan:state"]);
  assert.ok(names("The Derg of Mengistu Haile Mariam ruled.").includes("Mengistu Haile Mariam:person"));
  assert.deepEqual(names("Jan Pronk and Johannes van den Bosch came. In Jan 1950 Britain agreed."), ["Jan Pronk:person", "Johannes van den Bosch:person", "United Kingdom:state"]);
  assert.deepEqual(names("In 1941 the Duke of Aosta surrendered. Emperor Franz Joseph declared war."), ["Duke of Aosta:person", "Franz Joseph:person"]);
  assert.deepEqual(actors("Queen Draga was killed.").map((actor) => actor.aliases), [["Draga"]]);
  assert.deepEqual(names("In 2020 king Willem-Alexander apologised. Italian Somaliland and the Dutch East Indies were colonies."), ["Willem-Alexander:person", "Italian Somaliland:state", "Dutch East Indies:state"]);
  assert.deepEqual(names("A bloody battle at Surabaya began."), ["Surabaya:place"]);
});

test("a name before a lower-case body noun is that body; compass words before a known name; Portuguese particles", () => {
  assert.deepEqual(names("In 1869 the Rubattino shipping company came. In 1991 they created the ABACC agency."), ["Rubattino:organization", "ABACC:organization"]);
  assert.deepEqual(names("From 1967 the Netherlands chaired the IGGI donor group. The islands of the Habomai group stayed."), ["Netherlands:state", "IGGI:organization", "Habomai:place"]);
  assert.deepEqual(names("The Dutch kept Western New Guinea until 1962. They met in Foz do Iguaçu."), ["Dutch:group", "Western New Guinea:place", "Foz do Iguaçu:place"]);
  assert.deepEqual(names("The Chamber of Deputies voted."), ["Chamber of Deputies:organization"]);
});

test("more titles, upper or lower case, before a name; one-word process names are not actors", () => {
  assert.deepEqual(names("In 1937 viceroy Graziani ordered reprisals. In 1918 hetman Skoropadsky ruled."), ["Graziani:person", "Skoropadsky:person"]);
  assert.deepEqual(actors("In 1905 the Prince of Wales came.").map((actor) => [actor.name, ...actor.aliases]), [["Prince of Wales"]]);
  assert.deepEqual(names("Nicholas II ruled. In 1905 Tsar Nicholas gave way."), ["Nicholas II:person"]);
  // An adjective before a body noun is no body: "the Eastern bloc", "the Communist bloc".
  assert.deepEqual(names("In 1955 the Eastern bloc and the Communist bloc met."), []);
  assert.deepEqual(names("After the Anschluss Austria disappeared. Brandt started Ostpolitik in 1969."), ["Austria:state", "Brandt:person"]);
});

test("Arabic names keep their article: 'Abd al-Aziz', 'Anwar el-Sadat', 'al-Qaeda'", () => {
  assert.deepEqual(actors("Abd al-Aziz ruled. In 1981 Anwar el-Sadat was killed. In 2001 al-Qaeda attacked.").map((actor) => actor.name), ["Abd al-Aziz", "Anwar el-Sadat", "al-Qaeda"]);
});

test("a misspelt name merges into the person it misspells, a regnal number aside; other kings stay apart", () => {
  assert.deepEqual(actors("Menelik II ruled Ethiopia. In 1893 Menelick denounced the treaty.").map((actor) => [actor.name, ...actor.aliases]), [["Menelik II", "Menelick"], ["Ethiopia"]]);
  assert.deepEqual(names("In 1936 Haile Selassie fled. In Geneva Haile Selasie asked for help. Haile Selassie returned."), ["Haile Selassie:person", "Geneva:place"]);
  assert.deepEqual(names("Alexander II freed the serfs. Alexander III did not."), ["Alexander II:person", "Alexander III:person"]);
});

test("'X of Y' without 'the' stays one name, and a known state after it is not guessed anew", () => {
  assert.deepEqual(names("Joan of Arc fought. Isabella of Castile ruled."), ["Joan of Arc:person", "Isabella of Castile:person"]);
  assert.ok(!names("Nehru of India met Mao in 1954.").includes("India:person"));
});

test("large cities are places, unless they are part of a person's name", () => {
  assert.deepEqual(names("King Milan abdicated. General Houston won."), ["Milan:person", "Houston:person"]);
  assert.deepEqual(names("In 1500 the Duke of Milan came."), ["Duke of Milan:person"]);
  assert.deepEqual(names("In 1944 the Red Army entered Sofia."), ["Red Army:organization", "Sofia:place"]);
  assert.deepEqual(names("In 1828 Montevideo and Rio de Janeiro traded. Students wrote Bogota."), ["Montevideo:place", "Rio de Janeiro:place", "Bogotá:place"]);
  assert.deepEqual(names("Sam Houston won. Antonio José de Sucre marched. Queen Victoria reigned."), ["Sam Houston:person", "Antonio José de Sucre:person", "Queen Victoria:person"]);
});

test("every ISO country is known: a sovereign state is a state, a dependent territory a place", () => {
  assert.deepEqual(names("In 1865 Uruguay and Paraguay went to war. Later Guam was taken."), ["Uruguay:state", "Paraguay:state", "Guam:place"]);
});

test("aliases given by the text: brackets, 'known as', acronyms, state long forms", () => {
  const queen = actors("Japanese agents killed Queen Min (Empress Myeongseong) in Seoul.").find((actor) => actor.kind === "person");
  assert.deepEqual([queen?.name, queen?.aliases], ["Queen Min", ["Min", "Empress Myeongseong"]]);
  const ho = actors("The story starts with Ho Chi Minh. In the 1920s, when he was still known as Nguyen Ai Quoc, he worked in Moscow.");
  assert.equal(ho.filter((actor) => actor.kind === "person").length, 1);
  const vietnam = actors("Ho Chi Minh proclaimed the Democratic Republic of Vietnam. The Soviet Union recognised the DRV in 1950. Vietnam grew.");
  assert.deepEqual(vietnam.filter((actor) => actor.kind === "state").map((actor) => actor.name), ["Vietnam", "Soviet Union"]);
  assert.deepEqual(names("Dokdo islands (Takeshima in Japanese) are disputed."), ["Dokdo:place"]);
});

test("nationality words: a people as a noun, not a language or an adjective", () => {
  assert.deepEqual(names("A lot of Vietnamese of the older generation can speak Russian."), ["Vietnamese:group"]);
  assert.deepEqual(names("Koreans had to study in Japanese. The Japanese side refused."), ["Koreans:group"]);
});

test("initials stay inside a name; a regnal number drops the title; abbreviated months are not names", () => {
  assert.deepEqual(names("In 1961 John F. Kennedy met Khrushchev. George H. W. Bush came later, and V. I. Lenin earlier."), [
    "John F. Kennedy:person",
    "Khrushchev:person",
    "George H. W. Bush:person",
    "V. I. Lenin:person",
  ]);
  assert.deepEqual(names("Later Queen Elizabeth II visited Moscow. After Sept. 1, 1939 nobody came."), ["Elizabeth II:person", "Moscow:place"]);
  assert.deepEqual(names("Later Ayub Khan met him. They were allies against Napoleon."), ["Ayub Khan:person", "Napoleon:person"]);
});

test("places told by their context: location prepositions, 'the town of', motion 'to', lists, '-land', 'East'/'New' before a known name", () => {
  assert.deepEqual(names("The soldiers met on the Elbe. Pancho Villa raided the town of Columbus."), ["Elbe:place", "Pancho Villa:person", "Columbus:place"]);
  assert.deepEqual(names("They gave the Sudetenland to Hitler. Hitler attacked."), ["Sudetenland:place", "Hitler:person"]);
  assert.deepEqual(names("Settlers moved to Texas. The wars in Serbia and Chechnya went on. Planes bombed Hanoi and Haiphong."), [
    "Texas:place",
    "Serbia:state",
    "Chechnya:place",
    "Hanoi:place",
    "Haiphong:place",
  ]);
  assert.deepEqual(names("East Pakistan rebelled, and the USA took New Mexico."), ["East Pakistan:place", "United States:state", "New Mexico:place"]);
  assert.deepEqual(names("Stalin demanded land on the Karelian Isthmus."), ["Stalin:person", "Karelian Isthmus:place"]);
});

test("units, head nouns alone, peoples of a place, documents", () => {
  assert.deepEqual(names("The 6th Army surrendered."), ["6th Army:organization"]);
  const league = actors("In 1906 the All-India Muslim League was founded. The League grew.");
  assert.deepEqual(league.map((actor) => [actor.name, actor.mentions.length]), [["All-India Muslim League", 2]]);
  assert.deepEqual(names("Many Muslims of British India left."), ["Muslims:group", "British India:state"]);
  assert.deepEqual(names("They adopted the Lahore Resolution. The Zimmermann telegram was sent."), []);
});

test("truces, armistices, 'Time of Troubles' and 'Peace of …' are events, not people", () => {
  assert.deepEqual(names("The Time of Troubles ended, and the Truce of Deulino was signed. Later the Peace of Riga followed."), []);
});

test("'the British' used as a noun are a people, not the United Kingdom; 'the Qing' is still the dynasty's state", () => {
  assert.deepEqual(names("Greek Cypriots fought the British for union. Britain was tired."), ["Greek Cypriots:group", "British:group", "United Kingdom:state"]);
  assert.ok(names("The Qing were weak.").some((name) => name.endsWith(":state")));
});

test("a people as the subject of a past verb is a group: 'the Japanese saw it', 'many Japanese took it'", () => {
  assert.ok(names("In 1898 Russia took Port Arthur, and the Japanese saw it as a threat.").includes("Japanese people:group"));
  assert.ok(names("In 1924 many Chinese took it as an insult.").includes("Chinese people:group"));
  assert.ok(!names("In 1904 the Japanese fleet attacked.").some((name) => name.startsWith("Japanese")));
});

test("a name with a lower-case place noun after it is the same place: 'Iturup island' and 'Iturup'", () => {
  const found = actors("The border ran north of Iturup island. Later Iturup became the main problem.");
  assert.deepEqual(found.map((actor) => [actor.name, actor.kind, actor.aliases]), [["Iturup island", "place", ["Iturup"]]]);
});

test("a guessed one-word name one letter inside a known name is its misspelling: 'Sahalin', 'Hirosima'", () => {
  const found = actors("In 1875 Russia got the whole Sahalin. Later Sakhalin was divided. The bomb fell on Hirosima; Obama visited Hiroshima.");
  assert.deepEqual(found.filter((actor) => actor.kind === "place").map((actor) => [actor.name, [...actor.aliases].sort()]), [["Sakhalin", ["Sahalin"]], ["Hiroshima", ["Hirosima"]]]);
  // A changed ending is a derived word, not a typo: "Argentine" stays apart from Argentina.
  assert.ok(!actors("Argentina lost. An Argentine schoolchild knows it.").some((actor) => actor.name === "Argentina" && actor.aliases.includes("Argentine")));
});

test("plants with two words before 'plant' and craft after 'spaceship' are not actors", () => {
  assert.deepEqual(names("In 2013 Russia built the Kudankulam nuclear power plant."), ["Russia:state"]);
  assert.deepEqual(names("In 1984 he flew on the spaceship Soyuz T-11."), []);
});

test("names listed after a plural place noun are places: 'the ports of A and B', 'the islands — A, B and the C group'", () => {
  assert.deepEqual(names("In 1858 Japan opened the ports of Shimoda and Hakodate."), ["Japan:state", "Shimoda:place", "Hakodate:place"]);
  assert.deepEqual(names("It kept the four islands — Iturup, Kunashir, Shikotan and the Habomai group."), ["Iturup:place", "Kunashir:place", "Shikotan:place", "Habomai:place"]);
});

test("a military unit 'of' a person is two names: 'the Baltic Fleet of Zinovy Rozhdestvensky'", () => {
  assert.deepEqual(names("In May 1905 the Baltic Fleet of Zinovy Rozhdestvensky was destroyed."), ["Baltic Fleet:organization", "Zinovy Rozhdestvensky:person"]);
  assert.ok(names("He studied at the University of Tokyo.").includes("University of Tokyo:organization"));
});

test("'a war on the Khalkhin Gol river' names the place; a name after 'holiday' or 'festival' is not an actor", () => {
  assert.ok(names("In 1939 they fought a real war on the Khalkhin Gol river.").some((name) => name.startsWith("Khalkhin Gol") && name.endsWith(":place")));
  assert.deepEqual(names("Mongolians celebrate their national holiday Naadam in July."), ["Mongols:group"]);
});

test("one people under two plural names, and an organisation's short name, merge: 'Mongols'/'Mongolians', 'Security Council'", () => {
  const people = actors("In 1911 the Mongols rose. In 1921 the Mongolians won.").filter((actor) => actor.kind === "group");
  assert.equal(people.length, 1);
  const council = actors("In 1957 Moscow used its veto in the UN Security Council. Later it used the veto in the Security Council again.").filter((actor) => actor.kind === "organization");
  assert.deepEqual(council.map((actor) => actor.name), ["UN Security Council"]);
});

test("wartime alliances are organisations (annotation guidelines: alliances), not peoples", () => {
  assert.ok(names("In 1945 the Allies occupied Japan.").includes("Allies:organization"));
});

test("a bare name that the text uses for a treaty is the treaty; one it uses for a battle is the place", () => {
  assert.ok(!names("In 1855 Putiatin signed the Treaty of Shimoda. So 167 years after Shimoda there is no border.").some((name) => name.startsWith("Shimoda")));
  assert.ok(names("In 1858 Japan opened the ports of Shimoda and Hakodate. The Treaty of Shimoda was older.").includes("Shimoda:place"));
  assert.ok(names("In 1905 the battle of Mukden was lost. After Mukden the army retreated.").includes("Mukden:place"));
});

test("a name inside an award's name is not an actor; 'the question of Kashmir' is a territory", () => {
  assert.deepEqual(names("In 2024 Modi received the Order of St. Andrew the Apostle."), ["Modi:person"]);
  assert.ok(names("In 1957 Moscow supported India on the question of Kashmir.").includes("Kashmir:place"));
});

test("accented Latin capitals start a name: 'Øresund', 'Malmö'", () => {
  assert.ok(names("Today people commute across the Øresund to Malmö.").includes("Øresund:place"));
});

test("territory changing hands, 'between', 'the peasants of', 'as far as' make a guessed name a place; a kinship noun a person", () => {
  assert.deepEqual(names("In 1658 Denmark gave up Scania, Halland, Blekinge and Bornholm."), ["Denmark:state", "Scania:place", "Halland:place", "Blekinge:place", "Bornholm:place"]);
  assert.deepEqual(names("In 1501 young Ismail I took Tabriz. Later they went to war over Crete and gave Greece eastern Thrace."), ["Ismail I:person", "Tabriz:place", "Crete:place", "Greece:state", "Thrace:place"]);
  assert.deepEqual(names("The bridge runs between Copenhagen and Malmö. He raised the peasants of Dalarna. They advanced as far as Ashdod."), ["Copenhagen:place", "Malmö:place", "Dalarna:place", "Ashdod:place"]);
  assert.ok(names("Jagiello and his cousin Vytautas won.").includes("Vytautas:person"));
});

test("the plural of a nationality is its people: 'the Israelis'", () => {
  assert.ok(names("Ten days later the Israelis under Ariel Sharon crossed it.").includes("Israelis:group"));
});

test("a capitalised plural after 'the' or in a list of plurals is a people or a side: 'the Swedes', 'the Whites', not 'the Ems dispatch'", () => {
  assert.ok(names("During the war the Swedes attacked from the south.").includes("Swedes:group"));
  assert.ok(names("In 1918 Britain supported the Whites with money.").includes("Whites:group"));
  assert.ok(names("In the 1650s Cossacks, Russians and Swedes invaded the country.").includes("Swedes:group"));
  assert.ok(!names("Bismarck provoked the war with the Ems dispatch.").some((name) => name.startsWith("Ems")));
});

test("peoples and orders: 'Greek Cypriots', '1.2 million Orthodox Christians', 'the Teutonic Knights', 'the Free Officers'; parliaments are organisations", () => {
  assert.ok(names("In the mid-1950s Greek Cypriots fought the British.").includes("Greek Cypriots:group"));
  assert.ok(names("About 1.2 million Orthodox Christians left Turkey.").includes("Orthodox Christians:group"));
  assert.ok(names("He needed allies against the Teutonic Knights.").includes("Teutonic Knights:group"));
  assert.ok(names("In 1952 the Free Officers overthrew the king.").includes("Free Officers:group"));
  assert.deepEqual(names("In 1569 the Sejm met in Lublin. Sadat spoke in the Knesset."), ["Sejm:organization", "Lublin:place", "Sadat:person", "Knesset:organization"]);
});

test("a one-word name acting in the past is a person even if it is a dictionary word: 'Nelson destroyed', 'Wellington and the Prussians beat'", () => {
  // At the start of a sentence, a dictionary word needs the text to write it with a capital inside a sentence too.
  const found = names("Nelson destroyed the French fleet in 1805, and in 1815 Wellington and the Prussians beat Napoleon. Britain mourned Nelson.");
  assert.ok(["Nelson:person", "Wellington:person", "Napoleon:person"].every((name) => found.includes(name)));
  assert.ok(names("Napoleon changed the map once more.").includes("Napoleon:person"));
  assert.deepEqual(names("Situation changed after 2022. Troops attacked the town."), []);
});

test("a bare name before a numbered one is another ruler; after it, the same one: 'Napoleon' … 'Napoleon III', 'Selim I' … 'Selim'", () => {
  assert.deepEqual(names("In 1815 they beat Napoleon. In 1854 Napoleon III visited London."), ["Napoleon:person", "Napoleon III:person", "London:place"]);
  assert.deepEqual(actors("In 1514 the sultan Selim I saw him as a heretic. The next month Selim entered Tabriz.").filter((actor) => actor.kind === "person").map((actor) => actor.name), ["Selim I"]);
});

test("'the British and French left': a nationality coordinated with a people noun is a people too", () => {
  assert.ok(names("Under pressure the British and French left in December.").includes("French:group"));
});

test("a guessed name between a determiner and a common noun is an adjective: 'every Argentine schoolchild', 'the Safavid state'", () => {
  assert.deepEqual(names("Every year every Argentine schoolchild knows it. In 1722 the Safavid state collapsed. They shared the Nobel peace prize."), []);
  assert.deepEqual(names("In 1832 the powers chose a Bavarian prince. He founded the Tongmenghui there in 1905.").map((name) => name.split(":")[0]), ["Tongmenghui"]);
  assert.ok(names("On 26 October 1909 An Jung-geun shot Ito.").includes("An Jung-geun:person"));
  assert.ok(names("The army crossed the Bach Dang river.").some((name) => name.startsWith("Bach Dang")));
});

test("ships and documents named after people are not actors: 'the ship General Sherman', 'HMS Sheffield', 'the Taft–Katsura memorandum'", () => {
  assert.deepEqual(names("In 1866 the American ship General Sherman sailed up the river. A missile hit HMS Sheffield."), []);
  assert.deepEqual(names("By the Taft–Katsura memorandum of 1905 they agreed."), []);
});

test("'Poland' and 'Lithuania' are the Kingdom and the Grand Duchy before the Union of Lublin, the Commonwealth until 1795, the republics from 1918; a year between them names none", () => {
  const owner = (text: string, surface: string) => analyzeDocument(text).actors.filter((actor) => actor.mentions.some((mention) => mention.text === surface)).map((actor) => actor.name);
  assert.deepEqual(owner("Neighbours\n\nIn 1385 Poland needed a king.\n\nIn 1569 Poland and Lithuania formed one state.\n\nIn 1920 Poland fought Lithuania.", "Poland"), ["Kingdom of Poland", "Polish-Lithuanian Commonwealth", "Poland"]);
  assert.deepEqual(owner("Neighbours\n\nIn 1385 Lithuania was pagan.\n\nIn 1920 Poland fought Lithuania.", "Lithuania"), ["Grand Duchy of Lithuania", "Lithuania"]);
  assert.deepEqual(owner("Neighbours\n\nIn 1795 the state ended. In 1815 most of Poland went to Russia.", "Poland"), ["Poland"]);
});

test("'Germany' is the German Empire, the Weimar Republic or Nazi Germany by date; 'Persia'/'Iran' the Safavid, Qajar, Pahlavi or Islamic state, a bracketed gloss too", () => {
  const owner = (text: string, surface: string) => analyzeDocument(text).actors.filter((actor) => actor.mentions.some((mention) => mention.text === surface)).map((actor) => actor.name);
  assert.deepEqual(owner("Rivals\n\nIn 1914 Britain fought Germany.\n\nIn 1925 Germany joined the League.\n\nIn 1939 Germany attacked Poland.", "Germany"), ["German Empire", "Weimar Republic", "Nazi Germany"]);
  assert.deepEqual(owner("Rivals\n\nIn 1514 Persia lost.\n\nIn 1813 Persia (Персия) lost again.\n\nIn 1941 troops entered Iran.", "Persia"), ["Safavid Persia", "Qajar Iran"]);
  assert.deepEqual(owner("Rivals\n\nIn 1813 Persia (Персия) lost again.", "Персия"), ["Qajar Iran"]);
  assert.deepEqual(owner("Rivals\n\nIn 1941 troops entered Iran. In 1949 the Federal Republic of Germany was founded.", "Iran"), ["Imperial State of Iran"]);
});

test("'De Gaulle' after 'Charles de Gaulle' is the same person; 'the Egyptian Third Army' is 'Third Army'; 'UN General Assembly' is one name", () => {
  const found = actors("On 18 June Charles de Gaulle spoke on the radio. Later De Gaulle said no.").filter((actor) => actor.kind === "person");
  assert.deepEqual(found.map((actor) => [actor.name, actor.aliases]), [["Charles de Gaulle", ["De Gaulle"]]]);
  assert.ok(names("On 24 October the Egyptian Third Army was surrounded.").includes("Third Army:organization"));
  assert.deepEqual(names("In 1965 the UN General Assembly asked both sides to talk."), ["UN General Assembly:organization"]);
});

test("faiths are not actors; a treaty 'at' a place names the place; 'crossed the Aegean', 'a united Scandinavia' are places; '-as' names are not plurals", () => {
  assert.deepEqual(names("In 1501 he made Shia Islam the faith of his state."), []);
  assert.ok(names("In 1823 they signed two treaties at Erzurum.").includes("Erzurum:place"));
  assert.ok(names("By 1922 a million refugees had crossed the Aegean.").includes("Aegean:place"));
  assert.ok(names("In 1848 many students dreamed of a united Scandinavia.").includes("Scandinavia:place"));
  assert.ok(!names("In 1938 Warsaw forced Kaunas to open an embassy.").includes("Kaunas:group"));
  assert.ok(names("In 1994 the Zapatistas rebelled in Chiapas.").includes("Zapatistas:group"));
});

test("a capitalised dictionary word where a place is expected is a place: 'crossed the Channel', 'the Little Belt'; 'give Vyborg to' is territory", () => {
  assert.ok(names("In 1066 William crossed the Channel.").includes("Channel:place"));
  assert.ok(names("In 1658 the Little Belt and the Great Belt froze.").includes("Little Belt:place"));
  assert.ok(names("In 1940 Finland had to give Vyborg to the USSR.").includes("Vyborg:place"));
  assert.ok(names("NATO worries about the Suwałki Gap.").includes("Suwałki Gap:place"));
});

test("a title written in lower case before a name makes it a person, even a dictionary word: 'president Carter', 'prime minister Begin'", () => {
  assert.deepEqual(names("In 1978 president Carter met prime minister Begin and king Farouk."), ["Carter:person", "Begin:person", "Farouk:person"]);
});

test("ruling, liberating or quarrelling over a name makes it a place; 'the X party' a group; the Dáil a parliament", () => {
  assert.deepEqual(names("The East India Company ruled Bengal."), ["East India Company:organization", "Bengal:place"]);
  assert.ok(names("In 1962 Nehru and Zhou Enlai quarrelled over Aksai Chin.").includes("Aksai Chin:place"));
  assert.deepEqual(names("In 1918 the Sinn Fein party won. The Dail met in 1919."), ["Sinn Fein:group", "Dáil:organization"]);
});

test("a one-word name one letter from the surname of one full person name is that person: 'Shevardnadse', 'Pearce'; 'Ivanova' is not 'Ivanov'", () => {
  const person = (text: string) => actors(text).filter((actor) => actor.kind === "person").map((actor) => [actor.name, actor.aliases]);
  assert.deepEqual(person("Eduard Shevardnadze returned in 1992. Shevardnadse resigned in 2003."), [["Eduard Shevardnadze", ["Shevardnadse"]]]);
  assert.deepEqual(person("In 1916 Patrick Pearse read the proclamation. Pearce was shot."), [["Patrick Pearse", ["Pearce"]]]);
  assert.equal(person("Nikolai Ivanov came. Ivanova left.").length, 2);
});

test("more place nouns after a name ('the Kodori gorge', 'the Gaza strip') and more nationalities ('the Irish', 'Argentine')", () => {
  assert.deepEqual(names("In 2008 fighting began in the Kodori gorge and the Gaza strip."), ["Kodori:place", "Gaza:place"]);
  assert.deepEqual(names("In 1967 the Irish voted. In 1982 every Argentine schoolchild knew it."), ["Irish:group"]);
});

test("an unknown one-word name after 'the' is guessed a place, not a person: 'fixed the Rhine as the border'", () => {
  assert.ok(names("In 50 BC Caesar fixed the Rhine as the border.").includes("Rhine:place"));
});

test("'between' makes places only after a noun of a route or a border: not 'talks between Nixon and Brezhnev'", () => {
  assert.deepEqual(names("In 1972 talks between Nixon and Brezhnev began."), ["Nixon:person", "Brezhnev:person"]);
  assert.deepEqual(names("In 2000 the bridge over the Øresund between Copenhagen and Malmö opened."), ["Øresund:place", "Copenhagen:place", "Malmö:place"]);
});

test("'including' lists territory only after a territory noun; 'took X prisoner' takes a person", () => {
  assert.deepEqual(names("In 1955 many leaders came, including Nehru and Sukarno."), ["Nehru:person", "Sukarno:person"]);
  assert.ok(names("In 1848 Mexico lost half of its territory, including California.").includes("California:place"));
  assert.deepEqual(names("In 1979 the rebels took Somoza prisoner."), ["Somoza:person"]);
});

test("amendments, edicts, decrees, ultimatums and proclamations are documents, not actors: 'the Platt Amendment'", () => {
  assert.deepEqual(names("In 1901 the Platt Amendment gave Washington the right to intervene."), ["Washington:place"]);
});

test("a verb or an article between a name and a facility noun does not make the name a facility's", () => {
  assert.ok(names("In 1960 Nasser built the dam.").includes("Nasser:person"));
  assert.ok(names("In 1906 Stolypin visited the plant.").includes("Stolypin:person"));
  assert.deepEqual(names("Moscow built the Akkuyu nuclear plant."), ["Moscow:place"]);
});

test("a dictionary word at the start of a sentence is not a person because a verb of acting follows", () => {
  assert.deepEqual(names("Fire destroyed most of Moscow."), ["Moscow:place"]);
  assert.deepEqual(names("Cavalry attacked the flank. Famine destroyed the villages."), []);
});

test("a legislature's name alone is not a head noun of any name", () => {
  assert.ok(!names("In 1521 Cortes conquered the Aztecs.").includes("Cortes:organization"));
  assert.ok(!names("In 1519 Hernan Cortes landed in Mexico.").includes("Hernan Cortes:organization"));
  assert.ok(names("In 1791 the Sejm passed a constitution.").includes("Sejm:organization"));
  assert.ok(names("In 1812 the Cortes met in Cadiz.").includes("Cortes:organization"));
});

test("'between', 'including', 'captured' and 'gets' alone do not make a guessed name a place", () => {
  assert.ok(names("In 1917 the talks between Kerensky and Kornilov failed. Kornilov was arrested.").includes("Kornilov:person"));
  assert.ok(names("Several ministers, including Witte, resigned. Witte wrote memoirs.").includes("Witte:person"));
  assert.ok(names("In 1945 partisans captured Mussolini. Mussolini said nothing.").includes("Mussolini:person"));
});

test("a name ending in -is is not a people's plural, and a year is not a count", () => {
  assert.ok(!names("In 1806 Buenos Aires fell.").includes("Buenos Aires:group"));
  assert.ok(!names("In 1861 Jefferson Davis became president.").includes("Jefferson Davis:group"));
  assert.ok(names("There were 20,000 Orthodox Christians.").includes("Orthodox Christians:group"));
});

test("two plural names of peoples merge only when they name the same people", () => {
  const groups = names("The Bulgars crossed the Danube. Later the Bulgarians rebelled. The Bulgars fled and the Bulgarians stayed.").filter((name) => name.endsWith(":group"));
  assert.equal(groups.length, 2);
  const mongols = names("The Mongolians moved south. The Mongols attacked.").filter((name) => name.endsWith(":group"));
  assert.equal(mongols.length, 1);
});

test("a decade's early or late part is about a third of it", () => {
  const date = (text: string, value: string) => ({ text, value }) as FoundDate;
  assert.deepEqual(yearsOfDate(date("the late 1980s", "198")), [1986, 1989]);
  assert.deepEqual(yearsOfDate(date("the early 1980s", "198")), [1980, 1983]);
  assert.deepEqual(yearsOfDate(date("the end of the 19th century", "18")), [1885, 1899]);
});
