import type { OneTimeChargeRow, SubscriptionRow } from '../../db/schema';

export type SubscriptionRecord = SubscriptionRow;
export type OneTimeChargeRecord = OneTimeChargeRow;
