import type { OneTimeChargeRow, SubscriptionRow } from '../../db/schema';
import type { UserError } from '../errors';

export type { OneTimeChargeRow, SubscriptionRow };

export type SubscriptionResult = { subscription: SubscriptionRow | null; userErrors: UserError[] };
export type OneTimeChargeResult = { charge: OneTimeChargeRow | null; userErrors: UserError[] };

export type SubscriptionRecord = SubscriptionRow;
export type BillingAlignment = SubscriptionRow['billingAlignment'];
export type OneTimeChargeRecord = OneTimeChargeRow;
