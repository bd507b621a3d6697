import type { DestinationRate } from './destinations';

/**
 * Longest-prefix lookup over a rate deck. Prefixes are at most 20 digits, so trying each
 * length from the longest down is a handful of hash lookups per call: no trie needed.
 */
export class PrefixIndex {
  private readonly byPrefix = new Map<string, DestinationRate>();
  private readonly lengths: number[];

  constructor(rates: Iterable<DestinationRate>) {
    const lengths = new Set<number>();
    for (const rate of rates) {
      this.byPrefix.set(rate.prefix, rate);
      lengths.add(rate.prefix.length);
    }
    this.lengths = [...lengths].sort((a, b) => b - a);
  }

  /** The rate with the longest prefix that `number` (E.164 digits) starts with, or null. */
  match(number: string): DestinationRate | null {
    for (const length of this.lengths) {
      if (length > number.length) continue;
      const rate = this.byPrefix.get(number.slice(0, length));
      if (rate) return rate;
    }
    return null;
  }

  get size(): number {
    return this.byPrefix.size;
  }
}
