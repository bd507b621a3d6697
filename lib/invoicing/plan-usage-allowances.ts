import type { VoiceAccount } from '../../db/queries/voice-charges';
import type { AccountRow } from '../../db/schema';
import type { AllowanceRecord, ProductRecord } from '../catalog/types';
import { Dec } from '../money/decimal';
import type { RoundingPolicy } from '../money/rounding';
import { overlapDays } from '../rating/proration';
import {
  type AllowanceUsage,
  allowanceKey,
  carriedOver,
  coverMeteredUsage,
  type HierarchyMember,
  type PeriodAllowance,
  rankedHierarchy,
  rolloverUsagesOf,
  voiceAccountsOf,
} from './usage-allowances';

/**
 * A chunk's allowances for loadBillingInputs, in two steps: the voice request of every account
 * (pooled allowances shared within each payer's hierarchy), then, with what voice covered,
 * the metered units included per account and product and the rollover records to store.
 * lib/invoicing/usage-allowances holds the order they are consumed in.
 */
export function planUsageAllowances(input: {
  accounts: readonly AccountRow[];
  policyOf: (accountId: string) => RoundingPolicy;
  subscriptionsOf: (accountId: string) => readonly {
    id: string;
    productId: string;
    quantity: string;
    startDate: string;
    endDate: string | null;
  }[];
  allowancesOf: (productId: string) => readonly AllowanceRecord[];
  /** Last period's rollover records by allowanceKey. */
  previous: ReadonlyMap<string, { included: string; carriedIn: string; used: string }>;
  meteredOf: (accountId: string) => readonly { productId: string; quantity: Dec }[];
  productOf: (productId: string) => ProductRecord | undefined;
  period: { start: string; end: string };
}) {
  const { accounts, period } = input;
  const inChunk = new Set(accounts.map((a) => a.id));
  const isChildBilledTo = (a: AccountRow) =>
    a.billToParent && a.parentAccountId !== null && inChunk.has(a.parentAccountId);
  const problems = new Map<string, string[]>();

  const memberOf = (account: AccountRow): HierarchyMember => ({
    accountId: account.id,
    externalId: account.externalId,
    allowances: input.subscriptionsOf(account.id).flatMap((sub) =>
      overlapDays({ start: sub.startDate, end: sub.endDate }, period) === 0
        ? []
        : input.allowancesOf(sub.productId).map((a): PeriodAllowance => {
            const perPeriod = new Dec(a.quantityPerUnit).times(sub.quantity);
            const included = a.usageType === 'voice' ? perPeriod.times(60).floor() : perPeriod;
            const key = allowanceKey({ subscriptionId: sub.id, position: a.position });
            const last = a.rollsOver ? input.previous.get(key) : undefined;
            const carried = last
              ? carriedOver({
                  included: new Dec(last.included),
                  carriedIn: new Dec(last.carriedIn),
                  used: new Dec(last.used),
                })
              : new Dec(0);
            return {
              subscriptionId: sub.id,
              position: a.position,
              usageType: a.usageType,
              usageProductId: a.usageProductId,
              classes: a.destinationClasses,
              included,
              carriedIn: a.usageType === 'voice' ? carried.floor() : carried,
              isPooled: a.isPooled,
              rollsOver: a.rollsOver,
            };
          }),
    ),
    metered: input.meteredOf(account.id).flatMap((usage) => {
      const product = input.productOf(usage.productId);
      return product?.usageType
        ? [{ ...usage, productCode: product.code, usageType: product.usageType }]
        : [];
    }),
  });

  const hierarchies = accounts
    .filter((a) => !isChildBilledTo(a))
    .map((payer) =>
      rankedHierarchy(
        memberOf(payer),
        accounts.filter((a) => isChildBilledTo(a) && a.parentAccountId === payer.id).map(memberOf),
      ),
    );
  const voiceOf = new Map<string, VoiceAccount>();
  const sourcesOf = new Map<string, string[]>();
  for (const members of hierarchies) {
    const { accounts: voiceAccounts, sources } = voiceAccountsOf(members);
    for (const voice of voiceAccounts) voiceOf.set(voice.accountId, voice);
    for (const [accountId, keys] of sources) sourcesOf.set(accountId, keys);
    const payer = members[0] as HierarchyMember;
    const policies = new Set(members.map((m) => JSON.stringify(input.policyOf(m.accountId))));
    if (voiceAccounts.some((v) => v.pool) && policies.size > 1)
      problems.set(payer.accountId, [
        'a pooled voice allowance is shared by accounts whose catalogs round calls differently',
      ]);
  }

  return {
    voiceOf: (accountId: string): VoiceAccount => voiceOf.get(accountId) ?? { accountId, allowances: [] },
    /** With the seconds voice covered per allowance entry, the rest of the plan. */
    finish(voiceCovered: ReadonlyMap<string, readonly number[]>) {
      const includedByAccount = new Map<string, Map<string, Dec>>();
      const usagesByAccount = new Map<string, AllowanceUsage[]>();
      for (const members of hierarchies) {
        const metered = coverMeteredUsage(members);
        const used = new Map(metered.usedByAllowance);
        for (const member of members) {
          const keys = sourcesOf.get(member.accountId) ?? [];
          (voiceCovered.get(member.accountId) ?? []).forEach((seconds, i) => {
            const key = keys[i];
            if (key && seconds > 0) used.set(key, (used.get(key) ?? new Dec(0)).plus(seconds));
          });
        }
        for (const [accountId, included] of metered.includedByAccount)
          includedByAccount.set(accountId, included);
        for (const member of members) usagesByAccount.set(member.accountId, rolloverUsagesOf([member], used));
      }
      return { includedByAccount, usagesByAccount, problems };
    },
  };
}
