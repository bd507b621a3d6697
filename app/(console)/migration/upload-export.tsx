'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Card } from '@/app/_components/ui/card';
import { Field } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { ProgressBar } from '@/app/_components/ui/progress-bar';

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
    if (!file) {
      setError('Choose the zip of an export first.');
      return;
    }
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
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          upload();
        }}
      >
        <p className="text-sm text-slate-600">
          A <code className="font-mono text-xs">.zip</code> of the export folder:{' '}
          <code className="font-mono text-xs">manifest.json</code> and the CSV files of the legacy export
          format. Checksums are verified before anything is written; importing the same export again changes
          nothing.
        </p>
        <Field label="Export zip">
          <input
            type="file"
            accept=".zip,application/zip"
            className="text-sm"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setResult(null);
              setError(null);
            }}
          />
        </Field>
        {progress !== null && (
          <div>
            <ProgressBar label="Upload progress" done={Math.round(progress * 100)} total={100} />
            <p className="mt-1 text-xs text-slate-500">
              {progress < 1 ? `${Math.round(progress * 100)}% sent` : 'Importing and checking…'}
            </p>
          </div>
        )}
        <FormFooter error={error} pending={progress !== null} submit="Import" busy="Importing…" />
      </form>
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
