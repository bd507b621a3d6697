import { firstInvoice } from './first-invoice';
import { missingTax } from './missing-tax';
import { noBillingEmail } from './no-billing-email';
import { priceDiffersFromCatalog } from './price-differs-from-catalog';
import { totalAbove } from './total-above';
import { totalChanged } from './total-changed';
import type { DraftCheck } from './types';
import { unratedUsage } from './unrated-usage';
import { usageStopped } from './usage-stopped';
import { zeroOrNegativeTotal } from './zero-or-negative-total';

/** Every automatic check of drafts, in the order the settings page and the findings list them. */
export const draftChecks: readonly DraftCheck[] = [
  totalChanged,
  zeroOrNegativeTotal,
  totalAbove,
  firstInvoice,
  usageStopped,
  unratedUsage,
  priceDiffersFromCatalog,
  missingTax,
  noBillingEmail,
];

export function draftCheckOf(code: string): DraftCheck | undefined {
  return draftChecks.find((check) => check.code === code);
}
