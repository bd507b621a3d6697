import { describe, expect, it } from 'vitest';
import { checkComponents } from './component-checks';

const quiet = {
  failedIngestions: 0,
  importedLastHour: 0,
  unratedLastHour: 0,
  failedBillRuns: 0,
  failedAccountsInRunningRuns: 0,
  failedDeliveries: 0,
};

describe('checkComponents', () => {
  it('finds everything operational on a quiet hour, integrations left to people', () => {
    const checks = checkComponents(quiet);
    for (const key of ['usage_ingestion', 'rating', 'bill_runs', 'invoice_delivery', 'payments'] as const)
      expect(checks[key].state).toBe('operational');
    expect(checks.integrations.state).toBeNull();
  });

  it('degrades rating only above 5% unrated', () => {
    expect(checkComponents({ ...quiet, importedLastHour: 1000, unratedLastHour: 50 }).rating.state).toBe(
      'operational',
    );
    const over = checkComponents({ ...quiet, importedLastHour: 1000, unratedLastHour: 51 }).rating;
    expect(over.state).toBe('degraded');
    expect(over.reason).toBe('51 records of 1,000 ingested in the last hour unrated (5.1%, over 5%).');
  });

  it('puts bill runs down for a failed run, before degrading them for failed accounts', () => {
    expect(checkComponents({ ...quiet, failedAccountsInRunningRuns: 3 }).bill_runs).toEqual({
      state: 'degraded',
      reason: 'A running bill run has 3 failed accounts.',
    });
    expect(
      checkComponents({ ...quiet, failedAccountsInRunningRuns: 3, failedBillRuns: 2 }).bill_runs,
    ).toEqual({
      state: 'down',
      reason: '2 bill runs failed in the last 24 hours.',
    });
  });

  it('degrades ingestion and delivery on any failure in the last hour', () => {
    const checks = checkComponents({ ...quiet, failedIngestions: 1, failedDeliveries: 4 });
    expect(checks.usage_ingestion.state).toBe('degraded');
    expect(checks.invoice_delivery).toEqual({
      state: 'degraded',
      reason: '4 invoice emails failed, bounced or ended with an unknown outcome in the last hour.',
    });
  });
});
