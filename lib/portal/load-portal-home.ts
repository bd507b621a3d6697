import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import { listNoticesOfAccount } from '../../db/queries/comms';
import { getCutoverWaveOfAccount } from '../../db/queries/portal';
import type { AccountContactRow, AccountRow } from '../../db/schema';
import { systemActor } from '../auth/actor';
import { firstInvoiceDate } from '../comms/template-variables';
import { Dec } from '../money/decimal';
import { getAccountBalance } from '../payments/get-account-balance';
import { summarizeAccountUsage } from '../usage/summarize-account-usage';
import type { PortalCutover, PortalUsageMonth } from './types';

// The portal reads on behalf of the signed-in contact, whose account it has already settled;
// the domain functions it reuses ask for an actor, and this one is never the request's.
const portalReader = systemActor('customer-portal');

function monthStart(date: Date, offset: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
}

/** The usage of this month so far and the month before, priced as the invoice will price it. */
async function usageMonths(db: Db, account: AccountRow, now: Date): Promise<PortalUsageMonth[]> {
  const months = [monthStart(now, 0), monthStart(now, -1)];
  return Promise.all(
    months.map(async (from, index) => {
      const to = index === 0 ? now : monthStart(from, 1);
      const summary = await summarizeAccountUsage(
        { db, actor: portalReader },
        { accountId: account.id, from, to },
      );
      return {
        month: from.toISOString().slice(0, 10),
        current: index === 0,
        calls: summary.voiceLines.reduce((sum, line) => sum + line.calls, 0),
        minutes: new Dec(summary.voiceLines.reduce((sum, line) => sum + line.billableSeconds, 0))
          .div(60)
          .toFixed(2),
        metered: summary.meteredLines.map((line) => ({
          name: line.product.name,
          quantity: line.quantity.toString(),
          amount: line.amount?.toFixed(line.decimals) ?? null,
        })),
        total: summary.total.toFixed(summary.decimals),
      };
    }),
  );
}

async function cutoverOf(db: Db, account: AccountRow): Promise<PortalCutover> {
  const wave = await getCutoverWaveOfAccount(db, account.id);
  const done = account.systemOfRecord === 'switchboard' && Boolean(account.cutoverDate);
  // A wave rolled back has no date to tell until it is planned again.
  const live = wave && wave.status !== 'rolled_back' ? wave : null;
  const date = account.cutoverDate ?? live?.cutoverDate ?? live?.plannedDate ?? null;
  return {
    systemOfRecord: account.systemOfRecord,
    waveName: live?.name ?? null,
    date,
    done,
    firstInvoiceDate: date ? firstInvoiceDate(date, account) : null,
  };
}

/** What the portal's home page shows a contact: their account, balance, cutover, notices and usage. */
export async function loadPortalHome(db: Db, contact: AccountContactRow, now = new Date()) {
  const account = await getAccountById(db, contact.accountId);
  if (!account) return null;
  const [balance, cutover, accountNotices, usage] = await Promise.all([
    getAccountBalance({ db, actor: portalReader }, account.id),
    cutoverOf(db, account),
    listNoticesOfAccount(db, account.id, { channels: ['portal', 'in_app'], limit: 20 }),
    usageMonths(db, account, now),
  ]);
  return { account, balance, cutover, notices: accountNotices, usage };
}

export type PortalHome = NonNullable<Awaited<ReturnType<typeof loadPortalHome>>>;
