import { index, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { apiKeys, users } from './auth';
import { id, timestampMs } from './columns';

export const actorKindEnum = pgEnum('actor_kind', ['user', 'api_key', 'system', 'anonymous']);
export const auditResultEnum = pgEnum('audit_result', ['ok', 'rejected', 'error']);

/** Every mutation, whoever made it and however it ended. Append-only. */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: id(),
    occurredAt: timestampMs().notNull().defaultNow(),
    actorKind: actorKindEnum().notNull(),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    actorApiKeyId: uuid().references(() => apiKeys.id, { onDelete: 'set null' }),
    /** Email, key name or system label at the time of the action (survives renames). */
    actorLabel: text().notNull(),
    operation: text().notNull(),
    /** Arguments with secrets redacted and long lists summarised. */
    inputSummary: jsonb().notNull(),
    /** `ok`; `rejected` when the payload carried userErrors; `error` when it failed. */
    result: auditResultEnum().notNull(),
    errorCode: text(),
  },
  (t) => [
    index('audit_entries_occurred_at_idx').on(t.occurredAt, t.id),
    index('audit_entries_operation_idx').on(t.operation, t.occurredAt),
    index('audit_entries_actor_user_idx').on(t.actorUserId, t.occurredAt),
  ],
);
