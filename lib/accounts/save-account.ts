import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { getAccountByExternalId, getAccountById, insertAccount } from '../../db/queries/accounts';
import { accountHasInvoices } from '../../db/queries/invoices';
import { getRatePlanById } from '../../db/queries/rate-plans';
import { type AccountRow, accounts } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../transaction';
import { type AccountFieldsInput, type AccountValues, parseAccountFields } from './account-input';

type AccountResult = { account: AccountRow | null; userErrors: UserError[] };

/**
 * Adds an account. Number, name and currency are required; the rest has defaults
 * (calendar month, net 30, invoices by email).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function createAccount(
  ctx: OperationContext,
  input: AccountFieldsInput,
): Promise<AccountResult> {
  authorize(ctx.actor, 'createAccount');
  const { values, userErrors } = parseAccountFields(input);
  for (const name of ['externalId', 'name', 'currency'] as const) {
    if (!input[name]?.trim())
      userErrors.push(
        userError(
          'REQUIRED',
          ['input', name],
          `Enter the account's ${name === 'externalId' ? 'number' : name}.`,
        ),
      );
  }
  if (userErrors.length > 0) return { account: null, userErrors };
  return save(ctx.db, null, values);
}

/**
 * Changes an account's fields; what the input leaves out stays as it is. The currency of an
 * account that has invoices cannot change.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function updateAccount(
  ctx: OperationContext,
  id: string,
  input: AccountFieldsInput,
): Promise<AccountResult> {
  authorize(ctx.actor, 'updateAccount');
  const { values, userErrors } = parseAccountFields(input);
  if (userErrors.length > 0) return { account: null, userErrors };
  return save(ctx.db, id, values);
}

function save(db: Db, id: string | null, values: AccountValues): Promise<AccountResult> {
  return withRollbackOnUserErrors<AccountResult>(
    db,
    async (tx) => {
      const existing = id ? await getAccountById(tx, id) : null;
      if (id && !existing) fail('NOT_FOUND', ['id'], 'No such account.');
      await checkReferences(tx, id, values);
      if (
        existing &&
        values.currency &&
        values.currency !== existing.currency &&
        (await accountHasInvoices(tx, existing.id))
      )
        fail(
          'INVALID_STATE',
          ['input', 'currency'],
          'The account has invoices in its currency; open a new account instead.',
        );
      if (!existing)
        return { account: await insertAccount(tx, values as typeof accounts.$inferInsert), userErrors: [] };
      // A new billing address has not bounced: the warning about the old one goes.
      const bounceCleared =
        values.billingEmail !== undefined && values.billingEmail !== existing.billingEmail
          ? { billingEmailBouncedAt: null, billingEmailBounceReply: null }
          : {};
      const [account] = await tx
        .update(accounts)
        .set({ ...values, ...bounceCleared })
        .where(eq(accounts.id, existing.id))
        .returning();
      return { account: account ?? null, userErrors: [] };
    },
    (userErrors) => ({ account: null, userErrors }),
  );
}

function fail(code: UserError['code'], field: string[], message: string): never {
  throw new RollbackWithUserErrors([userError(code, field, message)]);
}

/** Unique number, an existing rate plan in the account's currency, a parent that is not a descendant. */
async function checkReferences(db: Db, id: string | null, values: AccountValues): Promise<void> {
  if (values.externalId) {
    const holder = await getAccountByExternalId(db, values.externalId);
    if (holder && holder.id !== id)
      fail('TAKEN', ['input', 'externalId'], `Account ${values.externalId} already exists.`);
  }
  if (values.ratePlanId) {
    if (!(await getRatePlanById(db, values.ratePlanId)))
      fail('NOT_FOUND', ['input', 'ratePlanId'], 'No such rate plan.');
  }
  if (values.parentAccountId) {
    let ancestorId: string | null = values.parentAccountId;
    for (let depth = 0; ancestorId; depth++) {
      if (ancestorId === id || depth > 20)
        fail('INVALID', ['input', 'parentAccountId'], 'An account cannot be its own parent or ancestor.');
      const ancestor: AccountRow | null = await getAccountById(db, ancestorId);
      if (!ancestor) fail('NOT_FOUND', ['input', 'parentAccountId'], 'No such parent account.');
      ancestorId = ancestor.parentAccountId;
    }
  }
}
