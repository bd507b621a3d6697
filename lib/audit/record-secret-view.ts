import type { Operation } from '../auth/permissions';
import type { OperationContext } from '../context';
import { recordAuditEntries } from './record-audit-entries';

/**
 * Writes to the audit log that `actor` was shown secrets (sign-in links) by a
 * secret-bearing operation: operation `view:<operation>`, with how many were shown. Queries
 * are not audited otherwise; these are, because what they show lets a reader act as someone.
 */
export async function recordSecretView(
  { db, actor }: OperationContext,
  operation: Operation,
  details: { shown: number } & Record<string, unknown>,
): Promise<void> {
  await recordAuditEntries(db, actor, [{ operation: `view:${operation}`, input: details, result: 'ok' }]);
}
