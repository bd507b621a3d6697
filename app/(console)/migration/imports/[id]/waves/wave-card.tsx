'use client';

import Link from 'next/link';
import { useState } from 'react';
import { FormValues } from '@/app/_components/form-values';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { waveLabels, waveTones } from '@/app/_components/migration/labels';
import { Money } from '@/app/_components/money';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { Cell, Table } from '@/app/_components/ui/table';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { MigrationWaveCardFragment } from '@/app/_gql/graphql';

graphql(`
  fragment MigrationWaveCard on CutoverWave {
    id name position status cutoverDate accountCount cutOverAt rolledBackAt createdAt
    accounts {
      account { id externalId name currency systemOfRecord }
      openingBalance
      openingInvoice { id number total currency status }
    }
    events { action detail actor at }
    rollbackExport { name content }
  }
`);

const MIGRATION_CUT_OVER_WAVE = graphql(`
  mutation MigrationCutOverWave($input: CutOverWaveInput!) {
    cutOverWave(input: $input) { wave { id status } userErrors { code field message } }
  }
`);
const MIGRATION_ROLL_BACK_WAVE = graphql(`
  mutation MigrationRollBackWave($input: RollBackWaveInput!) {
    rollBackWave(input: $input) { wave { id status } clean userErrors { code field message } }
  }
`);

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
  wave: MigrationWaveCardFragment;
  canCutOver: boolean;
  canRollBack: boolean;
  defaultDate: string;
  onChanged: () => void;
}) {
  const [outcome, setOutcome] = useState<string | null>(null);
  const settled = (message: string) => {
    setOutcome(message);
    onChanged();
  };

  return (
    <Card
      title={
        <span className="flex items-center gap-2" data-testid={`wave-${wave.name}`}>
          {wave.name} <Badge tone={waveTones[wave.status]}>{waveLabels[wave.status]}</Badge>
        </span>
      }
      actions={
        <span className="text-xs text-slate-500">
          {wave.accountCount.toLocaleString('en-US')} accounts
          {wave.cutoverDate ? ` · cutover date ${formatDay(wave.cutoverDate)}` : ''}
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
        {wave.status !== 'CUT_OVER' && canCutOver && (
          <CutOverForm
            wave={wave}
            defaultDate={defaultDate}
            onStart={() => setOutcome(null)}
            onDone={settled}
          />
        )}
        {wave.status === 'CUT_OVER' && canRollBack && (
          <RollBackForm wave={wave} onStart={() => setOutcome(null)} onDone={settled} />
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
                  {entry.openingBalance === null ? (
                    '—'
                  ) : (
                    <Money amount={entry.openingBalance} currency={entry.account.currency} />
                  )}
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
                      · <Money amount={entry.openingInvoice.total} currency={entry.openingInvoice.currency} />{' '}
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

/** Hands the wave's accounts to Switchboard from a date (again, after a rollback). */
function CutOverForm({
  wave,
  defaultDate,
  onStart,
  onDone,
}: {
  wave: MigrationWaveCardFragment;
  defaultDate: string;
  onStart: () => void;
  onDone: (outcome: string) => void;
}) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: MIGRATION_CUT_OVER_WAVE,
    toVariables: (values) => ({ input: { waveId: wave.id, cutoverDate: values.text('cutoverDate') } }),
    payload: (data) => data.cutOverWave,
    onDone: (_payload, form) =>
      onDone(
        `${wave.name} is cut over: Switchboard bills its accounts from ${formatDay(FormValues.of(form).text('cutoverDate'))}.`,
      ),
  });
  return (
    <form
      aria-label={`Cut over ${wave.name}`}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        onStart();
        void onSubmit(event);
      }}
    >
      <Field
        label="Cutover date"
        error={errors.cutoverDate}
        hint="Switchboard bills these accounts from this day."
      >
        <TextInput name="cutoverDate" type="date" defaultValue={defaultDate} required />
      </Field>
      <div className="space-y-2">
        <FormFooter
          error={errors.form ?? errors.waveId}
          pending={pending}
          submit={wave.status === 'ROLLED_BACK' ? 'Cut over again' : 'Cut over'}
          busy="Cutting over…"
        />
      </div>
    </form>
  );
}

/** Hands the wave's accounts back to the legacy system, with the reason on the record. */
function RollBackForm({
  wave,
  onStart,
  onDone,
}: {
  wave: MigrationWaveCardFragment;
  onStart: () => void;
  onDone: (outcome: string) => void;
}) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: MIGRATION_ROLL_BACK_WAVE,
    toVariables: (values) => ({ input: { waveId: wave.id, reason: values.text('reason') } }),
    payload: (data) => data.rollBackWave,
    onDone: (payload, form) => {
      form.reset();
      onDone(
        payload.clean
          ? `${wave.name} is rolled back cleanly: Switchboard had issued nothing, so nothing is left behind.`
          : `${wave.name} is rolled back. Switchboard had issued documents: download the rollback export below for the legacy system.`,
      );
    },
  });
  return (
    <form
      aria-label={`Roll back ${wave.name}`}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        onStart();
        void onSubmit(event);
      }}
    >
      <div className="min-w-80 flex-1">
        <Field
          label="Rollback reason"
          error={errors.reason}
          hint="Hands every account of the wave back to the legacy system."
        >
          <TextInput name="reason" required />
        </Field>
      </div>
      <div className="space-y-2">
        <FormFooter
          error={errors.form ?? errors.waveId}
          pending={pending}
          submit="Roll back"
          busy="Rolling back…"
          variant="danger"
        />
      </div>
    </form>
  );
}

/** The event's JSON detail as a short line: the facts a reader looks for, not the raw object. */
function EventDetail({ detail }: { detail: string }) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return <span className="text-xs text-slate-500">{detail}</span>;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const parts = Object.entries(parsed)
    .filter(([, value]) => value !== null && typeof value !== 'object')
    .map(([key, value]) => `${key}: ${String(value)}`);
  return parts.length > 0 ? <span className="text-xs text-slate-500">· {parts.join(' · ')}</span> : null;
}
