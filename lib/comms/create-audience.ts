import { insertAudience } from '../../db/queries/comms';
import { getWaveById } from '../../db/queries/cutover';
import { getProductById } from '../../db/queries/products';
import { accountStatusEnum } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isPlainDecimal } from '../money/decimal';
import { isUuid } from '../uuid';
import type { AudienceRow } from './types';

export interface AudienceFilter {
  region?: string | null;
  productId?: string | null;
  status?: string | null;
  minBalance?: string | null;
}

type Result = { audience: AudienceRow | null; userErrors: UserError[] };
const refuse = (field: string[], message: string, code: UserError['code'] = 'INVALID'): Result => ({
  audience: null,
  userErrors: [userError(code, ['input', ...field], message)],
});

/**
 * An audience: a cutover wave's accounts, or a filter over accounts (region, product,
 * status, open balance). Its members are read when a campaign is sent.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function createAudience(
  ctx: OperationContext,
  input: { name: string; waveId?: string | null; filter?: AudienceFilter | null },
): Promise<Result> {
  authorize(ctx.actor, 'createAudience');
  const name = input.name.trim();
  if (!name) return refuse(['name'], 'Name the audience.', 'REQUIRED');
  if (Boolean(input.waveId) === Boolean(input.filter))
    return refuse(['waveId'], 'Choose a wave or a filter, not both.');
  if (input.waveId) {
    const wave = isUuid(input.waveId) ? await getWaveById(ctx.db, input.waveId) : null;
    if (!wave) return refuse(['waveId'], 'No wave has this id.', 'NOT_FOUND');
  }
  const filter = input.filter;
  if (filter) {
    if (filter.productId) {
      const product = isUuid(filter.productId) ? await getProductById(ctx.db, filter.productId) : null;
      if (!product) return refuse(['filter', 'productId'], 'No product has this id.', 'NOT_FOUND');
    }
    if (filter.status && !(accountStatusEnum.enumValues as readonly string[]).includes(filter.status))
      return refuse(['filter', 'status'], `Status is one of ${accountStatusEnum.enumValues.join(', ')}.`);
    if (filter.minBalance && !isPlainDecimal(filter.minBalance))
      return refuse(['filter', 'minBalance'], 'A decimal amount, e.g. 100.00.');
  }
  const audience = await insertAudience(ctx.db, {
    name,
    waveId: input.waveId ?? null,
    filter: filter
      ? {
          region: filter.region?.trim() || null,
          productId: filter.productId || null,
          status: filter.status || null,
          minBalance: filter.minBalance || null,
        }
      : null,
    createdBy: actorLabel(ctx.actor),
  });
  return { audience, userErrors: [] };
}
