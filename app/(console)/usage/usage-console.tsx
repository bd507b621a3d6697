'use client';

import { useState } from 'react';
import { AccountUsage } from './account-usage';
import { Ingestions } from './ingestions';
import { UnbillableQueue } from './unbillable-queue';
import { UploadUsage } from './upload-usage';

export function UsageConsole() {
  const [refresh, setRefresh] = useState(0);
  const bump = () => setRefresh((n) => n + 1);
  return (
    <div className="space-y-6">
      <UploadUsage onUploaded={bump} />
      <UnbillableQueue refresh={refresh} onRerated={bump} />
      <Ingestions refresh={refresh} />
      <AccountUsage refresh={refresh} />
    </div>
  );
}
