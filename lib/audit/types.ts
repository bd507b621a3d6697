import type { InferSelectModel } from 'drizzle-orm';
import type { auditEntries } from '../../db/schema';

export type AuditEntryRecord = InferSelectModel<typeof auditEntries>;
export type AuditResult = AuditEntryRecord['result'];
