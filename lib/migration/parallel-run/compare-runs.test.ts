import { describe, expect, it } from 'vitest';
import type { ParallelRunAccountRow } from '../../../db/schema';
import { compareRuns } from './compare-runs';

const row = (legacyAccountId: string, fields: Partial<ParallelRunAccountRow> = {}) =>
  ({
    runId: 'r',
    legacyAccountId,
    accountName: `Account ${legacyAccountId}`,
    status: 'match',
    difference: '0.00',
    suggestedCause: null,
    ...fields,
  }) as ParallelRunAccountRow;

describe('compareRuns', () => {
  it('lists the accounts whose comparison moved, and those in one run only', () => {
    const earlier = [
      row('A'),
      row('B', { status: 'variance', difference: '-4.20', suggestedCause: 'RATE' }),
      row('C'),
    ];
    const later = [row('A'), row('B'), row('D', { status: 'missing_in_legacy', difference: '12.00' })];
    expect(compareRuns(earlier, later)).toEqual([
      {
        legacyAccountId: 'B',
        accountName: 'Account B',
        before: { status: 'variance', difference: '-4.20', suggestedCause: 'RATE' },
        after: { status: 'match', difference: '0.00', suggestedCause: null },
      },
      {
        legacyAccountId: 'C',
        accountName: 'Account C',
        before: { status: 'match', difference: '0.00', suggestedCause: null },
        after: null,
      },
      {
        legacyAccountId: 'D',
        accountName: 'Account D',
        before: null,
        after: { status: 'missing_in_legacy', difference: '12.00', suggestedCause: null },
      },
    ]);
  });

  it('finds nothing between a run and itself', () => {
    const rows = [row('A'), row('B', { status: 'variance', difference: '1.00', suggestedCause: 'TAX' })];
    expect(compareRuns(rows, rows)).toEqual([]);
  });
});
