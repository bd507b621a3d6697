import type { Db } from '../../db/client';
import { listAllEntriesOfVersion } from '../../db/queries/rate-plans';
import { Dec } from '../money/decimal';
import type { DestinationRate } from '../rating/destinations';
import { PrefixIndex } from '../rating/prefix-index';
import type { CompiledRateDeck } from '../rating/rate-call';
import type { TimeBand } from '../rating/time-bands';
import type { RateDeckEntryRecord, RatePlanRecord, RatePlanVersionRecord } from './types';

/** Versions never change once imported, so a compiled deck can be kept for the process's life. */
const MAX_CACHED_VERSIONS = 64;
const cache = new Map<string, Promise<CompiledRateDeck>>();

export function toDestinationRate(entry: RateDeckEntryRecord): DestinationRate {
  return {
    prefix: entry.prefix,
    destination: entry.destination,
    destinationClass: entry.destinationClass,
    ratePerMinute: new Dec(entry.ratePerMinute),
    bandRates: new Map(
      Object.entries(entry.bandRates as Record<string, string>).map(([band, rate]) => [band, new Dec(rate)]),
    ),
    increment: {
      initialSeconds: entry.initialIncrementSeconds,
      subsequentSeconds: entry.subsequentIncrementSeconds,
    },
    connectionFee: new Dec(entry.connectionFee),
  };
}

/** The deck of a version, ready to rate calls with; loaded once per version. */
export function loadCompiledDeck(
  db: Db,
  plan: RatePlanRecord,
  version: RatePlanVersionRecord,
): Promise<CompiledRateDeck> {
  let deck = cache.get(version.id);
  if (!deck) {
    deck = listAllEntriesOfVersion(db, version.id).then((entries) => ({
      index: new PrefixIndex(entries.map(toDestinationRate)),
      timeZone: plan.timeZone,
      bands: version.timeBands as TimeBand[],
    }));
    deck.catch(() => cache.delete(version.id));
    if (cache.size >= MAX_CACHED_VERSIONS) cache.delete(cache.keys().next().value as string);
    cache.set(version.id, deck);
  }
  return deck;
}
