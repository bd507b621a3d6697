import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import { getCatalogById } from '../../db/queries/catalogs';
import { getEffectivePrice, listAllowancesOfProducts, listTiersOfPrices } from '../../db/queries/prices';
import { getProductsByIds } from '../../db/queries/products';
import { getRatePlanById } from '../../db/queries/rate-plans';
import { listSubscriptionsOfAccounts } from '../../db/queries/subscriptions';
import { aggregateQuantitiesOfAccounts, countUnratedOfAccount } from '../../db/queries/usage';
import type { AccountRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import { ensureDefaultCatalog } from '../catalog/default-catalog';
import { priceModelOf } from '../catalog/price-input';
import { roundingPolicyOf } from '../catalog/rounding-policy';
import type { ProductRecord } from '../catalog/types';
import type { OperationContext } from '../context';
import { isoDateOf } from '../dates';
import { AppError } from '../errors';
import { chargeVoiceOfAccounts } from '../invoicing/load-voice-usage';
import { Dec, sum, ZERO } from '../money/decimal';
import { lineDecimalsOf, roundLineAmount } from '../money/rounding';
import { type Allowance, includedAllowance } from '../rating/allowances';
import type { BreakdownLine } from '../rating/types';
import { type VoiceLine, voiceLinesOf } from '../rating/voice-lines';
import { rateUsageTotal } from './rate-usage-total';

export interface MeteredUsageLine {
  product: ProductRecord;
  records: number;
  quantity: Dec;
  /** Rounded as an invoice line; null when the product has no price in the account's currency. */
  amount: Dec | null;
  breakdown: BreakdownLine[];
  /** Decimals the amount is settled to. */
  decimals: number;
}

export interface AccountUsageSummary {
  account: AccountRow;
  from: Date;
  to: Date;
  voiceLines: VoiceLine[];
  meteredLines: MeteredUsageLine[];
  /** Records of the account in the period still waiting in the unbillable queue. */
  unratedRecords: number;
  /** Sum of the rounded lines. */
  total: Dec;
  /** Decimals every amount is settled to. */
  decimals: number;
}

/**
 * The rated usage of an account over [from, to), as its invoice would show it: voice by
 * destination (allowances applied in call order), SMS, data and custom units priced by
 * their tiers on the period's total. Included minutes come from the account's subscriptions
 * in the period (per unit, not prorated), unless `allowances` are given.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (empty period)
 */
export async function summarizeAccountUsage(
  { db, actor }: OperationContext,
  input: { accountId: string; from: Date; to: Date; allowances?: readonly Allowance[] },
): Promise<AccountUsageSummary> {
  authorize(actor, 'accountUsageSummary');
  if (!(input.from < input.to))
    throw new AppError('BAD_USER_INPUT', 'The period must end after it starts.', { field: 'to' });
  const account = await getAccountById(db, input.accountId);
  if (!account) throw new AppError('NOT_FOUND', 'No such account.');
  const plan = account.ratePlanId ? await getRatePlanById(db, account.ratePlanId) : null;
  const catalog =
    (plan ? await getCatalogById(db, plan.catalogId) : null) ?? (await ensureDefaultCatalog(db));
  const policy = roundingPolicyOf(catalog, { ratePlan: plan });

  const allowances =
    input.allowances ?? (await includedMinutesOfAccount(db, account.id, input.from, input.to));
  // Charged by the same rule as invoices (db/queries/voice-charges), so the two agree.
  const voice = await chargeVoiceOfAccounts(db, [{ accountId: account.id, allowances }], policy, input);
  const voiceLines = voiceLinesOf(voice.get(account.id)?.destinations ?? [], account.currency, policy);

  // Aggregated by the same rules as invoices (per product: sum, peak, p95…), so the two agree.
  const sums = await aggregateQuantitiesOfAccounts(db, [account.id], input.from, input.to);
  const productsById = new Map(
    (
      await getProductsByIds(
        db,
        sums.map((row) => row.productId),
      )
    ).map((p) => [p.id, p]),
  );
  const priceDate = input.from.toISOString().slice(0, 10);
  const meteredLines: MeteredUsageLine[] = [];
  for (const row of sums) {
    const product = productsById.get(row.productId);
    if (!product) continue;
    const quantity = new Dec(row.quantity ?? '0');
    const price = await getEffectivePrice(db, product.id, account.currency, priceDate);
    const model = price ? priceModelOf(price, await listTiersOfPrices(db, [price.id])) : null;
    const rated = model
      ? await rateUsageTotal(db, { accountId: account.id, productId: product.id, model, quantity }, input)
      : null;
    // The price's own line rounding, over the plan's and catalog's (lib/catalog/rounding-policy).
    const linePolicy = roundingPolicyOf(catalog, { ratePlan: plan, price });
    meteredLines.push({
      product,
      records: row.records,
      quantity,
      amount: rated ? roundLineAmount(rated.amount, account.currency, linePolicy) : null,
      breakdown: rated?.breakdown ?? [],
      decimals: lineDecimalsOf(account.currency, linePolicy),
    });
  }
  meteredLines.sort((a, b) => a.product.code.localeCompare(b.product.code));

  const total = sum([
    ...voiceLines.map((line) => line.amount),
    ...meteredLines.map((line) => line.amount ?? ZERO),
  ]);
  return {
    account,
    from: input.from,
    to: input.to,
    voiceLines,
    meteredLines,
    unratedRecords: await countUnratedOfAccount(db, account.id, input.from, input.to),
    total,
    decimals: lineDecimalsOf(account.currency, policy),
  };
}

/** The included minutes of the recurring subscriptions active in [from, to), per destination class. */
async function includedMinutesOfAccount(
  db: Db,
  accountId: string,
  from: Date,
  to: Date,
): Promise<Allowance[]> {
  const subscriptions = await listSubscriptionsOfAccounts(
    db,
    [accountId],
    isoDateOf(from),
    // The day `to` falls in counts unless `to` is its midnight.
    isoDateOf(new Date(to.getTime() + DAY_MS - 1)),
  );
  const allowances = await listAllowancesOfProducts(db, [
    ...new Set(subscriptions.map((sub) => sub.productId)),
  ]);
  return subscriptions.flatMap((sub) =>
    allowances
      .filter((allowance) => allowance.productId === sub.productId && allowance.usageType === 'voice')
      .map((allowance) =>
        includedAllowance(new Dec(allowance.quantityPerUnit), sub.quantity, allowance.destinationClasses),
      ),
  );
}

const DAY_MS = 86_400_000;
