import type { Db } from '../../db/client';
import {
  listRatedCallsOfAccounts,
  sumVoiceChargesOfAccounts,
  type VoiceAllowancePool,
} from '../../db/queries/usage';
import type { AccountRow } from '../../db/schema';
import { utcDayStart } from '../dates';
import { Dec } from '../money/decimal';
import type { RoundingPolicy } from '../money/rounding';
import type { PeriodCall } from '../rating/allowances';
import type { DestinationTotals } from '../rating/voice-lines';
import { periodAllowances } from './compute-invoice-lines';
import { groupBy } from './group-by';

/** An account's voice usage of a period: its calls, or what they cost per destination. */
export type AccountVoice = { productId: string } & (
  | { calls: PeriodCall[] }
  | { destinations: DestinationTotals[] }
);

/**
 * The chunk's voice usage per account. Accounts whose allowances all cover the same classes
 * (or that have none) have their calls charged and summed per destination by the database,
 * with those allowances pooled (consuming several allowances of the same classes in order
 * covers exactly what one pool of their sum covers); the rest get their calls, to be
 * charged one by one. Queries: one per rounding policy and set of covered classes in the
 * chunk (usually one), plus one for the rest.
 */
export async function loadVoiceUsage(
  db: Db,
  bases: readonly {
    account: AccountRow;
    policy: RoundingPolicy;
    periodSubscriptions: Parameters<typeof periodAllowances>[0];
  }[],
  period: { start: string; end: string },
  chargeCallsIn: 'database' | 'process',
): Promise<{ byAccount: Map<string, AccountVoice>; productIds: string[] }> {
  const from = utcDayStart(period.start);
  const to = utcDayStart(period.end);
  // One query per rounding policy and set of covered classes; an account without allowances
  // joins any query of its policy (its pool of 0 covers nothing whatever the classes).
  const pooled = new Map<
    string,
    { policy: RoundingPolicy; classes: readonly string[]; pools: VoiceAllowancePool[] }
  >();
  const withoutAllowances: { policy: RoundingPolicy; accountId: string }[] = [];
  const oneByOne: string[] = [];
  for (const { account, policy, periodSubscriptions } of bases) {
    const allowances = periodAllowances(periodSubscriptions, period);
    const classSets = new Set(allowances.map((a) => [...new Set(a.classes)].sort().join(',')));
    if (chargeCallsIn === 'process' || classSets.size > 1) oneByOne.push(account.id);
    else if (allowances.length === 0) withoutAllowances.push({ policy, accountId: account.id });
    else {
      const classes = [...classSets][0] ?? '';
      const key = `${policy.mode}/${policy.callDecimals}/${classes}`;
      const group = pooled.get(key) ?? { policy, classes: classes.split(','), pools: [] };
      group.pools.push({
        accountId: account.id,
        seconds: allowances.reduce((total, a) => total + a.seconds, 0),
      });
      pooled.set(key, group);
    }
  }
  for (const { policy, accountId } of withoutAllowances) {
    const group = [...pooled.values()].find(
      (g) => g.policy.mode === policy.mode && g.policy.callDecimals === policy.callDecimals,
    ) ?? { policy, classes: [], pools: [] };
    group.pools.push({ accountId, seconds: 0 });
    pooled.set(`${policy.mode}/${policy.callDecimals}/${group.classes.join(',')}`, group);
  }
  const [sums, calls] = await Promise.all([
    Promise.all(
      [...pooled.values()].map(({ policy, classes, pools }) =>
        sumVoiceChargesOfAccounts(db, { pools, classes, rounding: policy }, from, to),
      ),
    ),
    listRatedCallsOfAccounts(db, oneByOne, from, to),
  ]);
  const byAccount = new Map<string, AccountVoice>();
  for (const row of sums.flat()) {
    let entry = byAccount.get(row.account_id);
    if (!entry || !('destinations' in entry)) {
      entry = { productId: '', destinations: [] };
      byAccount.set(row.account_id, entry);
    }
    if (!entry.productId && row.product_id) entry.productId = row.product_id;
    entry.destinations.push({
      destination: row.destination,
      calls: row.calls,
      billableSeconds: Number(row.billable_seconds),
      coveredSeconds: Number(row.covered_seconds),
      charge: new Dec(row.charge),
    });
  }
  for (const [accountId, accountCalls] of groupBy(calls, (c) => c.accountId ?? '')) {
    byAccount.set(accountId, {
      productId: accountCalls.find((c) => c.productId)?.productId ?? '',
      calls: accountCalls.map(
        (call): PeriodCall => ({
          id: call.recordId,
          startedAt: call.startedAt,
          destination: call.destinationName ?? '',
          destinationClass: call.destinationClass ?? 'other',
          billableSeconds: call.billableSeconds ?? 0,
          ratePerMinute: new Dec(call.ratePerMinute ?? '0'),
          connectionFee: new Dec(call.connectionFee ?? '0'),
        }),
      ),
    });
  }
  const productIds = [...byAccount.values()].map((v) => v.productId).filter((id) => id !== '');
  return { byAccount, productIds };
}
