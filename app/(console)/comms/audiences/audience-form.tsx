'use client';

import { type FormEvent, useState } from 'react';
import { FormValues } from '@/app/_components/form-values';
import { enumLabel } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { Choice, Fieldset } from '@/app/_components/ui/fieldset';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { AccountStatus } from '@/app/_gql/graphql';

const CREATE_AUDIENCE = graphql(`
  mutation AudienceFormCreate($input: CreateAudienceInput!) {
    createAudience(input: $input) { audience { id } userErrors { code field message } }
  }
`);
const AUDIENCE_FORM_OPTIONS = graphql(`
  query AudienceFormOptions {
    migrationImports(first: 20) { id sourceName createdAt }
    products(first: 100) { edges { node { id name } } }
  }
`);
const AUDIENCE_FORM_WAVES = graphql(`
  query AudienceFormWaves($importId: ID!) {
    cutoverWaves(importId: $importId) { id name accountCount status }
  }
`);

/** The status filter's choice: an open account status, or none for any open account. */
function openStatus(value: string): AccountStatus | null {
  return value === 'ACTIVE' || value === 'SUSPENDED' ? value : null;
}

/** Creates an audience from a cutover wave or a filter over accounts. */
export function AudienceForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [source, setSource] = useState<'filter' | 'wave'>('filter');
  const [importId, setImportId] = useState('');
  const { data: options } = useGraphQLQuery(AUDIENCE_FORM_OPTIONS);
  const { errors, pending, submit } = useFormSubmission();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const values = FormValues.of(formElement);
    const input =
      source === 'wave'
        ? { name: values.text('name'), waveId: values.optionalText('waveId') }
        : {
            name: values.text('name'),
            filter: {
              region: values.optionalText('region'),
              productId: values.optionalText('productId'),
              status: openStatus(values.text('status')),
              minBalance: values.optionalText('minBalance'),
            },
          };
    const payload = await submit(async () => {
      const result = await graphqlRequest(CREATE_AUDIENCE, { input });
      return result.createAudience;
    });
    if (payload?.audience) {
      formElement.reset();
      onCreated(payload.audience.id);
    }
  }

  const imports = options?.migrationImports ?? [];
  return (
    <form onSubmit={onSubmit} aria-label="New audience" className="space-y-4">
      <Field label="Name" error={errors.name}>
        <TextInput name="name" required placeholder="Texas accounts" />
      </Field>
      <Fieldset legend="Who">
        <div className="flex gap-4 text-sm text-slate-700">
          <Choice
            type="radio"
            name="source"
            checked={source === 'filter'}
            onChange={() => setSource('filter')}
          >
            Accounts matching a filter
          </Choice>
          <Choice type="radio" name="source" checked={source === 'wave'} onChange={() => setSource('wave')}>
            A cutover wave
          </Choice>
        </div>
      </Fieldset>
      {source === 'wave' ? (
        <div className="space-y-4">
          {imports.length === 0 ? (
            <p className="text-sm text-slate-600">
              No migration import yet, so no wave: waves are planned on an import’s Cutover waves tab.
            </p>
          ) : (
            <>
              <Field label="Import">
                <Select value={importId} onChange={(event) => setImportId(event.target.value)}>
                  <option value="">Choose an import…</option>
                  {imports.map((item) => (
                    <option key={item.id} value={item.id}>
                      {item.sourceName}
                    </option>
                  ))}
                </Select>
              </Field>
              {importId ? (
                <WaveSelect importId={importId} error={errors.waveId} />
              ) : (
                <Field label="Wave" error={errors.waveId}>
                  <Select name="waveId" disabled required>
                    <option value="">Choose a wave…</option>
                  </Select>
                </Field>
              )}
            </>
          )}
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Tax region" error={errors.region} hint="e.g. US-TX">
            <TextInput name="region" />
          </Field>
          <Field label="Account status" error={errors.status}>
            <Select name="status" defaultValue="">
              <option value="">Any open</option>
              <option value="ACTIVE">Active</option>
              <option value="SUSPENDED">Suspended</option>
            </Select>
          </Field>
          <Field label="Subscribed to" error={errors.productId}>
            <Select name="productId" defaultValue="">
              <option value="">Any product</option>
              {(options?.products.edges ?? []).map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Open balance at least" error={errors.minBalance}>
            <TextInput name="minBalance" inputMode="decimal" placeholder="100.00" />
          </Field>
          <p className="text-xs text-slate-500 sm:col-span-2">
            Every filter given applies; none given means every open account.
          </p>
        </div>
      )}
      <FormFooter error={errors.form} pending={pending} submit="Create audience" busy="Creating…" />
    </form>
  );
}

/** The waves of one migration import, to choose the audience's wave from. */
function WaveSelect({ importId, error }: { importId: string; error: string | undefined }) {
  const { data } = useGraphQLQuery(AUDIENCE_FORM_WAVES, { importId });
  const waves = data?.cutoverWaves ?? [];
  return (
    <Field label="Wave" error={error}>
      <Select name="waveId" required>
        <option value="">{data && waves.length === 0 ? 'This import has no wave' : 'Choose a wave…'}</option>
        {waves.map((wave) => (
          <option key={wave.id} value={wave.id}>
            {wave.name} · {wave.accountCount.toLocaleString('en-US')} accounts ·{' '}
            {enumLabel(wave.status).toLowerCase()}
          </option>
        ))}
      </Select>
    </Field>
  );
}
