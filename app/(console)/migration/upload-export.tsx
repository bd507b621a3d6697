'use client';

import Link from 'next/link';
import { useState } from 'react';
import { ProgressBar } from '@/app/_components/migration/progress-bar';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';

interface Result {
  importId: string;
  alreadyImported: boolean;
}

/**
 * Sends a zip of an export folder as the request body to the import route: the bar follows
 * the bytes going out, then the server verifies checksums and imports before it answers.
 */
export function UploadExport({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  function upload() {
    if (!file) return;
    setResult(null);
    setError(null);
    setProgress(0);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/migration/imports');
    request.setRequestHeader('content-type', 'application/zip');
    request.setRequestHeader('x-file-name', file.name);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(event.loaded / event.total);
    };
    request.upload.onload = () => setProgress(1);
    request.onload = () => {
      setProgress(null);
      let body: { importId?: string; alreadyImported?: boolean; error?: { message?: string } } = {};
      try {
        body = JSON.parse(request.responseText || '{}');
      } catch {
        // an HTML error page: fall through to the status message
      }
      if (request.status === 200 && body.importId) {
        setResult({ importId: body.importId, alreadyImported: body.alreadyImported ?? false });
        onImported();
      } else setError(body.error?.message ?? `The import failed (${request.status}).`);
    };
    request.onerror = () => {
      setProgress(null);
      setError('The connection dropped during the upload. Nothing was imported half-way: upload it again.');
    };
    request.send(file);
  }

  return (
    <Card title="Import an export">
      <p className="mb-3 text-sm text-slate-600">
        A <code className="font-mono text-xs">.zip</code> of the export folder:{' '}
        <code className="font-mono text-xs">manifest.json</code> and the CSV files of the legacy export
        format. Checksums are verified before anything is written; importing the same export again changes
        nothing.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          type="file"
          accept=".zip,application/zip"
          aria-label="Export zip"
          className="text-sm"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setResult(null);
            setError(null);
          }}
        />
        <Button disabled={!file || progress !== null} onClick={upload}>
          {progress !== null ? 'Importing…' : 'Import'}
        </Button>
      </div>
      {progress !== null && (
        <div className="mt-4">
          <ProgressBar
            label="Upload progress"
            value={progress}
            caption={progress < 1 ? `${Math.round(progress * 100)}% sent` : 'Importing and checking…'}
          />
        </div>
      )}
      {error && (
        <p role="alert" className="mt-4 text-sm text-red-700">
          {error}
        </p>
      )}
      {result && (
        <p role="status" className="mt-4 text-sm text-slate-700" data-testid="import-result">
          {result.alreadyImported ? 'This export was imported before; nothing changed. ' : 'Imported. '}
          <Link
            href={`/migration/imports/${result.importId}`}
            className="font-medium text-brand-700 hover:underline"
          >
            Open the import report
          </Link>
        </p>
      )}
    </Card>
  );
}
