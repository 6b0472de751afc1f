import type { FoundDate } from "./dates";
import { DEMONYMS, GAZETTEER, LANGUAGES, POLITIES } from "./gazetteer";
import type { ActorKind, CorrectionsFile, Sentence } from "./types";
import { editDistance, isTitleCase, normalise } from "./util";

/** An actor mention before merging; offsets are relative to the sentence. */
export interface FoundMention {
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  kind: ActorKind;
  /** 3 = glossary/gazetteer, 2 = a telling word ("Army", "Empire"), 1 = a guess from the context. */
  confidence: number;
  /** Canonical name when a glossary or gazetteer entry matched. */
  canonical?: string;
  /**
   * No evidence that the run names an actor (dictionary words, no head noun, no name pattern): kept only if
   * it merges into a better-attested actor (a surname of a full name), dropped otherwise.
   */
  weak?: boolean;
  /** The name without the title the mention keeps ("Min" of "Queen Min"): an alias. */
  untitled?: string;
}

export interface FoundActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  mentions: FoundMention[];
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const COMPASS = new Set(["South", "North", "East", "West"]);
const CONNECTORS = new Set(["of", "the", "de", "von", "van", "der", "du", "da", "do", "dos", "das", "del", "di", "la", "le", "al", "bin", "ibn", "y"]);
/** Name particles that follow another before the name goes on: "van den Bosch", "von der Leyen", "de la Plata". */
const SECOND_PARTICLES = new Set(["den", "der", "la", "las", "los", "le"]);
/** "the" joins a name only before an epithet: "Peter the Great", "Ivan the Terrible". */
const EPITHETS = new Set("Great Terrible Wise Bold Good Younger Elder Conqueror Magnificent Pious Fair Confessor Quiet Blessed Lionheart Builder Liberator Peacemaker".split(" "));
/** Common given names (Russian, European, American, South Asian): a capitalised run that starts with one is a person. */
const FIRST_NAMES = new Set(
  ("Vladimir Nikolay Nikolai Nicholas Alexander Aleksandr Alexey Alexei Aleksei Mikhail Nikita Leonid Joseph Iosif Fyodor Feodor Yerofey Ivan Peter Pyotr " +
    "Sergei Sergey Boris Dmitry Dmitri Andrei Andrey Yuri Yury Konstantin Gleb Georgy Georgi Vyacheslav Vasily Vasili Grigory Grigori Pavel Paul Lavrenty " +
    "Anatoly Yevgeny Evgeny Viktor Oleg Igor Maxim Semyon Stepan Ilya Lev Leo Felix Anastas Kliment Nikolay Mikhail Yegor Valentina Yekaterina Catherine " +
    "Elizabeth Yelizaveta Anna Maria Natalia Olga Sofia Alexandra Tatiana Matthew John George William Franklin Harry Dwight Richard Ronald Theodore " +
    "Woodrow Douglas Winston Charles Henry James Thomas Abraham Ulysses Herbert Lyndon Gerald Jimmy Bill Barack Donald Joe Hillary Condoleezza Madeleine " +
    "Otto Napoleon Louis Friedrich Frederick Wilhelm Adolf Benito Francisco Karl Vladislav Jawaharlal Indira Mahatma Mohandas Rajiv Narendra Atal Manmohan " +
    "Subhas Genghis Kublai Tamerlane Emmanuel Angela Helmut Konrad Margaret Neville Clement Anthony Harold Edward Victoria Mary Robert Michael David Daniel Jan Johannes Willem Hendrik Pieter")
    .split(" "),
);
/** Common East Asian family names: a run of two or three short name words that starts with one is a person, family name first. */
const FAMILY_NAMES = new Set(
  ("Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Lim Im Han Shin Sin Seo Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Ko Moon Mun " +
    "Yang Son Bae Baek Heo Nam Roh Noh Ha Rhee Syngman Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Mao Deng Jiang " +
    "Xi Wen Chiang Yuan Zeng Kang Tan Peng Lu Ye Cai Dong Chou Soong Sung Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly To " +
    "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu " +
    "Abe Ikeda Hashimoto Yamashita Ishikawa Maeda Fujita Ogawa Okada Goto Murakami Kondo Saito Sakamoto Aoki Nishimura Fukuda Miura Fujiwara Matsuda " +
    "Nakagawa Harada Ono Takeuchi Wada Ishida Ueda Morita Hara Shibata Sakai Miyazaki Miyamoto Takeda Ueno Konoe Tojo Yamagata Okubo Saigo Kido " +
    "Katsura Komura Terauchi Kuroda Obuchi Koizumi Hatoyama Kishi Nakasone Oda Toyotomi Togo Yamamoto Matsuoka Hirota Shidehara Kan Noda Aso Mori Kaifu")
    .split(" "),
);
const TITLES = new Set(
  "Tsar Czar Tsarina King Queen Emperor Empress President General Admiral Prince Princess Count Countess Duke Duchess Minister Ambassador Chancellor Marshal Pope Sultan Khan Shah Mr Mrs Ms Dr Sir Lord Lady Saint St Premier Chairman Secretary Governor Colonel Captain Lieutenant Field Grand Prime Foreign Baron Archduke Kaiser Shogun Patriarch Metropolitan Commodore Prof Gen Col Lt Capt Sgt Maj Adm Gov Sen Rep Rev Pres Earl Marquess Viscount Viceroy Regent Hetman Emir Negus Khedive Maharaja Raja Nawab Caliph Sheikh Imam Ayatollah Bishop Archbishop Cardinal Consul Doge Voivode Ataman Pharaoh".split(" "),
);
/** Titles written with a period ("Gen. MacArthur"); the sentence splitter keeps them inside their sentence. */
const ABBREVIATED_TITLES = new Set("Mr Mrs Ms Dr Prof St Gen Col Lt Capt Sgt Maj Adm Gov Sen Rep Rev Pres".split(" "));
/** Titles that name a person with "of" and a place: a peerage, not an office ("Emperor of Japan"). */
const PEERAGES = new Set("Duke Duchess Prince Princess Count Countess Earl Marquess Viscount Baron".split(" "));
/** Titles that stay in the conventional name ("Queen Min", "Prince Gong", "Empress Myeongseong"); "King Gojong" is "Gojong". */
const NAME_TITLES = new Set("Queen Empress Emperor Prince Princess Khan".split(" "));
const CALENDAR = new Set(
  "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday AD BC CE BCE".split(" "),
);
const FUNCTION_WORDS = new Set(
  "The A An In On At By For From To Of And But Or So If When While After Before During Since Until Then Thus Therefore However Also This That These Those There Here It Its They Their He His She Her We Our You Your I As With Without Although Though Because Now Later Finally Meanwhile Despite Moreover Furthermore Instead Today Yesterday Once Soon Even Still Yet Both Each Every Many Some Most All Other Another Such What Which Who Whose Where Why How".split(" "),
);
const EVENT_HEADS = new Set(
  ("War Wars Revolution Operation Battle Treaty Agreement Conference Crisis Uprising Rebellion Revolt Reform Reforms Act Declaration Incident Invasion " +
    "Campaign Siege Games Olympics Accords Accord Protocol Doctrine Plan Offensive Massacre Famine Purge Purges Restoration Blockade Summit Era Age Period " +
    "Dynasty Convention Charter Statement Communique Memorandum Partnership Initiative Programme Program Project Policy Cup Prize Award Medal Festival " +
    "Exhibition Expo Pipeline Railway Highway Line Bridge Station Cathedral Temple Tower Wall Gate Declaration Constitution Code Manifesto Pact Talks Mission " +
    "Expedition Demands Points Theses Principles Resolution Purchase Telegram Shrine Monastery Mausoleum Pagoda Mosque Stadium Airport Truce Armistice Troubles Amendment Amendments Edict Decree Statute Ultimatum Proclamation Covenant")
    .split(" "),
);
/** Lower-case nouns after a capitalised run that make it a name of a thing, event or policy, not an actor ("Doi Moi reforms", "MiG fighters"). */
const THING_AFTER = /^\s+(?:reforms?|policy|policies|war|wars|treaty|treaties|pipeline|incident|crisis|campaign|doctrine|talks|summit|fighters?|bombers?|missiles?|tanks?|rifles?|jets?|aircraft|planes?|helicopters?|ships?|warships?|system|railway|project|programme|program|plan|agreement|declaration|era|period|revolution|uprising|rebellion|culture|language|dialect|cuisine|split|festival|holiday|style|script|alphabet|doctrine|operation|offensive|conference|restoration|expedition|affair|question|telegram|resolution|memorandum|line|evacuation|prize|holidays)\b/i;
/** Event nouns before "of"/"on" that make the following name part of the event's name ("battle of Dien Bien Phu"). */
const EVENT_BEFORE = /\b(?:(?:battle|battles|treaty|treaties|war|siege|convention|peace|massacre|treaty\s+on|agreement|conference|declaration|fall|capture|sack|defence|defense|liberation)\s+(?:of|on))\s+(?:the\s+)?$/i;
/**
 * A name before a lower-case building or facility noun is part of that facility's name ("the Akkuyu nuclear plant").
 * Only modifiers of the facility may come between: a verb or an article means the name is its subject ("Nasser
 * built the dam", "Stolypin visited the plant").
 */
const FACILITY_AFTER =
  /^\s+(?:(?:nuclear|power|atomic|hydroelectric|hydro|hydropower|thermal|coal|gas|oil|steel|iron|chemical|tractor|car|automobile|aircraft|naval|military|ship|shipbuilding|gold|copper|silver|salt|diamond|international|main|old|new|great|buddhist|shinto|orthodox|catholic)\s+){0,2}(?:plant|factory|pipeline|shrine|temple|monastery|airport|stadium|mine|dam|canal)\b/u;
/** Lower-case state nouns that complete a name: "the Tokugawa shogunate", "the Romanov dynasty". */
const STATE_AFTER = /^\s+(shogunate|dynasty|khanate|empire|kingdom|sultanate|caliphate)\b/;
/** Lower-case place nouns that are written as part of the name ("the Amur river", "the Korean peninsula"). */
const PLACE_NOUN_AFTER = /^ (?:river|peninsula|strait|bay|lake|sea|mountains|island)\b/;
const PLACE_AFTER = /^\s+(?:river|sea|island|islands|peninsula|strait|straits|bay|mountains|lake|valley|desert|region|province|gulf|coast|city|gorge|pass|delta|plateau|plain|plains|basin|harbou?r|steppe|archipelago|estuary|hills|range|district|oblast|territory|enclave|corridor|strip)\b/;
const ORGANIZATION_BEFORE = /\b(?:company|corporation|firm|bank|university|organisation|organization|agency|newspaper|army|navy|fleet)\s+$/i;
const GROUP_BEFORE = /\b(?:party|band|group|movement|tribe|clan|order)\s+$/i;
const ORGANIZATION_HEADS = new Set(
  "Army Navy Fleet Force Forces Corps Guard Volunteers Company Corporation Motors Chamber Forum Organisation Organization Council Committee Commission Church University Academy Institute Bank League Association Society Front Court Tribunal Trust Ministry Government Parliament Congress Assembly Agency Bureau Service Office Department Union Alliance Pact Group Club Fund Foundation Embassy Cabinet Senate Duma Soviet Legion Brigade Division Regiment Orchestra Theatre Museum Library School College".split(" "),
);
/**
 * Parliaments whose one-word name is also a surname or a common word ("Hernan Cortes", "a diet"): organisations
 * only alone and after "the" ("the Cortes met", "the Diet ratified"). Unambiguous ones ("Sejm", "Knesset") are
 * gazetteer names, not head nouns, so no other name ending in the word becomes an organisation.
 */
const LEGISLATURES_AFTER_THE = new Set(["Cortes", "Diet", "Rada", "Sabha", "Jirga", "Khural", "Majlis", "Landtag"]);
const ORDINAL_WORDS = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d+(?:st|nd|rd|th))$/;
const MILITARY_HEADS = new Set("Army Navy Force Fleet Flotilla Squadron Forces Corps Guard Legion Brigade Division Regiment".split(" "));
const STATE_HEADS = new Set(
  "Empire Kingdom Republic Federation Khanate Sultanate Caliphate Confederation Principality Duchy Shogunate Tsardom Commonwealth Emirate State States Dominion Protectorate Rus".split(" "),
);
const PLACE_HEADS = new Set(
  "River Sea Ocean Mountains Mountain Mount Belt Gap Pass Heights Peninsula Isthmus Archipelago Delta Plateau Island Islands Strait Straits Bay Lake Desert Valley Canal Gulf Plain Plains Basin City Province Region Oblast District Krai Street Square Palace Fortress Castle Cape Port Harbour Harbor Coast Steppe Forest Hills Territory Territories Prefecture County Land Lands East West North South".split(" "),
);
/** Processes, policies and catastrophes known by one foreign or capitalised word: never actors. */
const PROCESS_NAMES = new Set(
  "Anschluss Ostpolitik Perestroika Glasnost Blitzkrieg Reconquista Risorgimento Kulturkampf Intifada Nakba Holocaust Shoah Holodomor Apartheid Sakoku Juche Détente Detente Lebensraum Realpolitik Kristallnacht Hijra Tanzimat Nahda".split(" "),
);
const PLACE_PREFIX = /^(?:North|South|East|West|New|Northern|Southern|Eastern|Western|Upper|Lower|Central|Greater)$/;
/**
 * A lower-case noun for a body after its name, with at most one word between: "shipping company", "donor group"
 * ("group" alone is an island group too: "the Habomai group").
 */
const ORGANIZATION_NOUN_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:company|corporation|agency|bank|firm|consortium|committee|commission|organi[sz]ation|alliance|bloc)\b|^\s+(?!island|ethnic|language)\p{Ll}+\s+group\b/u;
/** The rest of a colony's name after its ruler's nationality: "(Italian) Somaliland", "(Dutch) East Indies". */
const COLONY_NAME = /^(?:\p{Lu}\p{Ll}+land|(?:East |West )?Indies|Indochina|(?:East |West |South[- ]West |North )?Africa|Guiana|Guinea|Sahara|Congo|Somalia|Timor|Cameroons?|Togoland)$/u;
/** Bodies a person leads: "the Radical Party of Nikola Pasic" names the party and its leader. */
const LED_BODY_HEADS = new Set("Party Force Front Movement Government Cabinet Regime".split(" "));
/** Political parties and movements are groups (annotation guidelines). */
const GROUP_HEADS = new Set("Party Movement Rouge Brotherhood Guards Boxers Knights Templars Hospitallers Officers Partisans".split(" "));
/** Only "<nationality> people" names a group; "Japanese government" or "French troops" are not separate actors. */
const GROUP_NOUNS = /^(?:people|nation)\b/;
/** Irregular past tenses of the verbs history texts use most (one list for every rule that looks for a past verb). */
const IRREGULAR_PAST = "saw|took|made|gave|won|lost|sent|went|knew|thought|built|held|kept|felt|met|led|fled|rose|fell|got|brought|sought|fought|began|became|came|said|left|wrote|told";
/** A people as the subject of a past verb: "the Japanese saw it as a threat", "many Japanese took it as an insult". */
const DEMONYM_VERB_AFTER = new RegExp(`^\\s+(?:\\p{Ll}{2,}ed|${IRREGULAR_PAST})\\b`, "u");
/**
 * A one-word name acting in the past, alone or with allies ("Nelson destroyed the French fleet", "Wellington and the
 * Prussians beat Napoleon", "Wellington and Blücher beat Napoleon"): evidence for a person. At the start of a
 * sentence it does not outweigh a dictionary word ("Fire destroyed most of Moscow", "Cavalry attacked"): there the
 * word counts only if the text also writes it with a capital inside a sentence ("commonAtStart").
 */
const ACTING_AFTER = /^\s+(?:and\s+(?:the\s+)?\p{Lu}\p{Ll}+\s+)?(?:destroyed|defeated|beat|crushed|invaded|signed|ordered|proclaimed|declared|visited|attacked|conquered|captured|married|ruled|reigned|founded|abdicated|demanded|promised|wrote|annexed|summoned|dissolved|appointed|executed|exiled|betrayed)\s+\p{L}/u;
const PERSON_CONTEXT_AFTER = /^,?\s+(?:wrote|said|says|told|believed|thought|argued|claimed|noted|stated|was born|died|married|reigned|himself|herself|who)\b/;
const PERSON_SURNAME = /(?:ov|ova|ev|eva|in|ina|sky|skiy|ski|skaya|enko|yan|ian|dze|shvili|vich|vna|ich|off)$/;
const PLACE_CONTEXT_BEFORE = /\b(?:in|at|near|from|into|across|towards|toward)\s+(?:the\s+)?$|\b(?:went|go|goes|came|come|moved|fled|travell?ed|sailed|returned|marched|retreated|arrived|way|road|route|journey|trip|visits?|visited|migrated|emigrated|escaped|withdrew|deported|exiled|from\s+\p{Lu}[\p{L}-]*)\s+(?:\p{Ll}+\s+){0,2}to\s+(?:the\s+)?$/iu;
/** Where something is, or the second of a pair after such a preposition ("in Yugoslavia and Chechnya"). */
const LOCATION_BEFORE = /(?:\b(?:in|at|near|into|across)\s+(?:the\s+)?|\bon\s+the\s+)(?:\p{Lu}[\p{L}'’-]*\s+(?:and|or)\s+|\p{Lu}[\p{L}'’-]*,\s+)?$/u;
/**
 * "the bridge over the Øresund between Copenhagen and Malmö", "the border between A and B": places, where "talks
 * between Nixon and Brezhnev" are people.
 */
const BETWEEN_PLACES = /\b(?:border|frontier|bridge|road|railway|line|route|strait|sea|flights?|ferry|tunnel|canal|corridor|journey|distance|trade)\b(?:\s+\S+){0,3}\s+between\s+(?:\p{Lu}[\p{L}'’-]*\s+and\s+)?$/u;
/** A settlement or region named after a noun that says so: "the town of Columbus", "the naval base of Porkkala", "the centre of Helsinki". */
const PLACE_OF_BEFORE = /\b(?:city|town|village|port|fortress|fort|base|centre|center|capital|outskirts|suburbs?|streets|region|province|island|harbou?r|mouth|banks|resort|district|rocks|shores|coast|heart|peasants|inhabitants|population)\s+of\s+$/i;
/**
 * Territory changing hands: the object of "took", "annexed", "gave up", "entered", "as far as", "war over", with the
 * rest of its list ("gave up Scania, Halland, Blekinge and Bornholm"), or a region after "eastern", "southern", ….
 */
const TERRITORY_BEFORE =
  /(?:\b(?:crossed|crosses|took|takes|taken|captured|captures|entered|enters|annexed|annexes|ceded|cedes|gave\s+up|gives\s+up|give\s+up|gets|seized|seizes|occupied|occupies|invaded|invades|conquered|conquers|regained|recovered|won\s+back|(?:territory|territories|lands|provinces|regions|colonies|islands)\b[^.;:]*\bincluding|as\s+far\s+as|ruled|governed|controlled|administered|colonised|colonized|liberated|besieged|bombed|shelled|raided|(?:war|wars|quarrel|quarrell?ed|dispute|disputed|conflict|crisis|fought|argued|clashed|tensions?)\s+over)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:,\s+|\s+and\s+))*|\b(?:eastern|western|northern|southern|central)\s+)$/u;
/** Verbs of TERRITORY_BEFORE whose object is as often a person: "partisans captured Mussolini". */
const PERSON_OBJECT_VERB = /^(?:captured|captures|gets)\b/;
/** A capitalised plural that may name a people: "Cypriots", "Christians", "Tatars" (not "Columbus", "Paris", "Davis"). */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+[^siu]s$/u;
/** A count before a people's plural: "1.2 million", "20,000", "many"; a year is no count ("In 1806 Buenos Aires fell"). */
const COUNT_BEFORE = /(?:(?<![\d,.])(?!(?:1\d{3}|20\d{2}|2100)\s)\d[\d,.]*|\b(?:millions?|thousands?|hundreds?|many|some|most|all|few))\s+$/i;
const LOWER_TITLE_BEFORE = /(?:^|[^\p{L}])(?:king|queen|tsar|czar|tsarina|emperor|empress|sultan|shah|president|prime\s+minister|premier|chancellor|general|admiral|marshal|pope|archbishop|patriarch|prince|princess|duke|duchess|baron|ambassador|senator|governor|colonel|captain|commodore|consul|vizier|ayatollah|cardinal|viceroy|regent|hetman|emir|negus|khedive|maharaja|raja|sheikh|imam|bishop|caliph|pharaoh|ataman|voivode|minister|chairman|lieutenant|sergeant|field\s+marshal)\s+$/u;
/** A kinship or rank noun before a one-word name makes it a person: "his cousin Vytautas", "the young nobleman". */
const PERSON_BEFORE = /\b(?:cousin|brother|sister|son|daughter|wife|husband|father|mother|uncle|nephew|niece|widow|heir|successor|nobleman|bishop|archbishop)\s+$/i;
/** A name listed after a plural place noun: "the ports of Shimoda and Hakodate", "the four islands — Iturup, Kunashir, Shikotan and the Habomai group". */
const PLACE_LIST_BEFORE = /\b(?:ports|cities|towns|villages|islands|rivers|provinces|regions|harbou?rs)\s*(?:of|such\s+as|like|including|[—–:(])\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+|\s+and\s+)(?:the\s+)?)*$/u;
const GROUP_CONTEXT_BEFORE = /\b(?:groups?|bands?|clans?|tribes?)\s+(?:such\s+as|like|including|as)\s+(?:[^.;:]*,\s*)?$/i;

/**
 * The last 200 characters before a name: every rule on "before" looks at the few words just before it (a list of
 * territories at most), and a regular expression anchored at the end still tries every start position, so matching
 * the whole sentence cost names × sentence length.
 */
function textBefore(text: string, index: number): string {
  return text.slice(Math.max(0, index - 200), index);
}

/** Confidence of the default "person" guess: any context evidence for another kind outweighs it when mentions merge. */
const GUESS = 0.5;

interface Lexicon {
  /** normalised alias → [canonical, kind] from the glossary and the gazetteer (glossary wins). */
  /** `city`: from the list of large cities, weaker than a name beside it ("Sam Houston", "Milan Obrenović"). */
  entries: Map<string, { canonical: string; kind: ActorKind | null; fromGlossary: boolean; city?: boolean }>;
  maxTokens: number;
}

export function buildLexicon(corrections: CorrectionsFile): Lexicon {
  const entries: Lexicon["entries"] = new Map();
  let maxTokens = 1;
  const add = (alias: string, canonical: string, kind: ActorKind | null, fromGlossary: boolean, city = false) => {
    const key = alias.trim();
    if (!key || (entries.get(key)?.fromGlossary && !fromGlossary)) return;
    entries.set(key, { canonical, kind, fromGlossary, ...(city ? { city } : {}) });
    maxTokens = Math.max(maxTokens, tokenize(key).length);
  };
  for (const entry of GAZETTEER) {
    // A city named like a person stays a person's name: "Queen Victoria", "Sofia Perovskaya".
    if (entry.city && (FIRST_NAMES.has(entry.name) || FAMILY_NAMES.has(entry.name))) continue;
    for (const name of [entry.name, ...entry.aliases]) add(name, entry.name, entry.kind, false, entry.city);
  }
  for (const entry of corrections.glossary) {
    for (const name of [entry.canonical, ...(entry.aliases ?? [])]) add(name, entry.canonical, entry.kind ?? null, true);
  }
  return { entries, maxTokens };
}

/**
 * Finds actor mentions: gazetteer/glossary names first (longest match), then runs of capitalised words,
 * typed by their head word, a title, a nationality adjective or the context.
 */
export function findActorMentions(sentences: Sentence[], lexicon: Lexicon, isCommonWord: (word: string) => boolean, title?: Sentence): FoundMention[] {
  // Tokenized once for both passes over the sentences.
  const tokensOf = sentences.map((sentence) => tokenize(sentence.text));
  const capitalisedInside = wordsCapitalisedInsideSentences(sentences, tokensOf);
  const dictionaryWord = (word: string) => isCommonWord(word.toLowerCase()) && !lexicon.entries.has(word);
  const commonAtStart = (word: string) =>
    FUNCTION_WORDS.has(word) || (isCommonWord(word.toLowerCase()) && !capitalisedInside.has(word) && !lexicon.entries.has(word));
  const inSentence = (sentence: Sentence, tokens: Token[], lastPerson: FoundMention | null) => {
    const used = new Set<number>();
    const found = lexiconMatches(sentence, tokens, lexicon, used, dictionaryWord);
    const chunks = capitalisedChunks(sentence.text, tokens, used, dictionaryWord);
    for (const chunk of chunks) found.push(...interpretChunk(sentence, tokens, chunk, commonAtStart, dictionaryWord));
    found.push(...demonymPhrases(sentence, tokens, chunks, lexicon));
    found.sort((a, b) => a.start - b.start);
    placesByCoordination(sentence.text, found);
    return { found, lastPerson: resolveAliasesInSentence(sentence, found, lexicon, lastPerson) };
  };
  const mentions: FoundMention[] = [];
  let lastPerson: FoundMention | null = null;
  for (const [i, sentence] of sentences.entries()) {
    if (!/[A-Za-z]/.test(sentence.text)) continue;
    const result = inSentence(sentence, tokensOf[i], lastPerson);
    lastPerson = result.lastPerson;
    mentions.push(...result.found);
  }
  if (title && /[A-Za-z]/.test(title.text)) mentions.push(...titleMentions(title.text, inSentence({ ...title, index: TITLE_SENTENCE }, tokenize(title.text), null).found, mentions));
  return namesOfEvents(sentences, mentions);
}

/** "the Treaty of Shimoda", "the battle of Mukden": treaties, battles and sieges are named after places. */
const EVENT_OF_PLACE = /\b(?:(?<treaty>[Tt]reaty|[Pp]eace|[Cc]ongress)|[Bb]attle|[Ss]iege)\s+of\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;

/**
 * A name guessed without evidence that the text also uses to name an event: after "the Treaty of Shimoda", a bare
 * "Shimoda" ("167 years after Shimoda", a table cell "Gulistan") is the treaty, which is not an actor; after "the
 * battle of Mukden", "Mukden" is the place.
 */
function namesOfEvents(sentences: Sentence[], mentions: FoundMention[]): FoundMention[] {
  const treaties = new Set<string>();
  const places = new Set<string>();
  for (const sentence of sentences) for (const match of sentence.text.matchAll(EVENT_OF_PLACE)) (match.groups!.treaty ? treaties : places).add(match.groups!.name);
  if (!treaties.size && !places.size) return mentions;
  const guessed = (mention: FoundMention) => mention.confidence <= GUESS && !mention.canonical && mention.kind === "person";
  for (const mention of mentions) if (guessed(mention) && places.has(mention.text)) Object.assign(mention, { kind: "place", confidence: 1 });
  return mentions.filter((mention) => !(guessed(mention) && treaties.has(mention.text)));
}

/** A guessed one-word name listed with a known place is a place too: "over Hanoi and Haiphong". */
function placesByCoordination(text: string, found: FoundMention[]): void {
  const known = (mention: FoundMention | undefined) => mention?.kind === "place" && mention.confidence >= 2;
  const listed = (a: FoundMention, b: FoundMention) => /^(?:\s+(?:and|or)\s+|,\s+)$/.test(text.slice(a.end, b.start));
  found.forEach((mention, i) => {
    if (mention.confidence >= 1 || mention.canonical || /\s/.test(mention.text)) return;
    if ((known(found[i - 1]) && listed(found[i - 1], mention)) || (known(found[i + 1]) && listed(mention, found[i + 1]))) Object.assign(mention, { kind: "place", confidence: 1 });
  });
}

/** `sentenceIndex` of mentions found in the title line. */
export const TITLE_SENTENCE = -1;

/**
 * A title is not a sentence: every word may be capitalised ("Russia And China: Three Centuries") and it states
 * nothing. So a run found in it counts only with strong evidence: a glossary or gazetteer name, a name the body
 * also uses, or (in a title written in sentence case) a head noun, a title or a name pattern.
 */
function titleMentions(title: string, found: FoundMention[], body: FoundMention[]): FoundMention[] {
  const sentenceCase = !isTitleCase(title);
  const usedInBody = (mention: FoundMention) => {
    const key = normalise(stripArticle(mention.text));
    return body.some((other) => normalise(stripArticle(other.text)) === key || (other.canonical !== undefined && normalise(other.canonical) === key));
  };
  return found.filter((mention) => mention.confidence >= 3 || (sentenceCase && !mention.weak && mention.confidence >= 2) || usedInBody(mention));
}

/**
 * Aliases given in the text itself: a name in brackets right after another ("Queen Min (Empress Myeongseong)",
 * "Dokdo islands (Takeshima in Japanese)", "Joseon (Чосон)") and "known as X" after a person.
 * Returns the last person mentioned, for the next sentence.
 */
function resolveAliasesInSentence(sentence: Sentence, found: FoundMention[], lexicon: Lexicon, lastPerson: FoundMention | null): FoundMention | null {
  const text = sentence.text;
  for (let i = 0; i < found.length; i++) {
    const mention = found[i];
    const bracket = /^(?:\s+(?:islands?|river|sea|peninsula|strait|bay|mountains|lake|dynasty|shogunate|empire|kingdom))?\s*\((?:([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})(?:\s+in\s+[A-Z][a-z]+)?|(\p{Script=Cyrillic}+(?:\s+\p{Script=Cyrillic}+){0,2}))\)/u.exec(text.slice(mention.end));
    if (bracket) {
      const inner = bracket[1] ?? bracket[2];
      const innerStart = mention.end + bracket[0].indexOf(inner);
      const canonical = mention.canonical ?? stripArticle(mention.text);
      for (let j = found.length - 1; j > i; j--) if (found[j].start >= innerStart && found[j].start < innerStart + inner.length) found.splice(j, 1);
      found.splice(i + 1, 0, { sentenceIndex: sentence.index, start: innerStart, end: innerStart + inner.length, text: inner, kind: mention.kind, confidence: mention.confidence, canonical });
      i++;
      continue;
    }
    if (mention.kind === "person" && /\b(?:known|better known|also known|remembered)\s+as\s+$/i.test(textBefore(text, mention.start)) && lastPerson && !lexicon.entries.has(mention.text)) {
      mention.canonical = lastPerson.canonical ?? stripArticle(lastPerson.text);
      mention.weak = false;
      continue;
    }
    if (mention.kind === "person" && !mention.weak) lastPerson = mention;
  }
  return lastPerson;
}

/** Glossary and gazetteer names, longest first, starting at a capitalised word ("Korean peninsula" too). */
function lexiconMatches(sentence: Sentence, tokens: Token[], lexicon: Lexicon, used: Set<number>, dictionaryWord: (word: string) => boolean): FoundMention[] {
  const mentions: FoundMention[] = [];
  const text = sentence.text;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i].text)) continue;
    const match = longestLexiconMatch(text, tokens, i, tokens.length, lexicon);
    if (!match || (match.city && besideAName(text, tokens, i, match.end))) continue;
    if (partOfLongerName(text, tokens, i, match.end, lexicon, dictionaryWord)) {
      i = match.end - 1;
      continue;
    }
    const mention = match.mention(sentence.index);
    // "East Pakistan", "New Mexico", "Western New Guinea": compass words or "New" before a known name make another place.
    let first = i;
    while (first > 0 && i - first < 2 && !used.has(first - 1) && PLACE_PREFIX.test(tokens[first - 1].text) && text.slice(tokens[first - 1].end, tokens[first].start) === " ") first--;
    if (first < i && (mention.kind === "state" || mention.kind === "place")) {
      Object.assign(mention, { start: tokens[first].start, text: text.slice(tokens[first].start, mention.end), kind: "place", confidence: 2, canonical: undefined });
      delete mention.canonical;
      for (let j = first; j < i; j++) used.add(j);
    }
    const placeNoun = mention.kind === "place" ? PLACE_NOUN_AFTER.exec(text.slice(mention.end)) : null;
    if (placeNoun && !lexicon.entries.has(mention.text + placeNoun[0])) {
      mention.end += placeNoun[0].length;
      mention.text = text.slice(mention.start, mention.end);
    }
    mentions.push(mention);
    for (let j = i; j < match.end; j++) used.add(j);
    i = match.end - 1;
  }
  return mentions;
}

/**
 * A known name inside a larger proper name is not a mention of its own: "Vietnam People's Army",
 * "Supreme Court of South Korea", "Communist Party of Vietnam", "Shanghai Five", "battle of Tsushima".
 */
function partOfLongerName(text: string, tokens: Token[], from: number, end: number, lexicon: Lexicon, dictionaryWord: (word: string) => boolean): boolean {
  const gap = (i: number) => text.slice(tokens[i - 1].end, tokens[i].start) === " ";
  // "<Name> of [the] <known name>": "Supreme Court of South Korea" (titles aside: "Emperor of Japan"; and a bare
  // name before "of the" is a name of its own, as capitalisedChunks reads it: "Lula of the Soviet Union").
  let k = from - 1;
  const article = k >= 1 && tokens[k].text === "the" && gap(k + 1);
  if (article) k--;
  const plural = (word: string) => /[^s]s$/.test(word) && !endsWithHead(word) && !GROUP_HEADS.has(word);
  if (k >= 1 && tokens[k].text === "of" && gap(k) && gap(k + 1) && isCapitalised(tokens[k - 1].text) && !plural(tokens[k - 1].text) && !TITLES.has(tokens[k - 1].text) && !FUNCTION_WORDS.has(tokens[k - 1].text) && !CALENDAR.has(tokens[k - 1].text) && !(article && bareNameBeforeOfThe(tokens[k - 1].text, dictionaryWord))) {
    return true;
  }
  const next = tokens[end];
  if (!next || !gap(end)) return false;
  const last = tokens[end - 1].text;
  // "<known name ending in a head> of <Name>": "Communist Party of Vietnam".
  if (next.text === "of" && (ORGANIZATION_HEADS.has(last) || STATE_HEADS.has(last) || GROUP_HEADS.has(last)) && tokens[end + 1] && isCapitalised(tokens[end + 1].text === "the" ? tokens[end + 2]?.text ?? "" : tokens[end + 1].text)) {
    return true;
  }
  if (!isCapitalised(next.text) || FUNCTION_WORDS.has(next.text) || CALENDAR.has(next.text)) return false;
  // A title starts another name ("Russia President Putin"), unless the run ends in an organisation's head ("UN General Assembly").
  if (TITLES.has(next.text) && !(end + 1 < tokens.length && gap(end + 1) && ORGANIZATION_HEADS.has(tokens[end + 1].text))) return false;
  // "<known name> <Name ending in a head>": "Vietnam People's Army", "Korea Strait", "Vietnam War".
  let runEnd = end;
  while (runEnd < tokens.length && gap(runEnd) && isCapitalised(tokens[runEnd].text)) runEnd++;
  const head = tokens[runEnd - 1].text.replace(/['’]s$/, "");
  if (endsWithHead(head) || EVENT_HEADS.has(head) || GROUP_HEADS.has(head)) return true;
  // "<known name> <unknown word>": "Shanghai Five".
  return runEnd === end + 1 && !lexicon.entries.has(next.text) && !/['’]s$/.test(next.text) && (/^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve)$/.test(next.text));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    tokens.push({ text: match[0], start: match.index!, end: match.index! + match[0].length });
  }
  return tokens;
}

/** A Latin capital starts a name, accented ones too ("Øresund", "Łódź", "Åland"); Cyrillic glosses are left to the brackets. */
function isCapitalised(word: string): boolean {
  return /^(?=\p{Script=Latin})\p{Lu}/u.test(word);
}

/**
 * "Lula of the Workers' Party", "Löhr of the Luftwaffe": after a bare name, "of the" starts another name. A given
 * name, a regnal number, a title or a head before it makes one name ("Mary of the Netherlands", "Kingdom of the
 * Netherlands"). Without "the" the name stays whole: "Joan of Arc", "Isabella of Castile".
 */
function bareNameBeforeOfThe(token: string, dictionaryWord: (word: string) => boolean): boolean {
  const word = token.replace(/['’]s?$/, "");
  return !dictionaryWord(word) && !FIRST_NAMES.has(word) && !/^[IVX]+$/.test(word) && !TITLES.has(word) && !endsWithHead(word) && !GROUP_HEADS.has(word) && !EVENT_HEADS.has(word);
}

/** A capitalised word, or an Arabic name with its article: "al-Qaeda", "Abd al-Aziz", "el-Sadat". */
function namePart(word: string): boolean {
  return isCapitalised(word) || /^(?:al|el|ad|ash|as|at|az|ar|an|ud|ul)-\p{Lu}/u.test(word);
}

/** Words written with a capital inside a sentence somewhere in the document: probably names. */
function wordsCapitalisedInsideSentences(sentences: Sentence[], tokensOf: Token[][]): Set<string> {
  const words = new Set<string>();
  for (const [index, sentence] of sentences.entries()) {
    const tokens = tokensOf[index];
    for (let i = 1; i < tokens.length; i++) {
      if (isCapitalised(tokens[i].text) && !/[.!?:"«“]\s*$/.test(sentence.text.slice(tokens[i - 1].end, tokens[i].start))) words.add(tokens[i].text);
    }
  }
  return words;
}

/**
 * Token index ranges [from, to) of capitalised runs, joined by single spaces only and by connectors:
 * "of" ("Republic of Korea"), "of the" ("Communist University of the Toilers of the East"), "the" before an
 * epithet ("Peter the Great"), and name particles ("de", "von", "bin").
 */
function capitalisedChunks(text: string, tokens: Token[], used: Set<number>, dictionaryWord: (word: string) => boolean): [number, number][] {
  const chunks: [number, number][] = [];
  const single = (a: number, b: number) => {
    const gap = text.slice(tokens[a].end, tokens[b].start);
    return gap === " " || (/^['’] $/.test(gap) && /s$/.test(tokens[a].text));
  };
  const capitalAt = (j: number) => j < tokens.length && !used.has(j) && namePart(tokens[j].text);
  // An initial and its period stay inside a name ("John F. Kennedy", "V. I. Lenin"); a regnal numeral does not ("Elizabeth I. Russia").
  // So does an abbreviated title ("Mr. Obama", "Gen. MacArthur"), which interpretChunk then drops.
  const initial = (a: number, b: number, from: number) =>
    (/^[A-Z]$/.test(tokens[a].text) || ABBREVIATED_TITLES.has(tokens[a].text)) &&
    text.slice(tokens[a].end, tokens[b].start) === ". " &&
    !(/^[IVX]$/.test(tokens[a].text) && a > from && tokens[a - 1].text.length > 1) &&
    (!FUNCTION_WORDS.has(tokens[b].text) || /^[A-Z]$/.test(tokens[b].text)) &&
    !CALENDAR.has(tokens[b].text);
  // "the Baltic Fleet of Zinovy Rozhdestvensky", "the Radical Party of Nikola Pasic": a body and its leader are two names.
  const unknownName = (j: number) => !dictionaryWord(tokens[j].text) && !endsWithHead(tokens[j].text);
  const commanderAfter = (of: number) =>
    tokens[of].text === "of" && (MILITARY_HEADS.has(tokens[of - 1].text) || LED_BODY_HEADS.has(tokens[of - 1].text)) && capitalAt(of + 2) && single(of + 1, of + 2) &&
    (FIRST_NAMES.has(tokens[of + 1].text) || PERSON_SURNAME.test(tokens[of + 2].text) || (unknownName(of + 1) && unknownName(of + 2)));
  // "the Derg of Mengistu Haile Mariam": a bare name, "of" and a full name of unknown words are two names.
  const leaderAfterBareName = (of: number) =>
    tokens[of].text === "of" && bareNameBeforeOfThe(tokens[of - 1].text, dictionaryWord) && capitalAt(of + 2) && single(of + 1, of + 2) && unknownName(of + 1) && unknownName(of + 2);
  let i = 0;
  while (i < tokens.length) {
    if (used.has(i) || !namePart(tokens[i].text)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length) {
      if ((!single(end - 1, end) && !initial(end - 1, end, i)) || used.has(end)) break;
      const word = tokens[end].text;
      if (namePart(word)) end++;
      else if (word === "of" && tokens[end + 1]?.text === "the" && capitalAt(end + 2) && single(end, end + 1) && single(end + 1, end + 2) && !EVENT_HEADS.has(tokens[end - 1].text) && !bareNameBeforeOfThe(tokens[end - 1].text, dictionaryWord)) end += 3;
      else if (word === "the" && capitalAt(end + 1) && EPITHETS.has(tokens[end + 1].text) && single(end, end + 1)) end += 2;
      else if (word !== "the" && CONNECTORS.has(word) && capitalAt(end + 1) && single(end, end + 1) && !commanderAfter(end) && !leaderAfterBareName(end)) end += 2;
      else if (word !== "the" && word !== "of" && CONNECTORS.has(word) && SECOND_PARTICLES.has(tokens[end + 1]?.text) && capitalAt(end + 2) && single(end, end + 1) && single(end + 1, end + 2)) end += 3;
      else break;
    }
    chunks.push([i, end]);
    i = end;
  }
  return chunks;
}

function endsWithHead(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || STATE_HEADS.has(word) || (PLACE_HEADS.has(word) && !COMPASS.has(word));
}

function interpretChunk(
  sentence: Sentence,
  tokens: Token[],
  [from, to]: [number, number],
  commonAtStart: (word: string) => boolean,
  dictionaryWord: (word: string) => boolean,
): FoundMention[] {
  const text = sentence.text;
  let start = from;
  let title = false;
  const runWords = tokens.slice(from, to).map((token) => token.text.replace(/['’]s?$/, ""));
  const hasHead = to - from > 1 && (endsWithHead(headOf(runWords)) || GROUP_HEADS.has(headOf(runWords)));
  while (start < to) {
    const word = tokens[start].text;
    // Inside a run only an initial or an abbreviated title precedes a word ("Mrs. Thatcher"): never a sentence start.
    const atSentenceStart = start === from && (start === 0 || /(?:^|[.!?:]["»”]?\s+)["«“(]?$/.test(textBefore(text, tokens[start].start)));
    const startsName = start === from && (FAMILY_NAMES.has(word) || FIRST_NAMES.has(word)) && personPattern(runWords, dictionaryWord);
    // A known given name acting ("Napoleon changed the map") is a person even if it is a dictionary word too.
    const acting = to - from === 1 && FIRST_NAMES.has(word) && actingPerson(word, text.slice(tokens[start].end));
    // A title first: "Capt" may be a dictionary word at a sentence start, but "Capt Cook" is still a person.
    if (TITLES.has(word) && start + 1 < to && !hasHead) {
      title = true;
      // A peerage is the name itself: "the Duke of Aosta", "Baron of Rio Branco", "the Prince of Wales".
      if (PEERAGES.has(word) && tokens[start + 1].text === "of") break;
      // "Queen Min" keeps its title: with one name word it may be the conventional name. A longer name or a regnal
      // number does not ("Emperor Franz Joseph" is "Franz Joseph", "Queen Elizabeth II" is "Elizabeth II").
      if (NAME_TITLES.has(word) && to - start === 2 && !/^[IVX]+$/.test(tokens[to - 1].text)) break;
      start++;
    } else if ((CALENDAR.has(word) && !(FIRST_NAMES.has(word) && start + 1 < to)) || /^\d/.test(word) || (atSentenceStart && commonAtStart(word) && !startsName && !acting) || CONNECTORS.has(word)) start++;
    else break;
  }
  if (start >= to) return [];
  // "the 6th Army", "the 7th Fleet": a numbered unit keeps its number.
  if (start === from && from > 0 && /^\d+(?:st|nd|rd|th)$/.test(tokens[from - 1].text) && text.slice(tokens[from - 1].end, tokens[from].start) === " " && ORGANIZATION_HEADS.has(headOf(runWords))) start--;
  if (to - start === 1 && (COMPASS.has(tokens[start].text) || tokens[start].text.length === 1 || /^[IVXLC]+$/.test(tokens[start].text))) return [];
  // A craft or a work named after the noun, a title of its name between them too ("the ship General Sherman").
  if (/\b(?:ship|warship|battleship|cruiser|frigate|vessel|steamer|submarine|icebreaker|yacht|aircraft|spaceship|spacecraft|rocket|satellite|newspaper|journal|magazine|book|novel|holiday|festival)\s+$/i.test(textBefore(text, tokens[start === from ? start : from].start))) return [];
  const found = classifyRun(sentence, tokens, start, to, title, dictionaryWord);
  // The name without its kept title is a name of the same person too: "Prince Diponegoro" is "Diponegoro".
  if (title && to - start === 2 && NAME_TITLES.has(tokens[start].text)) for (const mention of found) mention.untitled = tokens[start + 1].text;
  return found;
}

/** A capitalised word right before or after the span (not a function word or a month): the span is part of a longer name. */
function besideAName(text: string, tokens: Token[], from: number, end: number): boolean {
  const touches = (a: number, b: number) => text.slice(tokens[a].end, tokens[b].start) === " ";
  // A person's title counts too ("King Milan", "General Houston"), and a peerage's "of" ("Duke of Milan").
  const nameWord = (word: string) => isCapitalised(word) && !FUNCTION_WORDS.has(word) && !CALENDAR.has(word) && !/^(?:Grand|Foreign|Prime|Field)$/.test(word);
  const particle = (word: string) => CONNECTORS.has(word) && word !== "of" && word !== "the";
  const peerage = from > 1 && tokens[from - 1].text === "of" && PEERAGES.has(tokens[from - 2].text);
  return peerage || (from > 0 && touches(from - 1, from) && (nameWord(tokens[from - 1].text) || particle(tokens[from - 1].text))) || (end < tokens.length && touches(end - 1, end) && nameWord(tokens[end].text));
}

function longestLexiconMatch(text: string, tokens: Token[], from: number, to: number, lexicon: Lexicon) {
  for (let end = Math.min(to, from + lexicon.maxTokens); end > from; end--) {
    const surface = text.slice(tokens[from].start, tokens[end - 1].end);
    const entry = lexicon.entries.get(surface);
    if (!entry) continue;
    return {
      end,
      city: entry.city ?? false,
      mention: (sentenceIndex: number): FoundMention => ({
        sentenceIndex,
        start: tokens[from].start,
        end: tokens[end - 1].end,
        text: surface,
        kind: entry.kind ?? guessKind(surface.split(" "), text, tokens[from].start, tokens[end - 1].end, false).kind,
        confidence: 3,
        canonical: entry.canonical,
      }),
    };
  }
  return null;
}

/** The head of a name: the word before the first "of" ("Supreme Court of South Korea"), else the last word. */
function headOf(words: string[]): string {
  const of = words.indexOf("of");
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

function classifyRun(sentence: Sentence, tokens: Token[], from: number, to: number, title: boolean, dictionaryWord: (word: string) => boolean): FoundMention[] {
  const text = sentence.text;
  const words = tokens.slice(from, to).map((token) => token.text.replace(/['’]s$/, ""));
  const start = tokens[from].start;
  let end = tokens[to - 1].end - (/['’]s$/.test(tokens[to - 1].text) ? 2 : 0);
  if (/^['’](?!\p{L})/u.test(text.slice(end)) && /s$/.test(tokens[to - 1].text) && to - from > 1) end += 1;
  const head = headOf(words);
  const before = textBefore(text, start);
  const after = text.slice(end);
  // Events are not actors, and names inside them ("Treaty of Nerchinsk", "battle of Dien Bien Phu") are part of the event's name.
  if (EVENT_HEADS.has(words[0]) || EVENT_HEADS.has(head) || EVENT_HEADS.has(words[words.length - 1])) return [];
  // "fought a war on the Khalkhin Gol river": a place noun after the name makes it the event's location, not its name.
  const location = /\b(?:on|at)\s+(?:the\s+)?$/i.test(before) && PLACE_AFTER.test(after);
  if (EVENT_BEFORE.test(before) && !title && !personPattern(words, dictionaryWord) && !location) return [];
  // Faiths are not actors: "Shia Islam", "Orthodoxy" (their believers are: "Orthodox Christians").
  if (/^(?:Islam|Christianity|Buddhism|Judaism|Hinduism|Confucianism|Catholicism|Protestantism|Orthodoxy|Shintoism|Shinto|Taoism)$/.test(words[words.length - 1])) return [];
  // Nor are the names of historical processes and policies (annotation guidelines: events, reforms, ideologies).
  if (words.length === 1 && PROCESS_NAMES.has(words[0])) return [];
  // A dashed word is a pair ("Sino-Soviet") unless a title says it is a name ("king Willem-Alexander") or it starts
  // with an Arabic article ("al-Qaeda").
  if (DEMONYMS[words.join(" ")] || LANGUAGES.has(words.join(" ")) || (words.length === 1 && /[-–]/.test(words[0]) && isCapitalised(words[0]) && !title && !LOWER_TITLE_BEFORE.test(before))) return [];
  // An adjective before a common noun: "four Central Asian republics".
  const lastWord = words[words.length - 1];
  if (/(?:an|ese|ish|ic)$/.test(lastWord) && !TITLES.has(lastWord) && (DEMONYMS[lastWord] || dictionaryWord(lastWord)) && /^\s+\p{Ll}/u.test(after) && !PLACE_AFTER.test(after) && !STATE_AFTER.test(after) && !title) return [];
  // "the Rubattino shipping company", "the IGGI donor group": a name before a lower-case body noun is that body.
  if (!title && !DEMONYMS[words[0]] && !dictionaryWord(words[0]) && !PLACE_PREFIX.test(words[0]) && ORGANIZATION_NOUN_AFTER.test(after)) return [{ sentenceIndex: sentence.index, start, end, text: text.slice(start, end), kind: "organization", confidence: 2 }];
  if ((THING_AFTER.test(after) || FACILITY_AFTER.test(after)) && !title) return [];
  // "the Taft–Katsura memorandum": the first name of a dashed pair before a document noun is part of it too.
  if (/^[–-]\p{Lu}[\p{L}'’-]*/u.test(after) && THING_AFTER.test(after.replace(/^[–-]\p{Lu}[\p{L}'’-]*/u, "")) && !title) return [];
  // "HMS Sheffield", "USS Maine": a ship.
  if (/^(?:HMS|USS|HMAS|HMCS|SMS|RMS)$/.test(words[0])) return [];
  // "the Order of St. Andrew": a name inside an award's name (a known name there is left out by partOfLongerName: "Order of Lenin").
  if (/\bOrder\s+of\s+(?:(?:St\.|Saint)\s+)?$/.test(before)) return [];
  // "Congress of Berlin", "Peace of Riga": a conference or a treaty, named after its city ("Peace Corps" stays).
  if ((words[0] === "Congress" || words[0] === "Peace") && words[1] === "of") return [];
  // A nationality adjective before a name that has no head noun: "a Turkish F-16".
  // "the Egyptian Third Army": a numbered unit is named without the nationality before it.
  if (words.length === 3 && DEMONYMS[words[0]] && ORDINAL_WORDS.test(words[1]) && MILITARY_HEADS.has(words[2])) {
    return [{ sentenceIndex: sentence.index, start: tokens[from + 1].start, end, text: text.slice(tokens[from + 1].start, end), kind: "organization", confidence: 2 }];
  }
  // "Italian Somaliland", "the Dutch East Indies", "French Indochina": a colony named by its ruler's nationality.
  if (words.length > 1 && DEMONYMS[words[0]] && COLONY_NAME.test(words.slice(1).join(" "))) return [{ sentenceIndex: sentence.index, start, end, text: text.slice(start, end), kind: "state", confidence: 2 }];
  if (words.length > 1 && DEMONYMS[words[0]] && !endsWithHead(head) && !GROUP_HEADS.has(head) && !title) {
    // …but a nationality before a people's plural is a people: "Greek Cypriots", "Crimean Tatars".
    if (words.length === 2 && PEOPLE_PLURAL.test(words[1])) return [{ sentenceIndex: sentence.index, start, end, text: text.slice(start, end), kind: "group", confidence: 2 }];
    return [];
  }
  const quoted = /["«“]\s*$/.test(before) && /^\s*["»”]/.test(after);
  const stateAfter = STATE_AFTER.exec(after);
  if (stateAfter) {
    end += stateAfter[0].length;
    return [{ sentenceIndex: sentence.index, start, end, text: text.slice(start, end), kind: "state", confidence: 2 }];
  }
  let { kind, confidence } = guessKind(words, text, start, end, title);
  if (confidence < 2 && !title && attributive(words, before, after)) return [];
  if (confidence === 0) return [];
  const named = words.filter((word) => !CONNECTORS.has(word));
  const givenName = words.length === 1 && FIRST_NAMES.has(words[0]) && !/(?:^|[.!?:]["»”]?\s+)["«“(]?$/.test(before);
  // A dictionary word written with a capital inside a sentence where a place is expected: "crossed the Channel".
  const placeInContext = kind === "place" && confidence >= 1 && words.length === 1 && !/(?:^|[.!?:]["»”]?\s+)["«“(]?(?:the\s+)?$/i.test(before);
  const evidence = confidence >= 2 || givenName || placeInContext || peoplePlural(words, kind, before, after) || (words.length === 1 && actingPerson(words[0], after)) || personPattern(words, dictionaryWord) || named.some((word) => !dictionaryWord(word)) || /[A-Z]{2}/.test(words.join(""));
  if (quoted && confidence < 2) {
    // A quoted name is a title, nickname or product ("Power of Siberia") unless a noun says what it names.
    const noun = /^\s*["»”]\s+(group|organi[sz]ation|alliance|bloc|band|party|movement)\b/i.exec(after)?.[1].toLowerCase();
    if (!noun) return [];
    kind = /group|band|party|movement/.test(noun) && noun !== "group" ? "group" : "organization";
    confidence = 2;
  }
  if (confidence < 2 && !title) {
    if (personPattern(words, dictionaryWord)) {
      kind = PLACE_CONTEXT_BEFORE.test(before) && !FIRST_NAMES.has(words[0]) && /\b(?:in|at|near|into)\s+$/i.test(before) ? "place" : "person";
      confidence = 1;
    } else if (PLACE_AFTER.test(after) || (/\b(?:in|at|near|into|across)\s+(?:the\s+)?$/i.test(before) && kind === "person")) {
      kind = "place";
      confidence = 1;
    }
    if (kind === "place" && PLACE_NOUN_AFTER.test(after)) end += PLACE_NOUN_AFTER.exec(after)![0].length;
    else if (ORGANIZATION_BEFORE.test(before)) [kind, confidence] = ["organization", 1];
    else if (GROUP_BEFORE.test(before)) [kind, confidence] = ["group", 1];
  }
  return [{ sentenceIndex: sentence.index, start, end, text: text.slice(start, end), kind, confidence, ...(evidence ? {} : { weak: true }) }];
}

/**
 * A one-word name before a past verb of acting, or a known given name before any past verb ("Napoleon changed the
 * map"): not a plural ("Troops attacked") nor a pronoun ("Everyone signed").
 */
function actingPerson(word: string, after: string): boolean {
  return (ACTING_AFTER.test(after) || (FIRST_NAMES.has(word) && DEMONYM_VERB_AFTER.test(after))) && !/(?:s|one|body|thing)$/.test(word) && !FUNCTION_WORDS.has(word);
}

/**
 * A guessed name between a determiner and a common noun is used as an adjective: "every Argentine schoolchild",
 * "the Safavid state", "a Bavarian prince", "the Dunkirk evacuation", "323 Argentine sailors".
 */
function attributive(words: string[], before: string, after: string): boolean {
  if (/s$/.test(words[words.length - 1]) || PLACE_AFTER.test(after) || STATE_AFTER.test(after)) return false;
  // A count is a determiner ("323 Argentine sailors"); a year is not ("in 1909 An Jung-geun shot Ito").
  if (!/(?:\b(?:the|a|an|every|each|other|many|some|all|three|two|four|five)|(?<![\d,])\d{1,3}(?:,\d{3})*)\s+(?:\p{Ll}+\s+)?$/u.test(before)) return false;
  const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  return next !== undefined && !/(?:ed|ly)$/.test(next) && !ATTRIBUTIVE_STOP.test(next);
}

/** Words after a name that show it is not an adjective: verbs, prepositions, conjunctions. */
const ATTRIBUTIVE_STOP = new RegExp(
  `^(?:${IRREGULAR_PAST}|is|was|were|are|be|been|had|has|have|did|does|do|could|would|will|should|may|might|must|can|and|or|but|nor|of|in|on|at|to|for|from|with|by|as|who|which|that|whose|never|also|still|then|again|himself|herself|itself|says|not|only|alone|too|under|into|over|after|before|during|until|against|there|here|now|soon|later|first|once|today|rocks|islets|between|near|across|through|along|beyond|behind|towards|toward|without|within|upon|via|around|about|among|since|while|when|where|because|though|although|if|than|so|yet)$`,
);

/**
 * A capitalised plural that is also a dictionary word ("Swedes", "Afghans", "Whites") names a people or a side when
 * "the" comes before it or it is listed with another capitalised plural ("Cossacks, Russians and Swedes").
 */
function peoplePlural(words: string[], kind: ActorKind, before: string, after: string): boolean {
  if (words.length !== 1 || kind !== "group" || !/\p{Ll}s$/u.test(words[0]) || /(?:lands|ines|icas)$/.test(words[0])) return false;
  // Not a name used before a noun: "the Ems dispatch".
  const asNoun = /^\s*(?:[,.;:!?)—–]|$)/.test(after) || DEMONYM_VERB_AFTER.test(after) || /^\s+(?:never|always|also|still|then|were|had|have|did|could|would|under|with|in|at|from|to|of|and|or|who|for|against)\b/.test(after);
  return asNoun && (/\bthe\s+$/i.test(before) || /\b\p{Lu}\p{Ll}+s(?:,\s+|\s+and\s+)$/u.test(before) || /^(?:,\s+|\s+and\s+)\p{Lu}\p{Ll}+s\b/u.test(after));
}

/** Name patterns of people: a known given name first, an East Asian family name first, a Slavic surname ending. */
function personPattern(words: string[], dictionaryWord: (word: string) => boolean): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (FIRST_NAMES.has(words[0]) && words.slice(1).every((word) => /^\p{Lu}/u.test(word) || word === "the")) return true;
  if (words.slice(0, -1).every((word) => /^[A-Z]$/.test(word)) && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1]) && !endsWithHead(words[words.length - 1])) return true;
  if (FAMILY_NAMES.has(words[0]) && words.length <= 3 && words.slice(1).every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word) && !endsWithHead(word))) return true;
  const last = words[words.length - 1];
  return words.length <= 3 && PERSON_SURNAME.test(last) && !dictionaryWord(last) && !endsWithHead(last);
}

function guessKind(words: string[], text: string, start: number, end: number, title: boolean): { kind: ActorKind; confidence: number } {
  const head = headOf(words);
  const last = words[words.length - 1];
  const before = textBefore(text, start);
  const after = text.slice(end);
  if (title) return { kind: "person", confidence: 2 };
  if (words.every((word) => /^[A-Z0-9-]{2,}$/.test(word) || /^[A-Z]$/.test(word)) && /[A-Z]{2}/.test(words.join(""))) {
    return GROUP_CONTEXT_BEFORE.test(before) ? { kind: "group", confidence: 2 } : { kind: "organization", confidence: 1 };
  }
  if (GROUP_CONTEXT_BEFORE.test(before)) return { kind: "group", confidence: 2 };
  if (GROUP_HEADS.has(head) || GROUP_HEADS.has(last)) return { kind: "group", confidence: 2 };
  if (STATE_HEADS.has(head) || STATE_HEADS.has(words[0])) return { kind: "state", confidence: 2 };
  if (ORGANIZATION_HEADS.has(head) || ORGANIZATION_HEADS.has(last) || ORGANIZATION_HEADS.has(words[0])) return { kind: "organization", confidence: 2 };
  if (PLACE_HEADS.has(head) || (words.length === 2 && PLACE_HEADS.has(words[0]) && words[0] !== "South" && words[0] !== "North")) {
    return { kind: "place", confidence: 2 };
  }
  if (words.length === 1 && LEGISLATURES_AFTER_THE.has(head) && /\bthe\s+$/i.test(before)) return { kind: "organization", confidence: 2 };
  if (PERSON_CONTEXT_AFTER.test(after)) return { kind: "person", confidence: 1 };
  if (PLACE_OF_BEFORE.test(before) || PLACE_LIST_BEFORE.test(before)) return { kind: "place", confidence: 2 };
  if (words.length === 1 && PERSON_BEFORE.test(before)) return { kind: "person", confidence: 1 };
  // "the Sinn Fein party", "the Pan-Arab movement": a party or movement named before the lower-case noun is a group.
  if (/^\s+(?:party|movement)\b/.test(after)) return { kind: "group", confidence: 2 };
  // "president Carter", "prime minister Begin", "king Farouk": a title written in lower case before a name.
  if (words.length <= 3 && LOWER_TITLE_BEFORE.test(before)) return { kind: "person", confidence: 2 };
  // "the Israelis", "Pakistanis": the plural of a nationality is its people.
  if (words.length === 1 && /\p{Ll}s$/u.test(head) && DEMONYMS[head.slice(0, -1)]) return { kind: "group", confidence: 2 };
  const territory = FIRST_NAMES.has(words[0]) || /^\s+(?:prisoner|captive|hostage|alive)\b/.test(after) ? null : TERRITORY_BEFORE.exec(before);
  // "captured Mussolini", "gets Witte": these verbs take people too, so only as strong as the default guess.
  if (territory) return { kind: "place", confidence: PERSON_OBJECT_VERB.test(territory[0]) ? GUESS : 1 };
  if (words.length === 1 && LOCATION_BEFORE.test(before) && !FIRST_NAMES.has(words[0])) return { kind: "place", confidence: 1 };
  if (words.length === 1 && BETWEEN_PLACES.test(before) && !FIRST_NAMES.has(words[0])) return { kind: "place", confidence: 1 };
  // "the question of Kashmir", "the status of Jerusalem": a one-word name in dispute is a territory.
  if (words.length === 1 && /\b(?:question|issue|status|problem)\s+of\s+$/i.test(before)) return { kind: "place", confidence: 1 };
  // "to"/"from" also take people ("gave it to Hitler"): as weak as the default guess, so the other mentions decide.
  if (words.length === 1 && PLACE_CONTEXT_BEFORE.test(before)) return { kind: "place", confidence: GUESS };
  if (words.length === 1 && /(?:ism|ist)$/.test(head)) return { kind: "person", confidence: 0 };
  // "1.2 million Orthodox Christians", "many Old Believers": a counted capitalised plural is a people or a faith.
  if (words.length > 1 && PEOPLE_PLURAL.test(last) && COUNT_BEFORE.test(before)) return { kind: "group", confidence: 1 };
  // "Sudetenland", "Rhineland": a "-land" word that is not in the dictionary is a region.
  if (words.length === 1 && /\p{Ll}land$/u.test(head)) return { kind: "place", confidence: 1 };
  // A plural is a people or a movement ("Bolsheviks"), but not a Latin name ("Columbus", "Confucius").
  // "-as"/"-os" are not plurals in English ("Kaunas", "Lagos"), but "-istas" are ("Zapatistas", "Sandinistas").
  if (words.length === 1 && /[^s]s$/.test(head) && !/(?:us|is|os)$/.test(head) && !/(?<!ist)as$/.test(head)) return { kind: "group", confidence: 1 };
  // "give Vyborg to the USSR", "handed Hong Kong back to China": territory given to someone.
  if (/\b(?:gave|give|gives|given|giving|handed|hand|hands|returned|return|returns|sold|sell|sells|transferred|transfer|ceded|cede)\s+$/i.test(before) && /^\s+(?:back\s+)?to\b/.test(after) && !FIRST_NAMES.has(words[0])) return { kind: "place", confidence: 1 };
  // "Scandinavia", "Mesopotamia", "Anatolia": a long name in "-ia" that is not a given name is a region.
  if (words.length === 1 && /^\p{Lu}\p{Ll}{4,}ia$/u.test(head) && !FIRST_NAMES.has(head)) return { kind: "place", confidence: 1 };
  // "the Rhine", "the Ruhr": people are not named with "the" (epithets aside), rivers and regions are.
  if (words.length === 1 && /\bthe\s+$/i.test(before)) return { kind: "place", confidence: GUESS };
  return { kind: "person", confidence: GUESS };
}

/**
 * Nationality adjectives followed by a telling noun: "Korean people" (group); a nationality used as a noun for
 * a people ("a lot of Vietnamese of the older generation", "the Chinese were…"), but not a language ("in
 * Japanese", "speak Russian"); and the elliptical "the South and the North Korea" (two states).
 */
function demonymPhrases(sentence: Sentence, tokens: Token[], chunks: [number, number][], lexicon: Lexicon): FoundMention[] {
  const mentions: FoundMention[] = [];
  const text = sentence.text;
  for (const [chunkStart, to] of chunks) {
    let from = chunkStart;
    while (from < to - 1 && FUNCTION_WORDS.has(tokens[from].text)) from++;
    const adjective = text.slice(tokens[from].start, tokens[to - 1].end);
    const before = textBefore(text, tokens[from].start);
    const after = text.slice(tokens[to - 1].end);
    if (DEMONYMS[adjective]) {
      const noun = /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? "";
      if (GROUP_NOUNS.test(noun)) {
        const end = tokens[to - 1].end + 1 + noun.length;
        const surface = text.slice(tokens[from].start, end);
        const entry = lexicon.entries.get(surface);
        mentions.push({
          sentenceIndex: sentence.index,
          start: tokens[from].start,
          end,
          text: surface,
          kind: entry?.kind ?? "group",
          confidence: entry ? 3 : 2,
          ...(entry ? { canonical: entry.canonical } : {}),
        });
      } else if (
        (/(?:^|\b(?:the|of|many|most|some|all|few|thousands\s+of|millions\s+of|hundreds\s+of))\s+$/i.test(before) || DEMONYMS[/\bthe\s+(\p{Lu}\p{Ll}+)\s+and\s+$/u.exec(before)?.[1] ?? ""] !== undefined) &&
        !/\b(?:in|into|from|speak|speaks|spoke|spoken|learn|learned|study|studied|write|wrote|written|translated|say|says|called)\s+(?:the\s+)?$/i.test(before) &&
        (/^\s*(?:[,.;:!?)]|$|(?:of|and|who|were|was|had|have|are|did|could|would|also|still|then|began|became|fought|lived|came|left|for|in|at|to|from|with|by|on|under|until|after|before|during)\b)/.test(after) || DEMONYM_VERB_AFTER.test(after)) &&
        (/(?:ese|ish|ch|i|ss)$/.test(adjective) || STATE_HEADS.has(DEMONYMS[adjective].split(" ").pop()!))
      ) {
        const state = lexicon.entries.get(DEMONYMS[adjective]);
        if (state?.kind === "state" && STATE_HEADS.has(DEMONYMS[adjective].split(" ").pop()!) && DEMONYMS[adjective].startsWith(`${adjective} `)) {
          // "the Qing", "the Ming": a dynasty's name used as a noun is its state ("the British" are a people, not the United Kingdom).
          mentions.push({ sentenceIndex: sentence.index, start: tokens[from].start, end: tokens[to - 1].end, text: adjective, kind: "state", confidence: 3, canonical: state.canonical });
          continue;
        }
        const entry = lexicon.entries.get(`${adjective} people`);
        mentions.push({
          sentenceIndex: sentence.index,
          start: tokens[from].start,
          end: tokens[to - 1].end,
          text: adjective,
          kind: "group",
          confidence: 2,
          ...(entry ? { canonical: entry.canonical } : {}),
        });
      }
    }
    const compass = COMPASS.has(adjective) ? adjective : null;
    const ellipsis = compass ? /^\s+and\s+(?:the\s+)?(?:South|North|East|West)\s+([A-Z]\p{L}+)/u.exec(after) : null;
    if (compass && ellipsis) {
      const name = `${compass} ${ellipsis[1]}`;
      const entry = lexicon.entries.get(name);
      mentions.push({
        sentenceIndex: sentence.index,
        start: tokens[from].start,
        end: tokens[from].end,
        text: compass,
        kind: entry?.kind ?? "state",
        confidence: entry ? 3 : 1,
        canonical: entry?.canonical ?? name,
      });
    }
  }
  return mentions;
}

const PRESENT_VERB = /\b(?:is|are|has|have|does|do|remains|remain)\b/i;
const PAST_VERB = /\b(?:was|were|had|did|\p{Ll}{3,}ed)\b/iu;
/** A present passive ("they are called", "it is known as"): its participle is not a past tense. */
const PRESENT_PASSIVE = /\b(?:is|are|am)\s+(?:(?:also|still|now|often|usually|simply|officially)\s+)?\p{Ll}{3,}ed\b/giu;

/** Years a TIMEX3 value covers: "1895-04" → [1895, 1895], "18" → [1800, 1899], "196" → [1960, 1969]; null for XXXX. */
function yearsOf(value: string): [number, number] | null {
  const match = /^(BC)?(\d{2,4})/.exec(value);
  if (!match || value.startsWith("XXXX")) return null;
  const sign = match[1] ? -1 : 1;
  const digits = match[2];
  const scale = digits.length === 4 ? 1 : digits.length === 3 ? 10 : 100;
  const low = sign * Number(digits) * scale;
  return sign > 0 ? [low, low + scale - 1] : [low - scale + 1, low];
}

/**
 * The years a date covers, narrowed by a part-of-period word the value ignores: "the beginning of the 20th century"
 * → 1900–1914, "the late 1980s" → 1986–1989, "the second half of the 19th century" → 1850–1899. "The middle of"
 * is left whole: writers stretch it ("the middle of 19 century" for the 1860s and 1870s).
 */
export function yearsOfDate(date: FoundDate): [number, number] | null {
  const range = yearsOf(date.value);
  if (!range || range[0] < 0) return range;
  const span = range[1] - range[0] + 1;
  if (span !== 10 && span !== 100) return range;
  const text = date.text.toLowerCase();
  const part = (from: number, to: number): [number, number] => [range[0] + Math.round(from * span), range[0] + Math.round(to * span) - 1];
  if (/\bfirst\s+half\b/.test(text)) return part(0, 0.5);
  if (/\bsecond\s+half\b/.test(text)) return part(0.5, 1);
  // "The early 1900s" is about the first 15 years of a century, but "the early 1980s" is not a year and a half of a
  // decade: writers mean its first three or four years (1980–1983), and "the late 1980s" its last four (1986–1989).
  const edge = span === 10 ? 0.4 : 0.15;
  if (/\b(?:beginning|start|early|dawn)\b/.test(text)) return part(0, edge);
  if (/\b(?:end|late|close)\b/.test(text)) return part(1 - edge, 1);
  return range;
}

/**
 * Bare country names ("Russia", "China", "Korea", "Japan") are assigned to the polity of the time the text is
 * talking about: the sentence's own date, else the paragraph's previous or next date, else the text's last date
 * before it; present-tense sentences and "today"/"now" are the present. A date that spans a change of regime
 * (a century) is skipped for a more precise one; in the title, they are the present-day state. Glossary entries are left alone.
 */
export function resolvePolities(mentions: FoundMention[], sentences: Sentence[], dates: FoundDate[], lexicon: Lexicon): void {
  const bySentence = new Map<number, FoundDate[]>();
  for (const date of dates) if (date.kind === "date") bySentence.set(date.sentenceIndex, [...(bySentence.get(date.sentenceIndex) ?? []), date]);
  const lastBefore: (FoundDate | null)[] = [];
  let last: FoundDate | null = null;
  for (const sentence of sentences) {
    lastBefore.push(last);
    const own = bySentence.get(sentence.index)?.filter((date) => yearsOf(date.value));
    if (own?.length) last = own[own.length - 1];
  }
  const polityAt = (periods: (typeof POLITIES)[string], range: [number, number] | null) => {
    if (!range) return periods.find((period) => period.to === 9999) ?? null;
    const matching = periods.filter((period) => period.from <= range[1] && range[0] <= period.to);
    return matching.length === 1 && matching[0].from <= range[0] && range[1] <= matching[0].to ? matching[0] : null;
  };
  for (const [index, mention] of mentions.entries()) {
    const surface = stripArticle(mention.text);
    const periods = POLITIES[surface];
    const entry = lexicon.entries.get(surface);
    if (!periods || entry?.fromGlossary || (mention.canonical && mention.canonical !== entry?.canonical)) continue;
    if (mention.sentenceIndex === TITLE_SENTENCE) {
      // Bare names in the title name the present-day state (annotation guidelines).
      const present = polityAt(periods, null);
      if (present) Object.assign(mention, { canonical: present.name, kind: "state" });
      continue;
    }
    const sentence = sentences[mention.sentenceIndex];
    const own = bySentence.get(sentence.index) ?? [];
    const present = own.some((date) => date.value.startsWith("XXXX")) || (PRESENT_VERB.test(sentence.text) && !PAST_VERB.test(sentence.text.replace(PRESENT_PASSIVE, "is")));
    const candidates: FoundDate[] = present ? [] : [...own];
    if (!present) {
      for (let i = sentence.index - 1; i >= 0 && sentences[i].paragraph === sentence.paragraph; i--) candidates.push(...[...(bySentence.get(i) ?? [])].reverse());
      for (let i = sentence.index + 1; i < sentences.length && sentences[i].paragraph === sentence.paragraph; i++) candidates.push(...(bySentence.get(i) ?? []));
      const before = lastBefore[sentence.index];
      if (before) candidates.push(before);
    }
    let polity = present ? polityAt(periods, null) : null;
    for (const date of candidates) {
      const range = yearsOfDate(date);
      if (!range) continue;
      polity = polityAt(periods, range);
      // A date between two polities ("Poland" in 1815, after the partitions) names none of them: the bare name stays.
      if (polity || periods.every((period) => range[1] < period.from || period.to < range[0])) break;
    }
    if (polity) {
      // A gloss in brackets ("Persia (Персия)") took the bare name's canonical: it follows the bare name.
      const gloss = mentions[index + 1];
      if (gloss?.sentenceIndex === mention.sentenceIndex && gloss.start > mention.end && gloss.canonical === mention.canonical && !POLITIES[stripArticle(gloss.text)] && /^\s*\($/.test(sentence.text.slice(mention.end, gloss.start))) gloss.canonical = polity.name;
      mention.canonical = polity.name;
      mention.kind = "state";
    }
  }
}

/**
 * Merges mentions into actors: same canonical name, same normalised text, a surname or first name alone merged
 * into the one full name that contains it, an acronym into the name it abbreviates ("DRV"), a name into the
 * same name with a place noun ("Cam Ranh" → "Cam Ranh Bay"), and "<…> Republic of X" into the known state X.
 * Runs without evidence that merge into nothing are dropped.
 */
export function mergeActors(mentions: FoundMention[], lexicon?: Lexicon): FoundActor[] {
  const groups = new Map<string, FoundMention[]>();
  for (const mention of mentions) {
    if (!mention.canonical && lexicon) {
      const state = /^(?:[A-Z][\p{L}'’]*\s+)*(?:Republic|Kingdom|Empire|Federation|State|Khanate|Principality|Duchy)\s+of\s+(?:the\s+)?(.+)$/u.exec(stripArticle(mention.text));
      const entry = state ? lexicon.entries.get(state[1]) : undefined;
      if (entry?.kind === "state") mention.canonical = entry.canonical;
    }
    const key = normalise(mention.canonical ?? stripArticle(mention.text));
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  mergePartialNames(groups);
  mergeAcronymsAndPlaceNames(groups);
  mergeHeadNouns(groups);
  mergeMisspellings(groups);
  mergePeopleNames(groups);
  mergeShortOrganizationNames(groups);
  const actors: FoundActor[] = [];
  for (const group of groups.values()) {
    if (group.every((mention) => mention.weak)) continue;
    const best = mostLikelyKind(group);
    const canonical = group.find((mention) => mention.canonical)?.canonical;
    const surfaces = [...new Set(group.flatMap((mention) => (mention.untitled ? [mention.text, mention.untitled] : [mention.text])))];
    const name = canonical ?? [...surfaces].sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    actors.push({ name, kind: best.kind, aliases: surfaces.filter((surface) => surface !== name), mentions: group.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start) });
  }
  return actors.sort((a, b) => firstMention(a) - firstMention(b));
}

/** The most confident mention; among equally confident ones, the kind most of them have (the first on a tie). */
function mostLikelyKind(group: FoundMention[]): FoundMention {
  const top = Math.max(...group.map((mention) => mention.confidence));
  const candidates = group.filter((mention) => mention.confidence === top);
  const count = (kind: ActorKind) => candidates.filter((mention) => mention.kind === kind).length;
  return candidates.reduce((best, mention) => (count(mention.kind) > count(best.kind) ? mention : best));
}

function firstMention(actor: FoundActor): number {
  return textPosition(actor.mentions[0]);
}

/** A mention's place in the text as one sortable number (sentences are far shorter than 100,000 characters). */
function textPosition(mention: FoundMention): number {
  return mention.sentenceIndex * 100_000 + mention.start;
}

function stripArticle(text: string): string {
  return text.replace(/^the\s+/i, "");
}

/** "Ivashentsov" → "Gleb Ivashentsov" when exactly one longer name of a person contains the word. */
function mergePartialNames(groups: Map<string, FoundMention[]>): void {
  const byWord = new Map<string, string[]>();
  for (const [key, group] of groups) {
    const words = key.split(" ");
    if (words.length < 2 || group.every((mention) => mention.kind !== "person" || mention.weak)) continue;
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), key]);
  }
  // "De Gaulle" after "Charles de Gaulle": a surname with its particle is the one longer person name that ends in it.
  for (const [key, group] of [...groups]) {
    if (!key.includes(" ") || group.some((mention) => mention.canonical) || !group.every((mention) => mention.kind === "person")) continue;
    const owners = [...groups].filter(([other, members]) => other !== key && other.endsWith(` ${key}`) && members.some((mention) => mention.kind === "person" && !mention.weak));
    if (owners.length !== 1) continue;
    owners[0][1].push(...group.map((mention) => ({ ...mention, weak: false })));
    groups.delete(key);
  }
  for (const [key, group] of [...groups]) {
    if (key.includes(" ") || group.some((mention) => mention.canonical && mention.confidence === 3 && mention.kind !== "person")) continue;
    // "Napoleon" before any "Napoleon III" is another ruler; after "Selim I", "Selim" refers back to him.
    const first = (mentions: FoundMention[]) => Math.min(...mentions.map(textPosition));
    const regnal = (owner: string) => owner.split(" ").every((word) => word === key || /^[ivx]+$/.test(word));
    const owners = byWord.get(key)?.filter((owner) => !(regnal(owner) && first(group) < first(groups.get(owner)!)));
    if (owners?.length !== 1) continue;
    groups.get(owners[0])!.push(...group.map((mention) => ({ ...mention, weak: false, kind: "person" as const })));
    groups.delete(key);
  }
  mergeMisspeltSurnames(groups);
}

/**
 * "Shevardnadse" after "Eduard Shevardnadze", "Pearce" after "Patrick Pearse", "Menelick" after "Menelik II": a
 * guessed one-word name one letter from the surname of exactly one full person name (same first and last letter,
 * five letters or more; a regnal number aside) is that person. So is a full name one letter from another in its
 * last word: "Haile Selasie" and "Haile Selassie".
 */
function mergeMisspeltSurnames(groups: Map<string, FoundMention[]>): void {
  const isPerson = (group: FoundMention[]) => group.some((mention) => mention.kind === "person" && !mention.weak);
  const oneLetterApart = (a: string, b: string) => a !== b && a[0] === b[0] && a.at(-1) === b.at(-1) && Math.abs(a.length - b.length) <= 1 && editDistance(a, b) === 1;
  // Full person names by all but their last word, so that each name is compared with its few namesakes only.
  const byForenames = new Map<string, string[]>();
  for (const [key, group] of groups) {
    const forenames = key.split(" ").slice(0, -1).join(" ");
    if (forenames && isPerson(group)) byForenames.set(forenames, [...(byForenames.get(forenames) ?? []), key]);
  }
  for (const [key, group] of [...groups]) {
    const words = key.split(" ");
    if (words.length < 2 || words.at(-1)!.length < 5 || !groups.has(key) || !group.every((mention) => mention.kind === "person" && !mention.canonical)) continue;
    const namesakes = byForenames.get(words.slice(0, -1).join(" ")) ?? [];
    const twins = namesakes.filter((other) => groups.has(other) && oneLetterApart(other.split(" ").at(-1)!, words.at(-1)!));
    if (twins.length !== 1) continue;
    // Which key stays does not matter: a merged group is named by its longest spelling, as every group is.
    groups.get(twins[0])!.push(...group);
    groups.delete(key);
  }
  // Surnames of the full names left after that merge, a regnal number aside ("Menelik II" → "menelik").
  const surnames = new Map<string, string[]>();
  for (const [key, group] of groups) {
    const words = key.split(" ").filter((word) => !/^[ivx]+$/.test(word));
    const last = words[words.length - 1];
    if (key.includes(" ") && isPerson(group) && last?.length >= 5) surnames.set(last, [...(surnames.get(last) ?? []), key]);
  }
  for (const [key, group] of [...groups]) {
    if (key.includes(" ") || key.length < 5 || !group.every((mention) => mention.kind === "person" && !mention.canonical && mention.confidence <= 1)) continue;
    const owners = [...surnames].filter(([surname]) => oneLetterApart(surname, key)).flatMap(([, keys]) => keys);
    if (owners.length !== 1 || !groups.has(owners[0])) continue;
    groups.get(owners[0])!.push(...group.map((mention) => ({ ...mention, weak: false })));
    groups.delete(key);
  }
}

/** "DRV" → "Democratic Republic of Vietnam"; "Cam Ranh" → "Cam Rahn Bay" (a typo of one or two letters allowed). */
function mergeAcronymsAndPlaceNames(groups: Map<string, FoundMention[]>): void {
  // Each group is compared with the names of all groups: the initials and place-name stems of each distinct name
  // are computed once here, not once per group and mention (that was quadratic in the text's length).
  const distinct = new Map<string, { key: string; initials: string; stem: string | null }>();
  for (const [key, group] of groups) {
    for (const mention of group) {
      const name = stripArticle(mention.text);
      if (!distinct.has(`${key}\n${name}`)) distinct.set(`${key}\n${name}`, { key, initials: initials(name), stem: placeNameStem(name) });
    }
  }
  const names = [...distinct.values()];
  for (const [key, group] of [...groups]) {
    const surface = stripArticle(group[0].text);
    let target: string | undefined;
    if (/^[A-Z]{2,5}$/.test(surface) && !group.some((mention) => mention.canonical)) {
      target = names.find((other) => other.key !== key && other.initials === surface)?.key;
    } else if (!group.some((mention) => mention.canonical) && key.length >= 4) {
      target = names.find(({ key: other, stem }) => {
        if (other === key || stem === null) return false;
        return stem === key || (stem.length >= 6 && stem[0] === key[0] && editDistance(stem, key) <= 2);
      })?.key;
    }
    if (!target || !groups.has(target)) continue;
    groups.get(target)!.push(...group.map((mention) => ({ ...mention, weak: false, kind: groups.get(target!)![0].kind })));
    groups.delete(key);
  }
}

/** "the League" → "All-India Muslim League": a head noun alone is the one longer name in the text that ends in it. */
function mergeHeadNouns(groups: Map<string, FoundMention[]>): void {
  for (const [key, group] of [...groups]) {
    const word = stripArticle(group[0].text);
    if (key.includes(" ") || group.some((mention) => mention.canonical) || !(ORGANIZATION_HEADS.has(word) || GROUP_HEADS.has(word) || STATE_HEADS.has(word))) continue;
    const owners = [...groups.keys()].filter((other) => other !== key && other.endsWith(` ${key}`));
    if (owners.length !== 1) continue;
    const owner = groups.get(owners[0])!;
    owner.push(...group.map((mention) => ({ ...mention, weak: false, kind: owner[0].kind })));
    groups.delete(key);
  }
}

/**
 * "Sahalin" → "Sakhalin", "Hirosima" → "Hiroshima": a one-word name found only by guessing is a misspelling of a
 * known one-word name (gazetteer or glossary) one letter away inside the word, when it is the only one.
 */
function mergeMisspellings(groups: Map<string, FoundMention[]>): void {
  const known = [...groups].filter(([key, group]) => !key.includes(" ") && group.some((mention) => mention.canonical && mention.confidence >= 3));
  for (const [key, group] of [...groups]) {
    if (key.includes(" ") || key.length < 6 || group.some((mention) => mention.canonical || mention.confidence > GUESS)) continue;
    // The same first letter and the same last two: a changed ending is a derived word ("Argentine", "Germans"), not a typo.
    const targets = known.filter(([other]) => other !== key && other[0] === key[0] && other.slice(-2) === key.slice(-2) && editDistance(other, key) === 1);
    if (targets.length !== 1 || !groups.has(targets[0][0])) continue;
    const target = groups.get(targets[0][0])!;
    target.push(...group.map((mention) => ({ ...mention, weak: false, kind: target[0].kind, canonical: target[0].canonical })));
    groups.delete(key);
  }
}

/**
 * "Afghans" and "Afghanis"-style pairs: two plural names of one people, the same stem with another demonym ending,
 * merged only when both singulars are nationality adjectives of the same state. A shared stem alone is not enough:
 * "Bulgars" and "Bulgarians" are different peoples (peoples the gazetteer knows, "Mongols"/"Mongolians", merge by
 * their canonical name).
 */
function mergePeopleNames(groups: Map<string, FoundMention[]>): void {
  const stem = (key: string) => (/^\p{L}{5,}$/u.test(key) ? key.replace(/(?:ians|ans|s)$/u, "") : "");
  const stateOf = (group: FoundMention[]) => DEMONYMS[stripArticle(group[0].text).replace(/s$/, "")];
  const byStem = new Map<string, string>();
  for (const [key, group] of [...groups]) {
    const root = stem(key);
    if (root.length < 5 || root === key || !group.every((mention) => mention.kind === "group")) continue;
    const owner = byStem.get(root);
    if (!owner || !groups.has(owner)) {
      byStem.set(root, key);
      continue;
    }
    const state = stateOf(group);
    if (!state || state !== stateOf(groups.get(owner)!)) continue;
    groups.get(owner)!.push(...group);
    groups.delete(key);
  }
}

/** "the Security Council" → "UN Security Council": an organisation's name is the one longer one with an acronym before it. */
function mergeShortOrganizationNames(groups: Map<string, FoundMention[]>): void {
  for (const [key, group] of [...groups]) {
    if (!key.includes(" ") || group.some((mention) => mention.canonical) || !group.every((mention) => mention.kind === "organization")) continue;
    const owners = [...groups].filter(([other, members]) => other.endsWith(` ${key}`) && /^[A-Z]{2,5}$/.test(stripArticle(members[0].text).split(" ")[0]) && members.some((mention) => mention.kind === "organization"));
    if (owners.length !== 1) continue;
    owners[0][1].push(...group.map((mention) => ({ ...mention, weak: false })));
    groups.delete(key);
  }
}

/** "Cam Ranh Bay" → "cam ranh": the normalised name without its place noun; null for a name without one. */
function placeNameStem(name: string): string | null {
  const words = name.split(" ");
  // "Iturup island" (a lower-case place noun written after the name) is "Iturup" too.
  const head = words[words.length - 1].replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  return words.length < 2 || !PLACE_HEADS.has(head) || COMPASS.has(head) ? null : normalise(words.slice(0, -1).join(" "));
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => !/^(?:of|the|and|for|de)$/i.test(word));
  return words.length >= 2 ? words.map((word) => word[0]).join("").toUpperCase() : "";
}
