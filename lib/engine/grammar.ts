/** Just enough English grammar to turn a declarative sentence into a question. */

const IRREGULAR_PAST: Record<string, string> = {
  began: "begin", became: "become", broke: "break", brought: "bring", built: "build", bought: "buy", came: "come",
  chose: "choose", drew: "draw", drove: "drive", fell: "fall", fled: "flee", fought: "fight", found: "find", gave: "give",
  got: "get", went: "go", grew: "grow", held: "hold", kept: "keep", knew: "know", laid: "lay", led: "lead", left: "leave",
  lost: "lose", made: "make", met: "meet", paid: "pay", ran: "run", rose: "rise", said: "say", sank: "sink", saw: "see",
  sold: "sell", sent: "send", set: "set", shot: "shoot", signed: "sign", sought: "seek", spoke: "speak", spent: "spend",
  stood: "stand", struck: "strike", swore: "swear", took: "take", taught: "teach", told: "tell", thought: "think",
  threw: "throw", understood: "understand", won: "win", wrote: "write", had: "have", did: "do", overthrew: "overthrow",
  withdrew: "withdraw", undertook: "undertake", forbade: "forbid", arose: "arise", bore: "bear", beat: "beat",
  put: "put", cut: "cut", split: "split", spread: "spread", cast: "cast", let: "let", shut: "shut", hit: "hit", quit: "quit",
  froze: "freeze", hid: "hide", rode: "ride", shook: "shake", stole: "steal", woke: "wake", wore: "wear", forgot: "forget",
};

const NOT_VERBS = new Set(["red", "bed", "hundred", "united", "limited", "advanced", "armed", "so-called", "need", "seed", "speed", "feed", "breed", "shed", "bred", "sacred", "naked", "wicked", "dead", "head", "ahead", "instead", "indeed", "led"]);

/** Returns the base form of a past-tense verb, or null when the word is not one. */
export function pastToBase(word: string, isWord: (word: string) => boolean): string | null {
  const lower = word.toLowerCase();
  if (IRREGULAR_PAST[lower]) return IRREGULAR_PAST[lower];
  if (NOT_VERBS.has(lower) || !/^[a-z]+ed$/.test(lower) || lower.length < 4) return null;
  if (lower.endsWith("ied")) return lower.slice(0, -3) + "y";
  const stem = lower.slice(0, -2);
  if (/([bdgklmnprt])\1$/.test(stem) && !/(ll|ss)$/.test(stem) && isWord(stem.slice(0, -1))) return stem.slice(0, -1);
  const withE = stem + "e";
  const stemOk = isWord(stem);
  const withEOk = isWord(withE);
  if (stemOk && withEOk) return /[^aeiou][aeiou][^aeiouwxy]$/.test(stem) && stem.length <= 4 ? withE : stem;
  if (withEOk) return withE;
  if (stemOk) return stem;
  return null;
}

export function isPassiveAuxiliary(word: string): boolean {
  return word === "was" || word === "were";
}
