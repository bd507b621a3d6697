import type { Db } from '../../db/client';
import { insertNotices } from '../../db/queries/comms';
import {
  getOrganizationTimeZone,
  insertDunningDeliveries,
  listDunningMessageSources,
  listDunningZones,
  type RecordedDunningEvent,
  recordReachedDunningSteps,
  suspendActiveAccounts,
} from '../../db/queries/dunning';
import { addDays, isoDateOf } from '../dates';
import { daytimeZones } from '../dunning/dunning-daytime';
import { dunningEmailRecipients, renderDunningMessage } from '../dunning/dunning-message';

export interface DunningRunResult {
  now: Date;
  /** Steps this run recorded (taken, or skipped for a later one), by invoice number then step. */
  recorded: RecordedDunningEvent[];
  /** Accounts this run suspended (those with a newly reached suspend step that were active). */
  suspendedAccountIds: string[];
  /** Emails queued and portal notices posted for the steps taken. */
  emailsQueued: number;
  noticesPosted: number;
}

/**
 * The hourly dunning pass, for the job queue. For accounts where it is daytime at `now`
 * (see dunning-daytime.ts; the account's time zone, else the organization's), on every
 * finalized invoice still owing after its due date, takes the latest step of the account's
 * policy reached on the local day and not taken before (earlier ones reached at the same
 * time, after a pause, are recorded as skipped: their messages are not sent, but a
 * suspension reached still suspends). In the same transaction it queues the step's emails
 * and posts its portal notice, so a step recorded always has its messages and never twice.
 * Paused accounts get nothing before their pause's end day. A settled invoice gets no
 * further steps; a partly paid one does. Trusted server code: no actor, no authorization.
 * @throws Error when `now` is not an instant.
 */
export async function runDunning(db: Db, { now }: { now: Date }): Promise<DunningRunResult> {
  if (Number.isNaN(now.getTime())) throw new Error('runDunning: now is not an instant');
  return db.transaction(async (tx) => {
    const organizationZone = await getOrganizationTimeZone(tx);
    // A day ahead of UTC covers every zone's local day (UTC+14 at most).
    const zones = daytimeZones(
      await listDunningZones(tx, organizationZone, addDays(isoDateOf(now), 1)),
      now,
      organizationZone,
    );
    const recorded = await recordReachedDunningSteps(tx, zones, organizationZone);
    // Only a suspension reached by this run suspends: an account reinstated by hand after
    // an earlier suspension stays active.
    const toSuspend = new Set(recorded.filter((event) => event.action === 'suspend').map((e) => e.accountId));
    const suspendedAccountIds = await suspendActiveAccounts(tx, [...toSuspend]);

    const sources = await listDunningMessageSources(
      tx,
      recorded.filter((event) => !event.skipped).map((event) => event.id),
    );
    const emails = sources.flatMap((source) => {
      if (!source.channels.includes('email')) return [];
      const message = renderDunningMessage(source);
      return dunningEmailRecipients(source).map((recipient) => ({
        eventId: source.eventId,
        accountId: source.accountId,
        templateVersionId: source.templateVersionId,
        recipient,
        ...message,
      }));
    });
    const notices = sources
      .filter((source) => source.channels.includes('portal'))
      .map((source) => {
        const message = renderDunningMessage(source);
        return {
          accountId: source.accountId,
          channel: 'portal' as const,
          title: message.subject,
          body: message.body,
        };
      });
    await insertDunningDeliveries(tx, emails);
    await insertNotices(tx, notices);
    return { now, recorded, suspendedAccountIds, emailsQueued: emails.length, noticesPosted: notices.length };
  });
}
