import { describe, expect, it } from 'vitest';
import { type SummarizedAccount, summarizeRun } from '../../migration/parallel-run/summarize-run';
import { Dec } from '../../money/decimal';
import { evaluateCheck, type ProgramFacts } from './evaluate-check';
import type { EvidenceFacts } from './evidence-facts';

/** Checks on the latest run's money figures: held per currency when the run mixes currencies. */
const account = (currency: string, legacy: string, fresh: string): SummarizedAccount => ({
  currency,
  status: legacy === fresh ? 'match' : 'variance',
  legacySubtotal: new Dec(legacy),
  newSubtotal: new Dec(fresh),
  difference: new Dec(fresh).minus(legacy),
  suggestedCause: legacy === fresh ? null : 'RATE',
});

const factsOf = (accounts: SummarizedAccount[]) =>
  ({
    latestRun: async () => ({
      id: 'run-1',
      finishedAt: null,
      summary: summarizeRun(accounts),
      unexplained: 0,
    }),
  }) as unknown as EvidenceFacts;
const program: ProgramFacts = { items: [], training: async () => null };

describe('evidence checks on a run over several currencies', () => {
  // Added up regardless of currency, the differences would cancel out to 0.00 and pass.
  const mixed = [account('USD', '100.00', '110.00'), account('EUR', '100.00', '90.00')];

  it('holds every currency’s total difference to the tolerance', async () => {
    const check = await evaluateCheck(
      { kind: 'invoice_totals_match', tolerance: 1 },
      factsOf(mixed),
      program,
    );
    expect(check.state).toBe('failing');
    expect(check.detail).toBe('total difference EUR -10.00, USD 10.00 (tolerance ±1)');
    const within = await evaluateCheck(
      { kind: 'invoice_totals_match', tolerance: 10 },
      factsOf(mixed),
      program,
    );
    expect(within.state).toBe('passing');
  });

  it('holds every currency’s ARPU preservation to the band', async () => {
    const check = await evaluateCheck(
      { kind: 'arpu_preservation', min: 0.95, max: 1.05 },
      factsOf(mixed),
      program,
    );
    expect(check).toMatchObject({
      state: 'failing',
      detail: 'ARPU preservation EUR 0.9000, USD 1.1000 (band 0.95–1.05)',
    });
  });

  it('keeps a single-currency run’s check and evidence as they were', async () => {
    const check = await evaluateCheck(
      { kind: 'invoice_totals_match', tolerance: 1 },
      factsOf([account('USD', '100.00', '100.50')]),
      program,
    );
    expect(check).toEqual({
      state: 'passing',
      detail: 'total difference 0.50 (tolerance ±1)',
      evidence: { runId: 'run-1', totalDifference: '0.50' },
    });
  });
});
