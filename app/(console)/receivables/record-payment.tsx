'use client';

import { useState } from 'react';
import { type AccountOption, AccountPicker } from '@/app/_components/account-picker';
import { RecordPaymentForm } from '@/app/_components/payments/record-payment-form';
import { Card } from '@/app/_components/ui/card';

/** A payment entered by hand for any account: it pays the account's oldest invoices first; the rest is credit. */
export function RecordPayment({ onRecorded }: { onRecorded: () => void }) {
  const [account, setAccount] = useState<AccountOption | null>(null);

  return (
    <Card title="Record a payment">
      <RecordPaymentForm
        account={account ?? undefined}
        onRecorded={onRecorded}
        accountPicker={<AccountPicker label="Account" value={account} onChange={setAccount} />}
      />
    </Card>
  );
}
