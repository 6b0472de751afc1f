import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import nspell from "nspell";
import type { SpellingResources } from "./spelling";

let cached: SpellingResources | null = null;

/**
 * Hunspell en-GB and en-US (either spelling is right: students write both) and the list of common English
 * misspellings from Wikipedia as packaged by cspell (CC BY-SA 4.0). Loaded once, ≈0.5 s.
 */
export function loadSpellingResources(): SpellingResources {
  if (cached) return cached;
  const gb = nspell(readDictionary("dictionary-en-gb"));
  const us = nspell(readDictionary("dictionary-en"));
  cached = {
    speller: {
      correct: (word) => gb.correct(word) || us.correct(word),
    },
    misspellings: loadMisspellings(),
  };
  return cached;
}

/**
 * The same resources with the speller's answers remembered for one document: a long text asks about the same
 * words thousands of times (every capitalised token, every unknown word), and Hunspell's affix rules are slow.
 */
export function rememberingSpeller(resources: SpellingResources): SpellingResources {
  const speller = resources.speller;
  if (!speller) return resources;
  const correct = new Map<string, boolean>();
  return {
    ...resources,
    speller: { correct: (word) => correct.get(word) ?? correct.set(word, speller.correct(word)).get(word)! },
    unremembered: speller,
  };
}

// Next's bundler cannot follow a computed require.resolve and fails at run time; Node's own require, reached
// through the built-in module at run time, resolves the dictionary packages wherever the code was bundled to.
const require = process.getBuiltinModule("node:module").createRequire(import.meta.url);

/** Read the files directly: the packages' own entry uses top-level await, which CommonJS callers cannot load. */
function readDictionary(name: string): { aff: Uint8Array; dic: Uint8Array } {
  const folder = dirname(require.resolve(name));
  return { aff: readFileSync(join(folder, "index.aff")), dic: readFileSync(join(folder, "index.dic")) };
}

function loadMisspellings(): Map<string, string[]> {
  const folder = join(dirname(require.resolve("@cspell/dict-en-common-misspellings")), "dict");
  const list = new Map<string, string[]>();
  for (const file of ["dict-en.json", "dict-en-gb.json"]) {
    const data = JSON.parse(readFileSync(join(folder, file), "utf8")) as {
      dictionaryDefinitions: { suggestWords?: string[]; flagWords?: string[] }[];
    };
    for (const definition of data.dictionaryDefinitions) {
      for (const line of [...(definition.suggestWords ?? []), ...(definition.flagWords ?? [])]) {
        const [wrong, right] = line.split("->");
        if (wrong && right && !list.has(wrong)) list.set(wrong, right.split(",").map((word) => word.trim()).filter(Boolean));
      }
    }
  }
  return list;
}
