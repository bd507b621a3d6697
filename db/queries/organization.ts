import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { organization } from '../schema';

export async function getOrganizationRow(db: Db) {
  const [row] = await db.select().from(organization).where(eq(organization.id, 1));
  return row ?? null;
}

export async function upsertOrganization(db: Db, values: Omit<typeof organization.$inferInsert, 'id'>) {
  const [row] = await db
    .insert(organization)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: organization.id, set: values })
    .returning();
  if (!row) throw new Error('upsert into organization returned no row');
  return row;
}
