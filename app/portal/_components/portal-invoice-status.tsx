import { isPositiveAmount } from '@/app/_components/money';
import { Badge } from '@/app/_components/ui/badge';
import { todayIso } from '@/lib/dates';
import type { PortalInvoiceRow } from '@/lib/portal/types';

/** Paid, due, overdue or void, as the customer reads an invoice. */
export function PortalInvoiceStatus({
  invoice,
  amountDue,
}: {
  invoice: PortalInvoiceRow;
  amountDue: string | null;
}) {
  if (invoice.status === 'void') return <Badge>Void</Badge>;
  if (invoice.kind === 'credit_note') return <Badge tone="info">Credit note</Badge>;
  if (!amountDue || !isPositiveAmount(amountDue)) return <Badge tone="good">Paid</Badge>;
  if (invoice.dueDate && invoice.dueDate < todayIso()) return <Badge tone="bad">Overdue</Badge>;
  return <Badge tone="warn">Due</Badge>;
}
