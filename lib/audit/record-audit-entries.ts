import type { Db } from '../../db/client';
import { insertAuditEntries } from '../../db/queries/audit-entries';
import { type Actor, actorLabel } from '../auth/actor';
import type { ErrorCode } from '../errors';
import { summarizeInput } from './summarize-input';
import type { AuditResult } from './types';

export interface AuditedAction {
  operation: string;
  input: unknown;
  result: AuditResult;
  errorCode?: ErrorCode | null;
}

/** Appends what an actor did to the audit log. Not authorised: every transport calls it for every mutation. */
export async function recordAuditEntries(
  db: Db,
  actor: Actor,
  actions: AuditedAction[],
  at: Date = new Date(),
) {
  await insertAuditEntries(
    db,
    actions.map((action) => ({
      occurredAt: at,
      actorKind: actor.kind,
      actorUserId: actor.kind === 'user' ? actor.user.id : null,
      actorApiKeyId: actor.kind === 'api_key' ? actor.apiKey.id : null,
      actorLabel: actorLabel(actor),
      operation: action.operation,
      inputSummary: summarizeInput(action.input) ?? {},
      result: action.result,
      errorCode: action.errorCode ?? null,
    })),
  );
}
