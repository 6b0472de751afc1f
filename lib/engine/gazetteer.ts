import isoCountryNames from "i18n-iso-countries/langs/en.json";
import type { ActorKind } from "./types";
import worldCities from "./world-cities.json";

/**
 * A small curated gazetteer of the actors history texts for schools name most often: states (modern and
 * historical), organisations, peoples and places, with their usual alternative names. Historical states are in
 * no country package, so they are listed here by hand.
 * Sources: Wikipedia, "List of sovereign states" and "List of former sovereign states" (state names and
 * official long forms); ISO 3166-1 short names; Wikipedia, "List of intergovernmental organizations";
 * Wikipedia, "List of contemporary ethnic groups" (peoples). Entries: canonical name | kind | aliases.
 */
const ENTRIES = `
Russia|state|Russian Federation;the Russian Federation;RF
Russian Empire|state|Imperial Russia;Tsarist Russia;Empire of Russia;Tsardom of Russia;Muscovy;Grand Duchy of Moscow
Kievan Rus|state|Kievan Rus';Rus
Soviet Union|state|USSR;U.S.S.R.;Union of Soviet Socialist Republics;the Soviets;Soviet Russia
Korea|state|Chosen
Joseon|state|Kingdom of Korea;Joseon Kingdom;Joseon dynasty;Joseon Korea;Korean Kingdom;Korean Empire;Empire of Korea;Chosŏn;Choson;Hermit Kingdom;Goryeo
South Korea|state|Republic of Korea;ROK;South Korean Republic
North Korea|state|Democratic People's Republic of Korea;DPRK
Japan|state|Empire of Japan;Japanese Empire;Imperial Japan;Nippon
Tokugawa shogunate|state|Tokugawa Japan;Edo shogunate;Tokugawa Shogunate
China|state|People's Republic of China;PRC;Red China
Qing Empire|state|Qing dynasty;Qing Dynasty;Qing China;Great Qing
Ming Empire|state|Ming dynasty;Ming Dynasty
Republic of China|state|ROC
Taiwan|place|Formosa
Mongol Empire|state|Golden Horde;Mongol Khanate
Mongolia|state|Mongolian People's Republic;Outer Mongolia
United States|state|USA;U.S.A.;US;U.S.;United States of America;America;the States
United Kingdom|state|UK;U.K.;Great Britain;Britain;British Empire
England|state|Kingdom of England
Scotland|state|Kingdom of Scotland
Ireland|state|Republic of Ireland;Irish Free State
France|state|French Republic;Kingdom of France;French Empire
Germany|state|
German Empire|state|
Weimar Republic|state|
Nazi Germany|state|Third Reich
West Germany|state|FRG;Federal Republic of Germany
East Germany|state|German Democratic Republic;GDR
Prussia|state|Kingdom of Prussia
Austria|state|Austrian Empire;Republic of Austria
Austria-Hungary|state|Austro-Hungarian Empire;Austro-Hungary
Holy Roman Empire|state|
Ottoman Empire|state|Ottomans;Sublime Porte;Ottoman Turkey
Turkey|state|Republic of Turkey;Türkiye
Byzantine Empire|state|Byzantium;Eastern Roman Empire
Roman Empire|state|Rome;Roman Republic;Ancient Rome
Persia|state|Persian Empire
Safavid Persia|state|Safavid Empire
Qajar Iran|state|Qajar Persia
Imperial State of Iran|state|Pahlavi Iran
Iran|state|Islamic Republic of Iran
Italy|state|Kingdom of Italy;Italian Republic
Spain|state|Kingdom of Spain;Spanish Empire
Portugal|state|Portuguese Empire
Netherlands|state|the Netherlands;Holland;Dutch Republic
Belgium|state|
Sweden|state|Swedish Empire;Kingdom of Sweden
Norway|state|
Denmark|state|
Finland|state|Grand Duchy of Finland
Poland|state|Republic of Poland
Kingdom of Poland|state|
Polish-Lithuanian Commonwealth|state|Polish–Lithuanian Commonwealth;Commonwealth of Both Nations;Rzeczpospolita
Lithuania|state|Republic of Lithuania
Grand Duchy of Lithuania|state|
Latvia|state|
Estonia|state|
Ukraine|state|
Belarus|state|Byelorussia
Moldova|state|
Georgia|state|
Armenia|state|
Azerbaijan|state|
Kazakhstan|state|
Uzbekistan|state|
Afghanistan|state|
Pakistan|state|
India|state|Mughal Empire;Republic of India
British India|state|British Raj
Vietnam|state|Viet Nam;North Vietnam;Democratic Republic of Vietnam;Socialist Republic of Vietnam;DRV;SRV
South Vietnam|state|State of Vietnam
Thailand|state|Siam
Cambodia|state|Kampuchea;Khmer Republic
Laos|state|Lao People's Democratic Republic
Indonesia|state|
Philippines|state|the Philippines
Australia|state|
New Zealand|state|
Canada|state|
Mexico|state|
Cuba|state|
Bangladesh|state|
Brazil|state|
Argentina|state|
Chile|state|
Egypt|state|
Israel|state|
Syria|state|
Iraq|state|
Saudi Arabia|state|
Greece|state|Ancient Greece;Hellenic Republic
Serbia|state|Yugoslavia
Bulgaria|state|
Romania|state|
Hungary|state|Kingdom of Hungary
Czechoslovakia|state|
Czech Republic|state|Czechia
Switzerland|state|
South Africa|state|
Ethiopia|state|Abyssinia
Vatican|state|Holy See
Confederate States|state|Confederacy;Confederate States of America
United Nations|organization|UN;U.N.;UNO
League of Nations|organization|
NATO|organization|North Atlantic Treaty Organization;North Atlantic Alliance
Warsaw Pact|organization|Warsaw Treaty Organization
Sejm|organization|
Knesset|organization|
Riksdag|organization|
Storting|organization|Stortinget
Folketing|organization|Folketinget
Althing|organization|Alþingi
Bundestag|organization|
Reichstag|organization|
Oireachtas|organization|
Dáil|organization|Dail;Dáil Éireann;Dail Eireann
Seimas|organization|
Saeima|organization|
Sobranie|organization|National Assembly of Bulgaria
Lok Sabha|organization|
Rajya Sabha|organization|
Loya Jirga|organization|
Verkhovna Rada|organization|
European Union|organization|EU;E.U.
Shanghai Cooperation Organisation|organization|Shanghai Cooperation Organization;SCO
ASEAN|organization|Association of Southeast Asian Nations
BRICS|organization|
Comecon|organization|Council for Mutual Economic Assistance;CMEA
Commonwealth of Independent States|organization|CIS
Comintern|organization|Communist International
Eastern Economic Forum|organization|EEF
Red Army|organization|Workers' and Peasants' Red Army
Soviet Army|organization|
White Army|organization|White movement
Wehrmacht|organization|
Kuomintang|group|KMT;Chinese Nationalist Party
Communist Party of the Soviet Union|group|CPSU;Soviet Communist Party
Bolshevik Party|group|
KGB|organization|
NKVD|organization|
Cheka|organization|
State Duma|organization|Duma
Congress|organization|US Congress;United States Congress
Parliament|organization|British Parliament
Senate|organization|
East India Company|organization|British East India Company
Catholic Church|organization|Roman Catholic Church
Orthodox Church|organization|Russian Orthodox Church
Red Cross|organization|International Committee of the Red Cross
World Bank|organization|
IMF|organization|International Monetary Fund
WHO|organization|World Health Organization
UNESCO|organization|
OPEC|organization|
Bolsheviks|group|Reds
Mensheviks|group|
Decembrists|group|
Cossacks|group|
Mongols|group|Mongolians
Tatars|group|Tartars
Vikings|group|Varangians
Slavs|group|
Koreans|group|Korean people
Japanese people|group|
Chinese people|group|
Russians|group|Russian people
Samurai|group|
Allies|organization|Allied Powers;Allied forces
Axis|organization|Axis powers
Central Powers|organization|
Entente|organization|Triple Entente
Far East|place|Russian Far East
Korean Peninsula|place|Korean peninsula
Balkans|place|Balkan Peninsula
Crimea|place|Crimean Peninsula
Siberia|place|
Manchuria|place|
Caucasus|place|
Central Asia|place|
Europe|place|Western Europe;Eastern Europe
Asia|place|East Asia;Southeast Asia
Africa|place|
Pacific Ocean|place|Pacific
Atlantic Ocean|place|Atlantic
Black Sea|place|
Baltic Sea|place|Baltic
Sea of Japan|place|East Sea
Mediterranean|place|Mediterranean Sea
Moscow|place|
Saint Petersburg|place|St. Petersburg;St Petersburg;Petrograd;Leningrad
Kyiv|place|Kiev
Seoul|place|
Pyongyang|place|
Hanoi|place|
Saigon|place|Ho Chi Minh City
Tokyo|place|Edo
Beijing|place|Peking
Shanghai|place|
Vladivostok|place|
Port Arthur|place|Lüshun
Tsushima|place|
Hiroshima|place|
Nagasaki|place|
Berlin|place|
Paris|place|
London|place|
Washington|place|Washington, D.C.
Vienna|place|
Warsaw|place|
Istanbul|place|Constantinople
Stalingrad|place|Volgograd
Normandy|place|
Pearl Harbor|place|
Versailles|place|
Yalta|place|
Potsdam|place|
Incheon|place|Inchon
Busan|place|Pusan
Volga|place|Volga River
Danube|place|Danube River
Amur|place|Amur River
Hong Kong|place|
Macau|place|Macao
Taipei|place|
Nanjing|place|Nanking
Guangzhou|place|Canton
Harbin|place|
Dalian|place|Dalny;Dairen
Mukden|place|Shenyang
Geneva|place|
Ulaanbaatar|place|Ulan Bator;Urga
Kabul|place|
Delhi|place|New Delhi
Mumbai|place|Bombay
Kolkata|place|Calcutta
Manila|place|
Bangkok|place|
Jakarta|place|Batavia
Singapore|place|
Osaka|place|
Kyoto|place|
Yokohama|place|
Sakhalin|place|Sakhalin Island
Kuril Islands|place|Kurils;Kuriles;Kuril islands
Kamchatka|place|
Okinawa|place|Ryukyu Islands
Taiwan Strait|place|
Yellow Sea|place|
Sea of Okhotsk|place|
Irkutsk|place|
Khabarovsk|place|
Nerchinsk|place|
Kiakhta|place|Kyakhta
Rome|place|
Madrid|place|
Stockholm|place|
Prague|place|
Budapest|place|
Belgrade|place|
Bucharest|place|
Sofia|place|
Athens|place|
Ankara|place|
Tehran|place|Teheran
Baghdad|place|
Cairo|place|
Jerusalem|place|
New York|place|
San Francisco|place|
Los Angeles|place|
Portsmouth|place|
Sevastopol|place|Sebastopol
Odessa|place|Odesa
Minsk|place|
Tbilisi|place|Tiflis
Baku|place|
Tashkent|place|
Samarkand|place|
Kazan|place|
Novosibirsk|place|
Murmansk|place|
Arkhangelsk|place|Archangel
Kronstadt|place|
Yangtze|place|Yangtze River
Yalu|place|Yalu River
Tumen|place|Tumen River
Ussuri|place|Ussuri River
Argun|place|Argun River
Mekong|place|Mekong River
Bosphorus|place|Bosporus
Dardanelles|place|
Himalayas|place|
Urals|place|Ural Mountains
Tibet|place|
Xinjiang|place|
Alaska|place|
Hokkaido|place|
`;

export interface GazetteerEntry {
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** From the list of large cities: a weaker entry (see actors.ts, besideAName). */
  city?: boolean;
}

const CURATED: GazetteerEntry[] = ENTRIES.trim()
  .split("\n")
  .map((line) => {
    const [name, kind, aliases] = line.split("|");
    return { name, kind: kind as ActorKind, aliases: aliases ? aliases.split(";").filter(Boolean) : [] };
  });

/** ISO 3166-1 entries that are dependent territories, not states: places (Wikipedia, "Dependent territory"). */
export const DEPENDENT_TERRITORIES = new Set(
  "AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT".split(" "),
);

/**
 * Every country of ISO 3166-1 (the i18n-iso-countries package's English names), so that a text about Uruguay or
 * Fiji finds them as it finds Russia. Names in the curated list above keep its canonical name and kind; ISO's
 * inverted forms ("Korea, Republic of") and bracketed notes ("Falkland Islands (Malvinas)") are left out.
 */
const ISO_COUNTRIES: GazetteerEntry[] = Object.entries(isoCountryNames.countries)
  // Dependent territories named after a saint ("Saint Martin", "Saint Helena") would take the saint's name too.
  .filter(([code, names]) => !(DEPENDENT_TERRITORIES.has(code) && String(names).startsWith("Saint ")))
  .map(([code, names]) => {
    const [name, ...aliases] = (Array.isArray(names) ? names : [names]).map(uninvertedName).filter((text): text is string => text !== null);
    return { name, kind: DEPENDENT_TERRITORIES.has(code) ? "place" : "state", aliases };
  });

/**
 * ISO's names as a text writes them: without notes in brackets ("Cocos (Keeling) Islands" → "Cocos Islands") and
 * not inverted ("Virgin Islands, British" → "British Virgin Islands", "Moldova, Republic of" → "Republic of
 * Moldova"); a comma that does not invert ("Bonaire, Sint Eustatius and Saba") leaves no name.
 */
function uninvertedName(text: string): string | null {
  const plain = text.replace(/\s*\([^)]*\)/g, "");
  const [head, tail, ...rest] = plain.split(", ");
  if (tail === undefined) return plain;
  return rest.length === 0 && (/ of$/.test(tail) || !tail.includes(" ")) ? `${tail} ${head}` : null;
}

/**
 * Large cities and capitals (scripts/cities.ts writes the list), with their names written without accents and
 * with a plain apostrophe too ("Bogota" for "Bogotá", "Xi'an" for "Xi’an"), as students type them.
 */
const WORLD_CITIES: GazetteerEntry[] = worldCities.map((name) => {
  const plain = name.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'");
  return { name, kind: "place", aliases: plain === name ? [] : [plain], city: true };
});

/** Cities, then ISO countries, then the curated list: a later entry for the same name replaces an earlier one in the lexicon. */
export const GAZETTEER: GazetteerEntry[] = [...WORLD_CITIES, ...ISO_COUNTRIES.filter((entry) => entry.name), ...CURATED];

/**
 * Adjectives of nationality → the state they refer to. Used to type phrases like "Korean people" (group) or
 * "Japanese government" (organisation) and to merge "South Korean Republic" with South Korea.
 */
export const DEMONYMS: Record<string, string> = {
  Russian: "Russia", Soviet: "Soviet Union", Korean: "Korea", "South Korean": "South Korea", "North Korean": "North Korea",
  Japanese: "Japan", Chinese: "China", American: "United States", British: "United Kingdom", English: "England",
  French: "France", German: "Germany", Prussian: "Prussia", Austrian: "Austria", Ottoman: "Ottoman Empire",
  Turkish: "Turkey", Italian: "Italy", Spanish: "Spain", Portuguese: "Portugal", Dutch: "Netherlands", Swedish: "Sweden",
  Polish: "Poland", Ukrainian: "Ukraine", Mongol: "Mongol Empire", Mongolian: "Mongolia", Persian: "Persia",
  Greek: "Greece", Roman: "Roman Empire", Byzantine: "Byzantine Empire", Indian: "India", Vietnamese: "Vietnam",
  Finnish: "Finland", Lithuanian: "Lithuania", Hungarian: "Hungary", Serbian: "Serbia", Bulgarian: "Bulgaria",
  Romanian: "Romania", Georgian: "Georgia", Armenian: "Armenia", Manchu: "Qing Empire", Qing: "Qing Empire", Ming: "Ming Empire",
  Afghan: "Afghanistan", Pakistani: "Pakistan", Thai: "Thailand", Cambodian: "Cambodia", Laotian: "Laos", Indonesian: "Indonesia",
  Filipino: "Philippines", Australian: "Australia", Canadian: "Canada", Mexican: "Mexico", Cuban: "Cuba", Egyptian: "Egypt",
  Israeli: "Israel", Syrian: "Syria", Iraqi: "Iraq", Iranian: "Iran", Czech: "Czech Republic", Danish: "Denmark", Norwegian: "Norway",
  Belarusian: "Belarus", Kazakh: "Kazakhstan", Uzbek: "Uzbekistan", Tibetan: "Tibet", Manchurian: "Manchuria", Siberian: "Siberia",
  Asian: "Asia", European: "Europe", African: "Africa", Sino: "China", Tatar: "Tatars", Cossack: "Cossacks", Burmese: "Myanmar",
  Irish: "Ireland", Scottish: "Scotland", Welsh: "Wales", Belgian: "Belgium", Swiss: "Switzerland", Slovak: "Slovakia", Croatian: "Croatia",
  Bosnian: "Bosnia and Herzegovina", Slovenian: "Slovenia", Estonian: "Estonia", Latvian: "Latvia", Moldovan: "Moldova", Azerbaijani: "Azerbaijan",
  Turkmen: "Turkmenistan", Kyrgyz: "Kyrgyzstan", Tajik: "Tajikistan", Saudi: "Saudi Arabia", Jordanian: "Jordan", Lebanese: "Lebanon",
  Palestinian: "Palestine", Libyan: "Libya", Algerian: "Algeria", Moroccan: "Morocco", Tunisian: "Tunisia", Ethiopian: "Ethiopia",
  Nigerian: "Nigeria", Kenyan: "Kenya", Argentine: "Argentina", Argentinian: "Argentina", Brazilian: "Brazil", Chilean: "Chile",
  Peruvian: "Peru", Colombian: "Colombia", Venezuelan: "Venezuela", Nepalese: "Nepal", Bangladeshi: "Bangladesh", Malaysian: "Malaysia",
};

// Persia and Iran name the same succession. Dynasties and the revolution of 1979 end a regime (annotation guidelines).
const PERSIA_AND_IRAN = [
  { name: "Safavid Persia", from: 1501, to: 1736 },
  { name: "Qajar Iran", from: 1789, to: 1925 },
  { name: "Imperial State of Iran", from: 1926, to: 1978 },
  { name: "Iran", from: 1979, to: 9999 },
];

/**
 * The polities a bare country name stands for, by period (annotation guidelines: a bare name is the polity the
 * text is talking about at that point; a new entity starts at a revolution, partition or dynastic change).
 * Sources: Wikipedia, "List of former sovereign states"; dates of the regime changes.
 */
export const POLITIES: Record<string, { name: string; from: number; to: number }[]> = {
  // "Soviet Russia" before the Union treaty of December 1922 is the RSFSR, a state of its own.
  "Soviet Russia": [
    { name: "Russian Soviet Federative Socialist Republic", from: 1917, to: 1922 },
    { name: "Soviet Union", from: 1923, to: 1991 },
  ],
  Russia: [
    { name: "Russian Empire", from: -9999, to: 1916 },
    { name: "Soviet Union", from: 1917, to: 1991 },
    { name: "Russia", from: 1992, to: 9999 },
  ],
  China: [
    { name: "Ming Empire", from: 1368, to: 1643 },
    { name: "Qing Empire", from: 1644, to: 1911 },
    { name: "Republic of China", from: 1912, to: 1948 },
    { name: "China", from: 1949, to: 9999 },
  ],
  Korea: [
    { name: "Joseon", from: 1392, to: 1910 },
    { name: "Korea", from: 1911, to: 1947 },
    { name: "South Korea", from: 1948, to: 9999 },
  ],
  Japan: [
    { name: "Tokugawa shogunate", from: 1603, to: 1867 },
    { name: "Japan", from: 1868, to: 9999 },
  ],
  // The German Empire (1871), the Weimar Republic, the Third Reich; "Germany" before 1871 and after 1945 stays as written.
  Germany: [
    { name: "Germany", from: -9999, to: 1870 },
    { name: "German Empire", from: 1871, to: 1918 },
    { name: "Weimar Republic", from: 1919, to: 1932 },
    { name: "Nazi Germany", from: 1933, to: 1945 },
    { name: "Germany", from: 1990, to: 9999 },
  ],
  Persia: PERSIA_AND_IRAN,
  Iran: PERSIA_AND_IRAN,
  // The Union of Lublin (1569) made one state of the two; the partitions (1772–1795) ended it.
  Poland: [
    { name: "Kingdom of Poland", from: -9999, to: 1568 },
    { name: "Polish-Lithuanian Commonwealth", from: 1569, to: 1795 },
    { name: "Poland", from: 1918, to: 9999 },
  ],
  Lithuania: [
    { name: "Grand Duchy of Lithuania", from: -9999, to: 1568 },
    { name: "Polish-Lithuanian Commonwealth", from: 1569, to: 1795 },
    { name: "Lithuania", from: 1918, to: 9999 },
  ],
};

/** Languages that are not also demonyms: "written in Latin" names no actor. */
export const LANGUAGES = new Set(
  "Latin Sanskrit Esperanto Hebrew Arabic Hindi Urdu Mandarin Cantonese Swahili Yiddish Farsi Tamil Bengali Hangul Kanji Cyrillic".split(" "),
);
