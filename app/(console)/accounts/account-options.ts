'use client';

import { choicesOf } from '@/app/_components/ui/choice-select';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { AccountStatus, BillingCycle, InvoiceDelivery } from '@/app/_gql/graphql';

const ACCOUNT_RATE_PLAN_OPTIONS = graphql(`
  query AccountRatePlanOptions {
    ratePlans { id code name currency }
  }
`);

/** Rate plans an account's calls can be rated with. */
export function useRatePlanOptions() {
  const { data } = useGraphQLQuery(ACCOUNT_RATE_PLAN_OPTIONS);
  return data?.ratePlans ?? [];
}

export const accountStatusLabels: Record<AccountStatus, string> = {
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  CLOSED: 'Closed',
};
export const accountStatuses = choicesOf(accountStatusLabels);

export const billingCycleLabels: Record<BillingCycle, string> = {
  CALENDAR_MONTH: 'Calendar month',
  ANNIVERSARY: 'Anniversary',
};
export const billingCycles = choicesOf(billingCycleLabels);

export const invoiceDeliveryLabels: Record<InvoiceDelivery, string> = {
  // The portal shows every issued invoice to the account's contacts, whatever the preference.
  EMAIL: 'Email with the PDF, and the portal',
  PORTAL: 'Portal only',
  MAIL: 'Mail, and the portal',
  NONE: 'None',
};
export const invoiceDeliveries = choicesOf(invoiceDeliveryLabels);
