/**
 * Deterministic test data for the benchmarks: a rate deck shaped like a real one
 * (country codes with city and mobile sub-prefixes) and calls spread over a month.
 */

/** Small, fast, seeded PRNG (mulberry32): the same data on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DeckRow {
  prefix: string;
  destination: string;
  domestic: boolean;
  ratePerMinute: string;
  initial: number;
  subsequent: number;
  connectionFee: string;
}

const increments: [number, number][] = [
  [60, 6],
  [6, 6],
  [1, 1],
  [30, 6],
  [60, 60],
  [60, 1],
];

/** About `size` destinations: 1 (domestic) plus country codes and their sub-prefixes. */
export function generateDeck(size: number, random = seededRandom(7)): DeckRow[] {
  const rows = new Map<string, DeckRow>();
  const add = (prefix: string, domestic: boolean) => {
    if (rows.has(prefix)) return;
    const [initial, subsequent] = increments[Math.floor(random() * increments.length)] as [number, number];
    rows.set(prefix, {
      prefix,
      destination: `Destination ${prefix}`,
      domestic,
      ratePerMinute: (random() * 0.3).toFixed(4),
      initial,
      subsequent,
      connectionFee: random() < 0.2 ? (random() * 0.05).toFixed(4) : '0',
    });
  };
  add('1', true);
  while (rows.size < size) {
    const country = String(20 + Math.floor(random() * 980));
    add(country, false);
    const subs = 1 + Math.floor(random() * 6);
    for (let i = 0; i < subs && rows.size < size; i++) add(`${country}${Math.floor(random() * 100)}`, false);
  }
  return [...rows.values()];
}

export interface GeneratedCall {
  id: string;
  destination: string;
  durationSeconds: number;
  startedAt: Date;
}

/** `count` calls to numbers under the deck's prefixes (70% domestic), over October 2026. */
export function* generateCalls(
  count: number,
  deck: DeckRow[],
  random = seededRandom(11),
): Generator<GeneratedCall> {
  const start = Date.UTC(2026, 9, 1);
  const month = 31 * 24 * 3600 * 1000;
  for (let i = 0; i < count; i++) {
    const row =
      random() < 0.7 ? (deck[0] as DeckRow) : (deck[1 + Math.floor(random() * (deck.length - 1))] as DeckRow);
    let number = row.prefix;
    while (number.length < 11) number += String(Math.floor(random() * 10));
    yield {
      id: `CDR${String(i).padStart(9, '0')}`,
      destination: number,
      durationSeconds: random() < 0.05 ? 0 : Math.floor(random() * random() * 1800),
      startedAt: new Date(start + Math.floor(random() * month)),
    };
  }
}
