import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import { getProductById } from '../../db/queries/products';
import {
  insertOneTimeCharge,
  insertSubscription,
  lockSubscription,
  setSubscriptionEnd,
} from '../../db/queries/subscriptions';
import type { OneTimeChargeRow, SubscriptionRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import { dateProblem } from '../catalog/catalog-input';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { Dec } from '../money/decimal';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../transaction';
import {
  discountProblem,
  periodProblems,
  productKindProblem,
  quantityProblem,
  unitPriceProblem,
} from './subscription-input';

export interface CreateSubscriptionInput {
  accountId: string;
  productId: string;
  quantity: string;
  unitPrice?: string | null | undefined;
  discountPercent?: string | null | undefined;
  startDate: string;
  endDate?: string | null | undefined;
  serviceIds?: readonly string[] | null | undefined;
  externalId?: string | null | undefined;
}

type SubscriptionResult = { subscription: SubscriptionRow | null; userErrors: UserError[] };

function fail(code: UserError['code'], field: string[], message: string): never {
  throw new RollbackWithUserErrors([userError(code, field, message)]);
}

async function checkAccountAndProduct(
  db: Db,
  accountId: string,
  productId: string,
  kind: 'recurring' | 'one_time',
) {
  const account = await getAccountById(db, accountId);
  if (!account) fail('NOT_FOUND', ['input', 'accountId'], 'No such account.');
  if (account.status === 'closed') fail('INVALID_STATE', ['input', 'accountId'], 'The account is closed.');
  const product = await getProductById(db, productId);
  if (!product) fail('NOT_FOUND', ['input', 'productId'], 'No such product.');
  const problem = productKindProblem(product.kind, kind, ['input', 'productId']);
  if (problem) throw new RollbackWithUserErrors([problem]);
  return { account, product };
}

/**
 * Subscribes an account to a recurring product from a date; billed from then on, prorated
 * by actual days in partial periods.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function createSubscription(
  { db, actor }: OperationContext,
  input: CreateSubscriptionInput,
): Promise<SubscriptionResult> {
  authorize(actor, 'createSubscription');
  const userErrors = [
    quantityProblem(input.quantity, ['input', 'quantity']),
    unitPriceProblem(input.unitPrice, ['input', 'unitPrice']),
    discountProblem(input.discountPercent, ['input', 'discountPercent']),
    ...periodProblems(input.startDate, input.endDate, ['input', 'startDate']),
  ].filter((problem): problem is UserError => problem !== null);
  if (userErrors.length > 0) return { subscription: null, userErrors };
  return withRollbackOnUserErrors<SubscriptionResult>(
    db,
    async (tx) => {
      await checkAccountAndProduct(tx, input.accountId, input.productId, 'recurring');
      const subscription = await insertSubscription(tx, {
        accountId: input.accountId,
        productId: input.productId,
        quantity: new Dec(input.quantity).toString(),
        unitPrice: input.unitPrice == null ? null : new Dec(input.unitPrice).toString(),
        discountPercent: new Dec(input.discountPercent ?? '0').toString(),
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        serviceIds: (input.serviceIds ?? []).map((id) => id.trim()).filter(Boolean),
        externalId: input.externalId?.trim() || null,
      });
      return { subscription, userErrors: [] };
    },
    (errors) => ({ subscription: null, userErrors: errors }),
  );
}

export interface ChangeSubscriptionInput {
  id: string;
  /** The day the change takes effect: the old terms end and the new ones start. */
  effectiveDate: string;
  quantity?: string | null | undefined;
  unitPrice?: string | null | undefined;
  discountPercent?: string | null | undefined;
}

/**
 * Changes quantity, price or discount from a date (an upgrade mid-month): the subscription
 * ends that day and a new one with the new terms starts, so both are prorated by actual days.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function changeSubscription(
  { db, actor }: OperationContext,
  input: ChangeSubscriptionInput,
): Promise<SubscriptionResult> {
  authorize(actor, 'changeSubscription');
  const userErrors = [
    dateProblem(input.effectiveDate, ['input', 'effectiveDate']),
    input.quantity == null ? null : quantityProblem(input.quantity, ['input', 'quantity']),
    unitPriceProblem(input.unitPrice, ['input', 'unitPrice']),
    discountProblem(input.discountPercent, ['input', 'discountPercent']),
  ].filter((problem): problem is UserError => problem !== null);
  if (userErrors.length > 0) return { subscription: null, userErrors };
  return withRollbackOnUserErrors<SubscriptionResult>(
    db,
    async (tx) => {
      const current = await lockSubscription(tx, input.id);
      if (!current) fail('NOT_FOUND', ['input', 'id'], 'No such subscription.');
      if (
        input.effectiveDate <= current.startDate ||
        (current.endDate && input.effectiveDate >= current.endDate)
      )
        fail(
          'INVALID',
          ['input', 'effectiveDate'],
          'The change must fall inside the subscription, after its first day.',
        );
      await setSubscriptionEnd(tx, current.id, input.effectiveDate);
      const subscription = await insertSubscription(tx, {
        accountId: current.accountId,
        productId: current.productId,
        quantity: input.quantity == null ? current.quantity : new Dec(input.quantity).toString(),
        unitPrice:
          input.unitPrice === undefined
            ? current.unitPrice
            : input.unitPrice === null
              ? null
              : new Dec(input.unitPrice).toString(),
        discountPercent:
          input.discountPercent == null ? current.discountPercent : new Dec(input.discountPercent).toString(),
        startDate: input.effectiveDate,
        endDate: current.endDate,
        serviceIds: current.serviceIds,
        replacesId: current.id,
      });
      return { subscription, userErrors: [] };
    },
    (errors) => ({ subscription: null, userErrors: errors }),
  );
}

/**
 * Ends a subscription on a date (exclusive): it is billed up to the day before.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function endSubscription(
  { db, actor }: OperationContext,
  input: { id: string; endDate: string },
): Promise<SubscriptionResult> {
  authorize(actor, 'endSubscription');
  const problem = dateProblem(input.endDate, ['input', 'endDate']);
  if (problem) return { subscription: null, userErrors: [problem] };
  return withRollbackOnUserErrors<SubscriptionResult>(
    db,
    async (tx) => {
      const current = await lockSubscription(tx, input.id);
      if (!current) fail('NOT_FOUND', ['input', 'id'], 'No such subscription.');
      if (input.endDate <= current.startDate)
        fail('INVALID', ['input', 'endDate'], 'The end must come after the start.');
      await setSubscriptionEnd(tx, current.id, input.endDate);
      return { subscription: { ...current, endDate: input.endDate }, userErrors: [] };
    },
    (errors) => ({ subscription: null, userErrors: errors }),
  );
}

export interface AddOneTimeChargeInput {
  accountId: string;
  productId: string;
  chargeDate: string;
  quantity: string;
  unitPrice?: string | null | undefined;
  description?: string | null | undefined;
  externalId?: string | null | undefined;
}

/**
 * Adds a one-time charge (installation, porting); it lands on the invoice of its date's period.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function addOneTimeCharge(
  { db, actor }: OperationContext,
  input: AddOneTimeChargeInput,
): Promise<{ charge: OneTimeChargeRow | null; userErrors: UserError[] }> {
  authorize(actor, 'addOneTimeCharge');
  const userErrors = [
    dateProblem(input.chargeDate, ['input', 'chargeDate']),
    quantityProblem(input.quantity, ['input', 'quantity']),
    unitPriceProblem(input.unitPrice, ['input', 'unitPrice']),
  ].filter((problem): problem is UserError => problem !== null);
  if (userErrors.length > 0) return { charge: null, userErrors };
  return withRollbackOnUserErrors<{ charge: OneTimeChargeRow | null; userErrors: UserError[] }>(
    db,
    async (tx) => {
      await checkAccountAndProduct(tx, input.accountId, input.productId, 'one_time');
      const charge = await insertOneTimeCharge(tx, {
        accountId: input.accountId,
        productId: input.productId,
        chargeDate: input.chargeDate,
        quantity: new Dec(input.quantity).toString(),
        unitPrice: input.unitPrice == null ? null : new Dec(input.unitPrice).toString(),
        description: input.description?.trim() || null,
        externalId: input.externalId?.trim() || null,
      });
      return { charge, userErrors: [] };
    },
    (errors) => ({ charge: null, userErrors: errors }),
  );
}
