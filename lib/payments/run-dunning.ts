import type { Db } from '../../db/client';
import {
  type RecordedDunningEvent,
  recordReachedDunningSteps,
  suspendActiveAccounts,
} from '../../db/queries/dunning';
import { isIsoDate } from '../dates';

export interface DunningRunResult {
  asOf: string;
  /** Steps this run recorded, by invoice number then step. */
  recorded: RecordedDunningEvent[];
  /** Accounts this run suspended (those with a newly reached suspend step that were active). */
  suspendedAccountIds: string[];
}

/**
 * The daily dunning pass, for the job queue: on every finalized invoice still owing after
 * its due date, records each step of the schedule whose day `asOf` has reached and that was
 * not recorded before, and suspends active accounts that reached a suspend step. Running it
 * again records nothing new; a paid invoice gets no further steps. Trusted server code: no
 * actor, no authorization.
 * @throws Error when asOf is not a date.
 */
export async function runDunning(db: Db, { asOf }: { asOf: string }): Promise<DunningRunResult> {
  if (!isIsoDate(asOf)) throw new Error(`runDunning: "${asOf}" is not a date (YYYY-MM-DD)`);
  return db.transaction(async (tx) => {
    const recorded = await recordReachedDunningSteps(tx, asOf);
    // Only a suspension reached by this run suspends: an account reinstated by hand after
    // an earlier suspension stays active.
    const toSuspend = new Set(recorded.filter((event) => event.action === 'suspend').map((e) => e.accountId));
    const suspendedAccountIds = await suspendActiveAccounts(tx, [...toSuspend]);
    return { asOf, recorded, suspendedAccountIds };
  });
}
