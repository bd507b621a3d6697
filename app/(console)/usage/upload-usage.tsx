'use client';

import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { ProgressBar } from '@/app/_components/ui/progress-bar';
import { StatCard } from '@/app/_components/ui/stat-card';
import type { IngestionReport } from '@/lib/usage/ingest-usage';

/**
 * Sends the file as the request body; the browser reports how much has gone out, and the
 * server consumes it as it arrives, so the bar tracks the ingestion itself.
 */
export function UploadUsage({ onUploaded }: { onUploaded: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<IngestionReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  function upload() {
    if (!file) return;
    setReport(null);
    setError(null);
    setProgress(0);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/usage/uploads');
    request.setRequestHeader('content-type', 'text/csv');
    request.setRequestHeader('x-file-name', file.name);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(event.loaded / event.total);
    };
    request.onload = () => {
      setProgress(null);
      // The route answers 200 with lib/usage's IngestionReport, otherwise with { error }.
      const body = JSON.parse(request.responseText || '{}');
      if (request.status === 200) {
        setReport(body as IngestionReport);
        onUploaded();
      } else setError(body.error?.message ?? `The upload failed (${request.status}).`);
    };
    request.onerror = () => {
      setProgress(null);
      setError(
        'The connection dropped during the upload. Records already in stay; upload again and they count as duplicates.',
      );
    };
    request.send(file);
  }

  return (
    <Card title="Upload a CDR / CSV file">
      <p className="mb-3 text-sm text-slate-600">
        Columns:{' '}
        <code className="font-mono text-xs">
          record_id, account_id, usage_type, started_at, destination, duration_s, quantity
        </code>{' '}
        (and optionally <code className="font-mono text-xs">product_code</code> and{' '}
        <code className="font-mono text-xs">subject</code>, the user or device a distinct count counts).
        Repeated records are skipped; malformed rows are reported with their line and the rest goes in.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          type="file"
          accept=".csv,text/csv"
          aria-label="Usage file"
          className="text-sm"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setReport(null);
          }}
        />
        <Button disabled={!file || progress !== null} onClick={upload}>
          {progress !== null ? 'Uploading…' : 'Upload'}
        </Button>
      </div>
      {progress !== null && (
        <div className="mt-4">
          <ProgressBar label="Upload progress" done={Math.round(progress * 100)} total={100} />
          <p className="mt-1 text-xs text-slate-500">
            {progress < 1 ? `${Math.round(progress * 100)}% sent` : 'Rating the last records…'}
          </p>
        </div>
      )}
      <ErrorText className="mt-4">{error}</ErrorText>
      {report && (
        <dl className="mt-4 grid grid-cols-3 gap-3 text-sm sm:grid-cols-6" data-testid="ingestion-report">
          {(
            [
              ['Read', report.read],
              ['Imported', report.imported],
              ['Unrated', report.unrated],
              ['Duplicates', report.duplicates],
              ['Conflicts', report.conflicts],
              ['Rejected', report.rejected],
            ] as const
          ).map(([label, value]) => (
            <StatCard key={label} label={label} value={value.toLocaleString('en-US')} compact />
          ))}
        </dl>
      )}
    </Card>
  );
}
