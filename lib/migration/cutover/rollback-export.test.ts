import { describe, expect, it } from 'vitest';
import { buildRollbackExport, type RollbackExportInput } from './rollback-export';

describe('buildRollbackExport', () => {
  it('neutralises text that would run as a formula and keeps signed amounts numbers', () => {
    const input = {
      accounts: [{ id: 'a1', externalId: '@L1' }],
      invoices: [],
      lines: [],
      payments: [
        {
          id: 'p1',
          accountId: 'a1',
          receivedDate: '2026-12-05',
          method: 'ach',
          amount: '-12.50',
          currency: 'USD',
          reference: "=cmd|' /C calc'!A0",
        },
      ],
      subscriptions: [],
      charges: [],
      balances: [{ accountId: 'a1', balance: '-25.00' }],
      asOf: '2026-12-07',
    } as unknown as RollbackExportInput; // only the columns the files read
    const files = Object.fromEntries(buildRollbackExport(input).map((file) => [file.name, file.content]));
    expect(files['payments.csv']).toBe(
      `payment_id,account_id,received_on,method,amount,currency,reference\np1,"'@L1",2026-12-05,ach,-12.50,USD,"'=cmd|' /C calc'!A0"\n`,
    );
    expect(files['balances.csv']).toBe(`account_id,as_of,open_balance\n"'@L1",2026-12-07,-25.00\n`);
  });
});
