import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { supportContact } from '@/lib/comms/recipient-values';
import { listPortalInvoices } from '@/lib/portal/list-portal-invoices';
import { loadPortalHome } from '@/lib/portal/load-portal-home';
import { PortalBalanceCard } from '../_components/portal-balance-card';
import { PortalCutoverCard } from '../_components/portal-cutover-card';
import { PortalInvoiceTable } from '../_components/portal-invoice-table';
import { PortalNotices } from '../_components/portal-notices';
import { PortalUsage } from '../_components/portal-usage';
import { requirePortalContact } from '../_lib/portal-contact';

export const metadata: Metadata = { title: 'Your account' };
export const dynamic = 'force-dynamic';

export default async function PortalHomePage() {
  const contact = await requirePortalContact();
  const db = await getDb();
  const [home, invoices] = await Promise.all([
    loadPortalHome(db, contact),
    listPortalInvoices(db, contact.accountId),
  ]);
  if (!home) redirect('/portal/sign-in');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{home.account.name}</h1>
        <p className="text-sm text-slate-500">Account {home.account.externalId}</p>
      </div>
      <div className="grid gap-6 md:grid-cols-3">
        {home.balance && <PortalBalanceCard balance={home.balance} />}
        <div className="md:col-span-2">
          <PortalCutoverCard cutover={home.cutover} support={supportContact()} />
        </div>
      </div>
      <PortalNotices notices={home.notices} />
      <PortalInvoiceTable invoices={invoices} />
      <PortalUsage months={home.usage} currency={home.account.currency} />
    </div>
  );
}
