'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { formatAmount } from '@/app/_components/migration/decimal';
import { waveLabels, waveTones } from '@/app/_components/migration/types';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Field, TextInput } from '@/app/_components/ui/field';
import { Cell, Table } from '@/app/_components/ui/table';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import type { Wave } from './waves-console';

const CUT_OVER = `mutation CutOver($input: CutOverWaveInput!) { cutOverWave(input: $input) { wave { id status } userErrors { code field message } } }`;
const ROLL_BACK = `mutation RollBack($input: RollBackWaveInput!) { rollBackWave(input: $input) { wave { id status } clean userErrors { code field message } } }`;

/** Saves a rollback file in the browser, as the legacy system needs it. */
function download(file: { name: string; content: string }) {
  const url = URL.createObjectURL(new Blob([file.content], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  URL.revokeObjectURL(url);
}

/** One wave: where it stands, its accounts and balances, what it went through, and its next step. */
export function WaveCard({
  wave,
  canCutOver,
  canRollBack,
  defaultDate,
  onChanged,
}: {
  wave: Wave;
  canCutOver: boolean;
  canRollBack: boolean;
  defaultDate: string;
  onChanged: () => void;
}) {
  const [date, setDate] = useState(defaultDate);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const { errors, pending, submit } = useFormSubmission();

  async function cutOver() {
    setOutcome(null);
    const payload = await submit(async () => {
      const result = await graphqlRequest<{
        cutOverWave: { wave: { id: string } | null; userErrors: UserErrorData[] };
      }>(CUT_OVER, { input: { waveId: wave.id, cutoverDate: date } });
      return result.cutOverWave;
    });
    if (payload) {
      setOutcome(`${wave.name} is cut over: Switchboard bills its accounts from ${date}.`);
      onChanged();
    }
  }

  async function rollBack() {
    setOutcome(null);
    const payload = await submit(async () => {
      const result = await graphqlRequest<{
        rollBackWave: { wave: { id: string } | null; clean: boolean; userErrors: UserErrorData[] };
      }>(ROLL_BACK, { input: { waveId: wave.id, reason } });
      return result.rollBackWave;
    });
    if (payload) {
      setOutcome(
        payload.clean
          ? `${wave.name} is rolled back cleanly: Switchboard had issued nothing, so nothing is left behind.`
          : `${wave.name} is rolled back. Switchboard had issued documents: download the rollback export below for the legacy system.`,
      );
      setReason('');
      onChanged();
    }
  }

  const error = errors.form ?? errors.cutoverDate ?? errors.reason ?? errors.waveId;
  return (
    <Card
      title={
        <span className="flex items-center gap-2" data-testid={`wave-${wave.name}`}>
          {wave.name} <Badge tone={waveTones[wave.status]}>{waveLabels[wave.status]}</Badge>
        </span>
      }
      actions={
        <span className="text-xs text-slate-500">
          {wave.accountCount} accounts
          {wave.cutoverDate ? ` · cutover date ${wave.cutoverDate}` : ''}
        </span>
      }
    >
      <div className="space-y-5" data-testid="wave">
        {outcome && (
          <p
            role="status"
            className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
          >
            {outcome}
          </p>
        )}
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        {wave.status !== 'CUT_OVER' && canCutOver && (
          <form
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              void cutOver();
            }}
          >
            <Field label="Cutover date" hint="Switchboard bills these accounts from this day.">
              <TextInput
                type="date"
                value={date}
                onChange={(event) => setDate(event.target.value)}
                required
              />
            </Field>
            <Button type="submit" disabled={pending || !date}>
              {wave.status === 'ROLLED_BACK' ? 'Cut over again' : 'Cut over'}
            </Button>
          </form>
        )}
        {wave.status === 'CUT_OVER' && canRollBack && (
          <form
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              void rollBack();
            }}
          >
            <div className="min-w-80 flex-1">
              <Field
                label="Rollback reason"
                hint="Hands every account of the wave back to the legacy system."
              >
                <TextInput value={reason} onChange={(event) => setReason(event.target.value)} required />
              </Field>
            </div>
            <Button type="submit" variant="danger" disabled={pending || reason.trim() === ''}>
              Roll back
            </Button>
          </form>
        )}
        {wave.rollbackExport && wave.rollbackExport.length > 0 && (
          <div>
            <h3 className="mb-1 text-sm font-semibold text-slate-800">
              Rollback export for the legacy system
            </h3>
            <div className="flex flex-wrap gap-2">
              {wave.rollbackExport.map((file) => (
                <Button key={file.name} variant="secondary" onClick={() => download(file)}>
                  Download {file.name}
                </Button>
              ))}
            </div>
          </div>
        )}
        <div className="max-h-80 overflow-y-auto">
          <Table head={['Account', 'Billed by', 'Opening balance', 'Carried invoice']}>
            {wave.accounts.map((entry) => (
              <tr key={entry.account.id}>
                <Cell>
                  <span className="font-medium">{entry.account.externalId}</span>{' '}
                  <span className="text-xs text-slate-500">{entry.account.name}</span>
                </Cell>
                <Cell>
                  <Badge tone={entry.account.systemOfRecord === 'SWITCHBOARD' ? 'info' : 'neutral'}>
                    {entry.account.systemOfRecord === 'SWITCHBOARD' ? 'Switchboard' : 'legacy'}
                  </Badge>
                </Cell>
                <Cell className="tabular-nums">
                  {entry.openingBalance === null
                    ? '—'
                    : formatAmount(entry.openingBalance, entry.account.currency)}
                  {entry.openingBalance?.startsWith('-') && (
                    <span className="block text-xs text-slate-500">in the customer's favour</span>
                  )}
                </Cell>
                <Cell className="text-sm">
                  {entry.openingInvoice ? (
                    <>
                      <Link
                        href={`/invoices/${entry.openingInvoice.id}`}
                        className="text-brand-700 hover:underline"
                      >
                        {entry.openingInvoice.number ?? 'draft'}
                      </Link>{' '}
                      · {formatAmount(entry.openingInvoice.total)}{' '}
                      <span className="text-xs text-slate-500">
                        {entry.openingInvoice.status.toLowerCase()}
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
        </div>
        <div>
          <h3 className="mb-1 text-sm font-semibold text-slate-800">History</h3>
          <ol className="space-y-1 text-sm text-slate-700" data-testid="wave-events">
            {wave.events.map((event, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: events are append-only and have no id
              <li key={index}>
                <span className="font-medium">{event.action.replace('_', ' ')}</span> by {event.actor},{' '}
                {formatDateTime(event.at)} <EventDetail detail={event.detail} />
              </li>
            ))}
          </ol>
        </div>
      </div>
    </Card>
  );
}

/** The event's JSON detail as a short line: the facts a reader looks for, not the raw object. */
function EventDetail({ detail }: { detail: string }) {
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(detail) as Record<string, unknown>;
  } catch {
    return <span className="text-xs text-slate-500">{detail}</span>;
  }
  const parts = Object.entries(parsed)
    .filter(([, value]) => value !== null && typeof value !== 'object')
    .map(([key, value]) => `${key}: ${String(value)}`);
  return parts.length > 0 ? <span className="text-xs text-slate-500">· {parts.join(' · ')}</span> : null;
}
