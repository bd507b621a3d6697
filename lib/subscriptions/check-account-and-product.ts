import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import { getProductById } from '../../db/queries/products';
import { type UserError, userError } from '../errors';
import { RollbackWithUserErrors } from '../transaction';
import { productKindProblem } from './subscription-input';

/** Refuses inside a transaction: `withRollbackOnUserErrors` rolls back and returns the user error. */
export function fail(code: UserError['code'], field: string[], message: string): never {
  throw new RollbackWithUserErrors([userError(code, field, message)]);
}

/** The account (open) and the product (of the given kind) a subscription or charge is for. */
export async function checkAccountAndProduct(
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
