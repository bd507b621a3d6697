import type { VoiceAccount, VoiceAllowance } from '../../db/queries/voice-charges';
import type { UsageType } from '../catalog/types';
import { Dec } from '../money/decimal';
import type { DestinationClass } from '../rating/destinations';

/**
 * Allowances on any usage type, pooled across an account hierarchy, with rollover: who
 * consumes which included units, and in what order. Pure; voice is then charged by the one
 * SQL rule (db/queries/voice-charges) with the lists built here, metered usage (SMS, data,
 * custom) is covered here before it is priced.
 *
 * The order, so that every result is deterministic:
 * 1. A hierarchy is a payer and the children billed to it; ranks: the payer 0, then the
 *    children by external id (1, 2, …). An account billed alone is a hierarchy of one.
 * 2. The accounts consume in rank order: the payer's usage first, then each child's.
 * 3. An account's usage is covered first by its own allowances (a child's all of them, the
 *    payer's those not pooled), then by the payer's pooled allowances (the pool). Within
 *    each list: subscriptions in their order (start date, then when added), then each
 *    product's allowances by position.
 * 4. Metered usage: an account's usage products in product code order; an allowance covers
 *    the usage product it names, or every usage product of its type. Voice: calls in call
 *    order, an allowance covering the destination classes it lists.
 * 5. Each allowance gives its carried units (rollover) first, then the period's own.
 * Included units are per unit of the subscription's quantity and not prorated: voice in whole
 * seconds (minutes × 60, rounded down), other usage in the usage product's unit, exactly.
 */
export interface PeriodAllowance {
  subscriptionId: string;
  /** The allowance's position on the subscription's product (its rollover key). */
  position: number;
  usageType: UsageType;
  /** Non-voice: the usage product covered; null for every one of the type. */
  usageProductId: string | null;
  /** Voice: the destination classes covered. */
  classes: readonly DestinationClass[];
  /** The period's own included units (seconds for voice). */
  included: Dec;
  /** Units carried from the previous period (0 without rollover). */
  carriedIn: Dec;
  isPooled: boolean;
  rollsOver: boolean;
}

export interface HierarchyMember {
  accountId: string;
  externalId: string;
  /** The allowances of the account's own subscriptions, in consumption order (rule 3). */
  allowances: readonly PeriodAllowance[];
  /** The period's metered totals per usage product. */
  metered: readonly { productId: string; productCode: string; usageType: UsageType; quantity: Dec }[];
}

/** A payer and the children billed to it, in rank order (rule 1). */
export function rankedHierarchy<T extends { accountId: string; externalId: string }>(
  payer: T,
  children: readonly T[],
): T[] {
  return [
    payer,
    ...[...children].sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0)),
  ];
}

export const allowanceKey = (allowance: Pick<PeriodAllowance, 'subscriptionId' | 'position'>) =>
  `${allowance.subscriptionId}/${allowance.position}`;

/** Rule 3: what covers an account's usage, own before the pool. */
function coverageListOf(members: readonly HierarchyMember[], rank: number): PeriodAllowance[] {
  const member = members[rank] as HierarchyMember;
  const payer = members[0] as HierarchyMember;
  const own = rank === 0 ? member.allowances.filter((a) => !a.isPooled) : member.allowances;
  return [...own, ...payer.allowances.filter((a) => a.isPooled)];
}

/**
 * Covers a hierarchy's metered usage (rules 2 to 5): the units of each account and usage
 * product the allowances include, and what each allowance gave (allowanceKey → units).
 */
export function coverMeteredUsage(members: readonly HierarchyMember[]): {
  includedByAccount: Map<string, Map<string, Dec>>;
  usedByAllowance: Map<string, Dec>;
} {
  const left = new Map<string, { carried: Dec; own: Dec }>();
  const usedByAllowance = new Map<string, Dec>();
  const includedByAccount = new Map<string, Map<string, Dec>>();
  for (const [rank, member] of members.entries()) {
    const list = coverageListOf(members, rank).filter((a) => a.usageType !== 'voice');
    const included = new Map<string, Dec>();
    const products = [...member.metered].sort((a, b) => (a.productCode < b.productCode ? -1 : 1));
    for (const usage of products) {
      let uncovered = usage.quantity;
      for (const allowance of list) {
        if (uncovered.lessThanOrEqualTo(0)) break;
        if (allowance.usageType !== usage.usageType) continue;
        if (allowance.usageProductId !== null && allowance.usageProductId !== usage.productId) continue;
        const key = allowanceKey(allowance);
        const balance = left.get(key) ?? { carried: allowance.carriedIn, own: allowance.included };
        const fromCarried = Dec.min(balance.carried, uncovered);
        const fromOwn = Dec.min(balance.own, uncovered.minus(fromCarried));
        left.set(key, { carried: balance.carried.minus(fromCarried), own: balance.own.minus(fromOwn) });
        const taken = fromCarried.plus(fromOwn);
        uncovered = uncovered.minus(taken);
        usedByAllowance.set(key, (usedByAllowance.get(key) ?? new Dec(0)).plus(taken));
      }
      const covered = usage.quantity.minus(Dec.max(uncovered, 0));
      if (covered.greaterThan(0)) included.set(usage.productId, covered);
    }
    includedByAccount.set(member.accountId, included);
  }
  return { includedByAccount, usedByAllowance };
}

/**
 * The voice request of a hierarchy (rules 2, 3 and 5): each account's own voice allowances,
 * then the payer's pooled ones shared under the payer's id, each allowance as its carried
 * seconds then its own. `sources` maps each account's list back to allowance keys.
 */
export function voiceAccountsOf(members: readonly HierarchyMember[]): {
  accounts: VoiceAccount[];
  sources: Map<string, string[]>;
} {
  const payer = members[0] as HierarchyMember;
  const hasPool = payer.allowances.some((a) => a.isPooled && a.usageType === 'voice');
  const accounts: VoiceAccount[] = [];
  const sources = new Map<string, string[]>();
  for (const [rank, member] of members.entries()) {
    const list = coverageListOf(members, rank).filter((a) => a.usageType === 'voice');
    const allowances: VoiceAllowance[] = [];
    const keys: string[] = [];
    for (const allowance of list) {
      const isShared = hasPool && members.length > 1 && allowance.isPooled;
      for (const seconds of [allowance.carriedIn, allowance.included]) {
        allowances.push({
          seconds: seconds.toNumber(),
          classes: allowance.classes,
          ...(isShared && { isShared }),
        });
        keys.push(allowanceKey(allowance));
      }
    }
    accounts.push({
      accountId: member.accountId,
      allowances,
      ...(hasPool && members.length > 1 && { pool: { key: payer.accountId, rank } }),
    });
    sources.set(member.accountId, keys);
  }
  return { accounts, sources };
}

/** What a rolling-over allowance did in the period, to store with the invoice (allowance_usages). */
export interface AllowanceUsage {
  subscriptionId: string;
  position: number;
  included: Dec;
  carriedIn: Dec;
  used: Dec;
}

/**
 * The rolling-over allowances' usage records of a hierarchy, from what metered usage and voice
 * took from each (voice: seconds per entry of `sources`).
 */
export function rolloverUsagesOf(
  members: readonly HierarchyMember[],
  usedByAllowance: ReadonlyMap<string, Dec>,
): AllowanceUsage[] {
  return members.flatMap((member) =>
    member.allowances
      .filter((a) => a.rollsOver)
      .map((a) => ({
        subscriptionId: a.subscriptionId,
        position: a.position,
        included: a.included,
        carriedIn: a.carriedIn,
        used: usedByAllowance.get(allowanceKey(a)) ?? new Dec(0),
      })),
  );
}

/**
 * Units a period carries to the next: what its own included units left, once the carried
 * ones (consumed first) are taken out; carried units expire after one period.
 */
export function carriedOver(usage: { included: Dec; carriedIn: Dec; used: Dec }): Dec {
  const ownUsed = Dec.max(usage.used.minus(usage.carriedIn), 0);
  return Dec.max(usage.included.minus(ownUsed), 0);
}
