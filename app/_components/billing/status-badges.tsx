import { Badge } from '../ui/badge';

const invoiceTones = { DRAFT: 'warn', FINALIZED: 'good', VOID: 'neutral' } as const;
const runTones = { QUEUED: 'neutral', RUNNING: 'info', COMPLETED: 'good', FAILED: 'bad' } as const;
const accountTones = { ACTIVE: 'good', SUSPENDED: 'warn', CLOSED: 'neutral' } as const;

/** SCREAMING_CASE enum values as words: "NOTHING_TO_BILL" → "Nothing to bill". */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function InvoiceStatusBadge({ status }: { status: keyof typeof invoiceTones }) {
  return <Badge tone={invoiceTones[status]}>{enumLabel(status)}</Badge>;
}

export function BillRunStatusBadge({ status }: { status: keyof typeof runTones }) {
  return <Badge tone={runTones[status]}>{enumLabel(status)}</Badge>;
}

export function AccountStatusBadge({ status }: { status: keyof typeof accountTones }) {
  return <Badge tone={accountTones[status]}>{enumLabel(status)}</Badge>;
}
