import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { type RatedCall, storeCallsOfKeys } from '../../seed/voice-oracle';
import { Dec } from '../money/decimal';
import type { RoundingMode, RoundingPolicy } from '../money/rounding';
import type { DestinationRate } from '../rating/destinations';
import { PrefixIndex } from '../rating/prefix-index';
import { rateCall } from '../rating/rate-call';
import { voiceLinesOf } from '../rating/voice-lines';
import { chargeVoiceOfAccounts } from './load-voice-usage';

/**
 * Voice rating (lib/rating) and charging after allowances (db/queries/voice-charges) against
 * reference data: the legacy system's own voice lines in the shared sample export. Every
 * account whose voice lines the expected result does not mark as a fault must come out
 * identical, line by line, to the cent.
 */
const database = setUpTestDatabase();
const sampleDir = resolve(process.cwd(), '../shared/legacy-export/sample-small');
type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse(readFileSync(resolve(sampleDir, file)), { columns: true, skip_empty_lines: true });

describe('voice rating reproduces the legacy sample', () => {
  const manifest = JSON.parse(readFileSync(resolve(sampleDir, 'manifest.json'), 'utf8'));
  const expected = JSON.parse(readFileSync(resolve(sampleDir, '../sample-small.expected.json'), 'utf8'));
  const policy: RoundingPolicy = {
    mode: manifest.rounding.mode as RoundingMode,
    callDecimals: manifest.rounding.call_decimals,
  };
  const periodStart = new Date(`${manifest.period.start}T00:00:00Z`);
  const periodEnd = new Date(`${manifest.period.end}T00:00:00Z`);

  const decks = new Map<string, PrefixIndex>();
  const ratesByPlan = new Map<string, DestinationRate[]>();
  for (const row of read('rate_decks.csv')) {
    const list = ratesByPlan.get(row.rate_plan ?? '') ?? [];
    list.push({
      prefix: row.prefix ?? '',
      destination: row.destination ?? '',
      destinationClass: row.domestic === 'true' ? 'domestic' : 'international',
      ratePerMinute: new Dec(row.rate_per_minute ?? '0'),
      increment: {
        initialSeconds: Number(row.initial_increment_s),
        subsequentSeconds: Number(row.subsequent_increment_s),
      },
      connectionFee: new Dec(row.connection_fee || '0'),
    });
    ratesByPlan.set(row.rate_plan ?? '', list);
  }
  for (const [plan, rates] of ratesByPlan) decks.set(plan, new PrefixIndex(rates));

  const includedMinutes = new Map(
    read('products.csv').map((p) => [p.product_code, Number(p.included_voice_minutes || 0)]),
  );
  const allowanceSeconds = new Map<string, number>();
  for (const sub of read('subscriptions.csv')) {
    const start = new Date(`${sub.start_date}T00:00:00Z`);
    const end = sub.end_date ? new Date(`${sub.end_date}T00:00:00Z`) : null;
    if (start >= periodEnd || (end && end <= periodStart)) continue;
    const minutes = (includedMinutes.get(sub.product_code) ?? 0) * Number(sub.quantity);
    allowanceSeconds.set(
      sub.account_id ?? '',
      (allowanceSeconds.get(sub.account_id ?? '') ?? 0) + minutes * 60,
    );
  }

  const accounts = new Map(read('accounts.csv').map((a) => [a.account_id, a]));
  const callsByAccount = new Map<string, Omit<RatedCall, 'accountId'>[]>();
  const seen = new Set<string>();
  for (const row of read('usage.csv')) {
    // The first row of a repeated id stands; malformed rows are left out (import rules).
    if (!row.record_id || seen.has(row.record_id) || row.usage_type !== 'voice') continue;
    seen.add(row.record_id);
    const account = accounts.get(row.account_id ?? '');
    const startedAt = new Date(row.started_at ?? '');
    const duration = Number(row.duration_s);
    if (!account || Number.isNaN(startedAt.getTime()) || !Number.isInteger(duration) || duration < 0)
      continue;
    if (startedAt < periodStart || startedAt >= periodEnd) continue;
    const deck = decks.get(account.rate_plan ?? '');
    if (!deck) continue;
    const rating = rateCall(
      { durationSeconds: duration, destinationNumber: row.destination ?? '', startedAt },
      { index: deck, timeZone: 'UTC', bands: [] },
      policy,
    );
    if (rating.status !== 'rated') continue;
    const list = callsByAccount.get(account.account_id ?? '') ?? [];
    list.push({
      recordId: row.record_id,
      startedAt,
      destination: rating.destination,
      destinationClass: rating.destinationClass,
      billableSeconds: rating.billableSeconds,
      ratePerMinute: rating.ratePerMinute.toFixed(),
      connectionFee: rating.connectionFee.toFixed(),
    });
    callsByAccount.set(account.account_id ?? '', list);
  }

  const invoiceAccount = new Map(read('invoices.csv').map((i) => [i.invoice_id, i.account_id]));
  const legacyVoice = new Map<string, Map<string, string>>();
  for (const line of read('invoice_lines.csv')) {
    if (line.line_type !== 'usage' || line.product_code !== 'VOICE') continue;
    const account = invoiceAccount.get(line.invoice_id) ?? '';
    const lines = legacyVoice.get(account) ?? new Map<string, string>();
    lines.set(line.destination ?? '', new Dec(line.amount ?? '0').toFixed(2));
    legacyVoice.set(account, lines);
  }

  const voiceFaults = new Set(
    Object.entries(expected.faults as Record<string, { category: string; line_type?: string }>)
      .filter(([, fault]) => fault.line_type === 'usage' || fault.category.startsWith('NOT_BILLED'))
      .map(([account]) => account),
  );
  const cleanAccounts = [...legacyVoice.keys()].filter((account) => !voiceFaults.has(account)).sort();

  it('has enough clean accounts with voice lines to mean something', () => {
    expect(cleanAccounts.length).toBeGreaterThan(30);
  });

  it('matches every voice line of every clean account to the cent', async () => {
    const accountIdOf = await storeCallsOfKeys(
      database.db,
      new Map(cleanAccounts.map((account) => [account, callsByAccount.get(account) ?? []])),
    );
    const voice = await chargeVoiceOfAccounts(
      database.db,
      cleanAccounts.map((account) => ({
        accountId: accountIdOf.get(account) as string,
        allowances: [{ seconds: allowanceSeconds.get(account) ?? 0, classes: ['domestic'] }],
      })),
      policy,
      { from: periodStart, to: periodEnd },
    );
    const mismatches: string[] = [];
    for (const account of cleanAccounts) {
      const destinations = voice.get(accountIdOf.get(account) as string)?.destinations ?? [];
      const ours = new Map(
        voiceLinesOf(destinations, 'USD', policy).map((line) => [line.destination, line.amount.toFixed(2)]),
      );
      const theirs = legacyVoice.get(account) ?? new Map();
      for (const destination of new Set([...ours.keys(), ...theirs.keys()])) {
        if (ours.get(destination) !== theirs.get(destination)) {
          mismatches.push(
            `${account} ${destination}: legacy ${theirs.get(destination)} vs ours ${ours.get(destination)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
