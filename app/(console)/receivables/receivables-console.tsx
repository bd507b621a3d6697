'use client';

import { useState } from 'react';
import { RecentPayments } from '@/app/_components/payments/recent-payments';
import { AgingReport } from './aging-report';
import { DunningPreview } from './dunning-preview';
import { DunningStages } from './dunning-stages';
import { RecordPayment } from './record-payment';
import { RemittanceImport } from './remittance-import';

/** The receivables page: every panel refreshes after a payment goes in. */
export function ReceivablesConsole() {
  const [refresh, setRefresh] = useState(0);
  const changed = () => setRefresh((n) => n + 1);
  return (
    <div className="space-y-6">
      <AgingReport refresh={refresh} />
      {/* The preview's rows are wide (account, invoice, amount, step, message): it takes the full width. */}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <DunningStages refresh={refresh} />
        <DunningPreview refresh={refresh} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <RecordPayment onRecorded={changed} />
        <RemittanceImport onImported={changed} />
      </div>
      <RecentPayments refresh={refresh} />
    </div>
  );
}
