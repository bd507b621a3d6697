'use client';

import { useState } from 'react';
import { ReadOnlyNote } from '@/app/_components/migration/read-only-note';
import { useCan } from '@/app/_components/permissions';
import { ImportList } from './import-list';
import { UploadExport } from './upload-export';

export function MigrationHome() {
  const [refresh, setRefresh] = useState(0);
  const can = useCan();
  return (
    <div className="space-y-6">
      {can('importLegacyExport') ? (
        <UploadExport onImported={() => setRefresh((n) => n + 1)} />
      ) : (
        <ReadOnlyNote>Importing an export is for admin and billing users.</ReadOnlyNote>
      )}
      <ImportList refresh={refresh} />
    </div>
  );
}
