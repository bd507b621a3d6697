import type { Db } from '../../db/client';
import { sendJob } from './queue';

export const CAMPAIGN_EMAIL_QUEUE = 'campaign-email';

/** Asks a worker to send the campaign emails due now (or at `startAfter`), on the caller's transaction. */
export async function enqueueCampaignEmails(db: Db, startAfter?: Date): Promise<void> {
  await sendJob(db, CAMPAIGN_EMAIL_QUEUE, {}, startAfter ? { startAfter } : {});
}
