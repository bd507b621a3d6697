import {
  getRatePlanById,
  getVersionInForce,
  listEntriesOfVersion,
  listRatePlanRows,
} from '../../db/queries/rate-plans';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { todayIso } from '../dates';
import { AppError } from '../errors';
import { decodeKeyCursor, pageSize, toKeyPage } from '../pagination';
import { normalizeNumber } from '../rating/destinations';
import { loadCompiledDeck } from './compiled-deck';
import type { RateDeckEntryRecord, RatePlanRecord, RatePlanVersionRecord } from './types';

/**
 * Rate plans, by code.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listRatePlans(
  { db, actor }: OperationContext,
  catalogId?: string | null,
): Promise<RatePlanRecord[]> {
  authorize(actor, 'ratePlans');
  return listRatePlanRows(db, catalogId ?? undefined);
}

/**
 * One rate plan, or null.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getRatePlan(
  { db, actor }: OperationContext,
  id: string,
): Promise<RatePlanRecord | null> {
  authorize(actor, 'ratePlan');
  return getRatePlanById(db, id);
}

async function versionInForce(ctx: OperationContext, ratePlanId: string, date: string | null | undefined) {
  const plan = await getRatePlanById(ctx.db, ratePlanId);
  if (!plan) throw new AppError('NOT_FOUND', 'No such rate plan.');
  const on = date ?? todayIso();
  const version = await getVersionInForce(ctx.db, plan.id, on);
  return { plan, version, on };
}

/**
 * A page of a deck in prefix order, in the version in force on `date` (default today).
 * `search` is a prefix ("4420") or part of a destination name ("london").
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (page size, cursor)
 */
export async function listRateDeckEntries(
  ctx: OperationContext,
  args: {
    ratePlanId: string;
    date?: string | null;
    search?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<{
  version: RatePlanVersionRecord | null;
  edges: { cursor: string; node: RateDeckEntryRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}> {
  authorize(ctx.actor, 'rateDeckEntries');
  const limit = pageSize(args.first);
  const { version } = await versionInForce(ctx, args.ratePlanId, args.date);
  if (!version) return { version: null, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const afterPrefix = args.after ? decodeKeyCursor(args.after, (key) => /^\d{1,20}$/.test(key)) : undefined;
  const rows = await listEntriesOfVersion(ctx.db, {
    versionId: version.id,
    limit,
    afterPrefix,
    search: args.search?.trim() || undefined,
  });
  return { version, ...toKeyPage(rows, limit, (entry) => entry.prefix) };
}

/**
 * The destination a number would be rated as: the longest matching prefix of the deck in
 * force on `date`. Null when nothing matches.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (not a phone number)
 */
export async function lookupDestination(
  ctx: OperationContext,
  args: { ratePlanId: string; number: string; date?: string | null },
): Promise<RateDeckEntryRecord | null> {
  authorize(ctx.actor, 'destinationLookup');
  const number = normalizeNumber(args.number);
  if (!number)
    throw new AppError('BAD_USER_INPUT', `"${args.number}" is not a phone number.`, { field: 'number' });
  const { plan, version } = await versionInForce(ctx, args.ratePlanId, args.date);
  if (!version) return null;
  const deck = await loadCompiledDeck(ctx.db, plan, version);
  const match = deck.index.match(number);
  if (!match) return null;
  const [entry] = (
    await listEntriesOfVersion(ctx.db, { versionId: version.id, limit: 1, search: match.prefix })
  ).filter((row) => row.prefix === match.prefix);
  return entry ?? null;
}
