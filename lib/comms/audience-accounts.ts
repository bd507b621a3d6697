import type { Db } from '../../db/client';
import { type AudienceSelection, listAudienceAccounts } from '../../db/queries/audiences';
import type { AudienceRow } from './types';

export type { AudienceAccount, AudienceSelection } from '../../db/queries/audiences';

/** Which accounts the audience selects: its wave's, or those its filter matches. */
export function selectionOf(audience: AudienceRow): AudienceSelection {
  return audience.waveId
    ? { waveId: audience.waveId }
    : ((audience.filter as AudienceSelection | null) ?? {});
}

/** The accounts an audience reaches now. Not authorised: callers read the audience first, which is. */
export function audienceAccounts(db: Db, audience: AudienceRow) {
  return listAudienceAccounts(db, selectionOf(audience));
}

/** How many of an audience's accounts one read shows: `first`, within 0 to 200, 20 when not given. */
export function audienceAccountsLimit(first?: number | null): number {
  return Math.max(0, Math.min(first ?? 20, 200));
}
