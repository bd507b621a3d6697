import { formatDay } from '@/app/_components/format';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import type { PortalCutover } from '@/lib/portal/types';

/** What changes when the customer's billing moves to the new system, and when. */
export function PortalCutoverCard({ cutover, support }: { cutover: PortalCutover; support: string }) {
  if (!cutover.date) {
    return (
      <Card title="Your billing">
        <p className="text-sm text-slate-600">
          {cutover.systemOfRecord === 'switchboard'
            ? 'Your invoices come from our billing system, and you find them all here.'
            : 'Nothing changes for you yet. We will tell you here and by email before your billing moves.'}
        </p>
      </Card>
    );
  }
  const title = cutover.done ? 'Your billing has moved' : 'Your billing is moving';
  return (
    <Card
      title={title}
      actions={<Badge tone={cutover.done ? 'good' : 'info'}>{cutover.done ? 'Done' : 'Planned'}</Badge>}
    >
      <p className="text-sm text-slate-700" data-testid="portal-cutover">
        {cutover.done ? 'Since' : 'On'} <strong>{formatDay(cutover.date)}</strong>{' '}
        {cutover.done ? 'your invoices have come' : 'your invoices start to come'} from our new billing
        system.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-600">
        <li>
          Your first invoice from the new system is dated{' '}
          <strong>
            {cutover.firstInvoiceDate ? formatDay(cutover.firstInvoiceDate) : 'to be confirmed'}
          </strong>
          .
        </li>
        <li>Your balance carries over as it stands: there is nothing to do.</li>
        <li>
          Invoices from the new system appear below with their PDFs; earlier ones stay as you received them.
        </li>
        <li>Questions? Contact {support}.</li>
      </ul>
    </Card>
  );
}
