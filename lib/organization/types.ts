import type { InferSelectModel } from 'drizzle-orm';
import type { organization } from '../../db/schema';

export type OrganizationRecord = InferSelectModel<typeof organization>;
