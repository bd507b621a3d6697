import { listApiKeys as listApiKeyRows } from '../../db/queries/api-keys';
import type { OperationContext } from '../context';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';
import { authorize } from './permissions';
import type { ApiKeyRecord } from './types';

/**
 * API keys, newest first; revoked ones only when asked for.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admins only), BAD_USER_INPUT (bad cursor or page size)
 */
export async function listApiKeys(
  { db, actor }: OperationContext,
  args: PageArgs & { includeRevoked?: boolean | null | undefined },
): Promise<Page<ApiKeyRecord>> {
  authorize(actor, 'apiKeys');
  const limit = pageSize(args.first);
  const rows = await listApiKeyRows(db, {
    limit,
    after: args.after ? decodeCursor(args.after) : undefined,
    includeRevoked: args.includeRevoked ?? false,
  });
  return toPage(rows, limit, (row) => row);
}
