import { addDays } from '../../dates';
import { daysBetween } from '../../rating/proration';
import { derivedPrng, type Prng } from './prng';
import type { AccountProfile } from './synthetic-accounts';
import type { UsageRecord } from './types';

/** Where calls go: [number start, digits after it, weight]. The deck, not this list, decides the rate. */
const CALL_TARGETS: readonly (readonly [string, number, number])[] = [
  ['1212', 7, 8],
  ['1303', 7, 6],
  ['1415', 7, 8],
  ['1617', 7, 6],
  ['1702', 7, 6],
  ['1713', 7, 6],
  ['1786', 7, 6],
  ['1206', 7, 6],
  ['1312', 7, 6],
  ['1404', 7, 6],
  ['1469', 7, 4],
  ['1512', 7, 4],
  ['1800', 7, 4],
  ['1888', 7, 3],
  ['1876', 7, 1.5],
  ['1809', 7, 1.5],
  ['4420', 8, 1.5],
  ['447', 9, 1.5],
  ['441', 9, 1],
  ['525', 9, 1.5],
  ['521', 10, 1.5],
  ['91', 10, 2],
  ['331', 8, 1],
  ['336', 8, 1.5],
  ['49', 10, 1.5],
  ['4915', 8, 1.5],
  ['63', 10, 1.5],
];
const TARGET_CHOICES = CALL_TARGETS.map(([start, rest, weight]) => [[start, rest] as const, weight] as const);

const DAY_S = 86_400;

export const recordIdOf = (prefix: string, sequence: number) =>
  `${prefix}${String(sequence).padStart(9, '0')}`;

/** A call length in whole seconds: some unanswered (0 s), mostly short, a few long. */
function callDuration(rng: Prng): number {
  const kind = rng.weighted([
    ['zero', 3],
    ['short', 60],
    ['medium', 30],
    ['long', 7],
  ] as const);
  if (kind === 'zero') return 0;
  if (kind === 'short') return rng.int(1, 120);
  if (kind === 'medium') return rng.int(121, 600);
  return rng.int(601, 2400);
}

const two = (value: number) => (value < 10 ? `0${value}` : String(value));

/** `second` seconds after midnight of `day`, as usage.csv writes it: `2026-10-05T14:03:00Z`. */
function timestamp(day: string, second: number): string {
  const hours = Math.floor(second / 3600);
  const minutes = Math.floor((second % 3600) / 60);
  return `${day}T${two(hours)}:${two(minutes)}:${two(second % 60)}Z`;
}

/** A data day in MB: usually three decimals, now and then fewer, rarely a heavy day. */
function megabytes(rng: Prng): string {
  const kind = rng.weighted([
    ['three', 80],
    ['two', 8],
    ['one', 2],
    ['whole', 6],
    ['heavy', 4],
  ] as const);
  if (kind === 'heavy') return String(rng.int(20_000, 60_000));
  if (kind === 'whole') return String(rng.int(1, 999));
  const decimals = kind === 'three' ? 3 : kind === 'two' ? 2 : 1;
  return (rng.int(1, 999_999) / 1000).toFixed(decimals);
}

/**
 * One account's usage for the period, in file order: voice calls (about `perAccount` of
 * them, ±40%) at random moments while the account was open, and for some accounts a daily
 * SMS count and a daily data volume. Ids continue from `nextSequence`; the result says
 * where the next account continues.
 */
export function synthesizeUsage(
  seed: number,
  profile: AccountProfile,
  perAccount: number,
  nextSequence: number,
): { records: UsageRecord[]; nextSequence: number } {
  const records: UsageRecord[] = [];
  const days = daysBetween(profile.activeFrom, profile.activeTo);
  if (days <= 0 || perAccount <= 0) return { records, nextSequence };
  const rng = derivedPrng(seed, 3, profile.index);
  let sequence = nextSequence;
  const accountId = profile.account.accountId;
  const dates = Array.from({ length: days }, (_, day) => addDays(profile.activeFrom, day));
  const timestampAt = (second: number) =>
    timestamp(dates[Math.floor(second / DAY_S)] ?? profile.activeFrom, second % DAY_S);

  const calls = Math.max(1, Math.round(perAccount * (0.6 + 0.8 * rng.next())));
  for (let call = 0; call < calls; call++) {
    const [start, rest] = rng.weighted(TARGET_CHOICES);
    records.push({
      recordId: recordIdOf('CDR', sequence++),
      accountId,
      usageType: 'voice',
      startedAt: timestampAt(rng.int(0, days * DAY_S - 1)),
      destination: start + rng.digits(rest),
      durationS: callDuration(rng),
      quantity: '',
    });
  }
  const hasSms = rng.chance(0.45);
  const hasData = rng.chance(0.35);
  for (let day = 0; day < days; day++) {
    const date = dates[day] ?? profile.activeFrom;
    if (hasSms && rng.chance(0.9)) {
      records.push({
        recordId: recordIdOf('SMS', sequence++),
        accountId,
        usageType: 'sms',
        startedAt: `${date}T23:59:00Z`,
        destination: '',
        durationS: 0,
        quantity: String(rng.int(1, 500)),
      });
    }
    if (hasData && rng.chance(0.9)) {
      records.push({
        recordId: recordIdOf('DAT', sequence++),
        accountId,
        usageType: 'data',
        startedAt: `${date}T23:00:00Z`,
        destination: '',
        durationS: 0,
        quantity: megabytes(rng),
      });
    }
  }
  return { records, nextSequence: sequence };
}
