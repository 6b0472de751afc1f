/** Reading TIMEX3 values back: sort keys, precision and human labels for prompts and choices. */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SEASONS: Record<string, string> = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" };

export type Precision = "day" | "month" | "season" | "year" | "decade" | "century" | "unknown";

/**
 * Sorting and grouping ask for the same few values' precision and key again and again (a long text has tens of
 * thousands of comparisons over a few hundred values): both are remembered, up to a bound.
 */
function remembered<T>(compute: (value: string) => T): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    const found = known.get(value);
    if (found !== undefined || known.has(value)) return found as T;
    if (known.size >= 10_000) known.clear();
    const result = compute(value);
    known.set(value, result);
    return result;
  };
}

export const precisionOf = remembered(computePrecision);
export const sortKey = remembered(computeSortKey);

function computePrecision(value: string): Precision {
  const body = value.replace(/^BC/, "");
  if (/^\d{4}-\d{2}-\d{2}$/.test(body)) return "day";
  if (/^\d{4}-\d{2}$/.test(body)) return "month";
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(body)) return "season";
  if (/^\d{4}$/.test(body)) return "year";
  if (/^\d{3}$/.test(body)) return "decade";
  if (/^\d{2}$/.test(body)) return "century";
  return "unknown";
}

/** A number that orders dates chronologically (years with a fraction); null when the year is unknown. */
function computeSortKey(value: string): number | null {
  const bc = value.startsWith("BC");
  const body = bc ? value.slice(2) : value;
  const sign = bc ? -1 : 1;
  switch (precisionOf(value)) {
    case "day": {
      const [year, month, day] = body.split("-").map(Number);
      return sign * year + (month - 1) / 12 + (day - 1) / 372;
    }
    case "month": {
      const [year, month] = body.split("-").map(Number);
      return sign * year + (month - 1) / 12;
    }
    case "season":
      return sign * Number(body.slice(0, 4)) + ["SP", "SU", "FA", "WI"].indexOf(body.slice(5)) / 4;
    case "year":
      return sign * Number(body);
    case "decade":
      return sign * Number(body) * 10 + 5;
    case "century":
      return sign * Number(body) * 100 + 50;
    default:
      return null;
  }
}

/** "1990-09-30" → "30 September 1990", "18" → "the 19th century", "196" → "the 1960s". */
export function formatValue(value: string): string {
  const bc = value.startsWith("BC");
  const body = bc ? value.slice(2) : value;
  const era = bc ? " BC" : "";
  switch (precisionOf(value)) {
    case "day": {
      const [y, m, d] = body.split("-");
      return `${Number(d)} ${MONTHS[Number(m) - 1]} ${year(y)}${era}`;
    }
    case "month": {
      const [y, m] = body.split("-");
      return `${MONTHS[Number(m) - 1]} ${year(y)}${era}`;
    }
    case "season":
      return `the ${SEASONS[body.slice(5)]} of ${year(body.slice(0, 4))}${era}`;
    case "year":
      return `${year(body)}${era}`;
    case "decade":
      return `the ${Number(body) * 10}s${era}`;
    case "century":
      return `the ${ordinal(Number(body) + 1)} century${era}`;
    default:
      return /^XXXX-(\d{2})$/.test(value) ? MONTHS[Number(value.slice(5)) - 1] : value;
  }
}

/** "0988" → "988" */
function year(digits: string): string {
  return String(Number(digits));
}

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}
