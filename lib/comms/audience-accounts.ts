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
