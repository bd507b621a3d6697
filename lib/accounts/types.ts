import type { AccountRow } from '../../db/schema';

export type AccountStatus = AccountRow['status'];
