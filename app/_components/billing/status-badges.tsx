import type { AccountStatus, BillRunStatus, InvoiceStatus } from '@/app/_gql/graphql';
import { enumLabel } from '../format';
import { Badge, type BadgeTone } from '../ui/badge';

const invoiceTones: Record<InvoiceStatus, BadgeTone> = { DRAFT: 'warn', FINALIZED: 'good', VOID: 'neutral' };
const runTones: Record<BillRunStatus, BadgeTone> = {
  QUEUED: 'neutral',
  RUNNING: 'info',
  COMPLETED: 'good',
  FAILED: 'bad',
};
const accountTones: Record<AccountStatus, BadgeTone> = {
  ACTIVE: 'good',
  SUSPENDED: 'warn',
  CLOSED: 'neutral',
};

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <Badge tone={invoiceTones[status]}>{enumLabel(status)}</Badge>;
}

export function BillRunStatusBadge({ status }: { status: BillRunStatus }) {
  return <Badge tone={runTones[status]}>{enumLabel(status)}</Badge>;
}

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  return <Badge tone={accountTones[status]}>{enumLabel(status)}</Badge>;
}
