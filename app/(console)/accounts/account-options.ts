'use client';

import type { Option } from '@/app/_components/ui/select-options';
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

export const accountStatusOptions: readonly Option<AccountStatus>[] = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'SUSPENDED', label: 'Suspended' },
  { value: 'CLOSED', label: 'Closed' },
];

export const billingCycleOptions: readonly Option<BillingCycle>[] = [
  { value: 'CALENDAR_MONTH', label: 'Calendar month' },
  { value: 'ANNIVERSARY', label: 'Anniversary' },
];

export const invoiceDeliveryOptions: readonly Option<InvoiceDelivery>[] = [
  { value: 'EMAIL', label: 'Email' },
  { value: 'PORTAL', label: 'Portal' },
  { value: 'MAIL', label: 'Mail' },
  { value: 'NONE', label: 'None' },
];
