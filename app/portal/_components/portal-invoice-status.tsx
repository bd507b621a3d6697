import { isPositiveAmount } from '@/app/_components/money';
import { Badge } from '@/app/_components/ui/badge';
import type { InvoiceRow } from '@/db/schema';

/** Paid, due or void, as the customer reads an invoice. */
export function PortalInvoiceStatus({
  invoice,
  amountDue,
}: {
  invoice: InvoiceRow;
  amountDue: string | null;
}) {
  if (invoice.status === 'void') return <Badge>Void</Badge>;
  if (invoice.kind === 'credit_note') return <Badge tone="info">Credit note</Badge>;
  if (amountDue && isPositiveAmount(amountDue)) return <Badge tone="warn">Due</Badge>;
  return <Badge tone="good">Paid</Badge>;
}
