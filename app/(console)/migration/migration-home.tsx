'use client';

import { useState } from 'react';
import { ReadOnlyNote } from '@/app/_components/migration/read-only-note';
import { usePermissions } from '@/app/_components/migration/use-permissions';
import { ImportList } from './import-list';
import { UploadExport } from './upload-export';

export function MigrationHome() {
  const [refresh, setRefresh] = useState(0);
  const { can, loaded, role } = usePermissions();
  return (
    <div className="space-y-6">
      {loaded &&
        (can('importLegacyExport') ? (
          <UploadExport onImported={() => setRefresh((n) => n + 1)} />
        ) : (
          <ReadOnlyNote role={role}>Importing an export is for admin and billing users.</ReadOnlyNote>
        ))}
      <ImportList refresh={refresh} />
    </div>
  );
}
