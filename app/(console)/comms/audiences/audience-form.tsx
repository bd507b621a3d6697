'use client';

import { type FormEvent, useState } from 'react';
import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { Button } from '@/app/_components/ui/button';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

const CREATE = `mutation($input: CreateAudienceInput!) { createAudience(input: $input) {
  audience { id } userErrors { code field message } } }`;
const OPTIONS = `{ migrationImports(first: 20) { id sourceName createdAt }
  products(first: 100) { edges { node { id name } } } }`;
const WAVES = `query($importId: ID!) { cutoverWaves(importId: $importId) { id name accountCount status } }`;

type Options = {
  migrationImports: { id: string; sourceName: string; createdAt: string }[];
  products: { edges: { node: { id: string; name: string } }[] };
};
type Wave = { id: string; name: string; accountCount: number; status: string };
type Payload = { audience: { id: string } | null; userErrors: UserErrorData[] };

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** Creates an audience from a cutover wave or a filter over accounts. */
export function AudienceForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [source, setSource] = useState<'filter' | 'wave'>('filter');
  const [importId, setImportId] = useState('');
  const { data: options } = useGraphQLQuery<Options>(OPTIONS);
  const { data: waves } = useGraphQLQuery<{ cutoverWaves: Wave[] }>(
    importId ? WAVES : '{ __typename }',
    importId ? { importId } : undefined,
  );
  const { errors, pending, submit } = useFormSubmission();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input =
      source === 'wave'
        ? { name: text(form, 'name'), waveId: text(form, 'waveId') || null }
        : {
            name: text(form, 'name'),
            filter: {
              region: text(form, 'region') || null,
              productId: text(form, 'productId') || null,
              status: text(form, 'status') || null,
              minBalance: text(form, 'minBalance') || null,
            },
          };
    const payload = await submit(async () => {
      const result = await graphqlRequest<{ createAudience: Payload }>(CREATE, { input });
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
      <fieldset>
        <legend className="mb-1 block text-xs font-medium text-slate-700">Who</legend>
        <div className="flex gap-4 text-sm text-slate-700">
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name="source"
              checked={source === 'filter'}
              onChange={() => setSource('filter')}
            />
            Accounts matching a filter
          </label>
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name="source"
              checked={source === 'wave'}
              onChange={() => setSource('wave')}
            />
            A cutover wave
          </label>
        </div>
      </fieldset>
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
              <Field label="Wave" error={errors.waveId}>
                <Select name="waveId" disabled={!importId} required>
                  <option value="">
                    {importId && waves?.cutoverWaves?.length === 0
                      ? 'This import has no wave'
                      : 'Choose a wave…'}
                  </option>
                  {(importId ? (waves?.cutoverWaves ?? []) : []).map((wave) => (
                    <option key={wave.id} value={wave.id}>
                      {wave.name} · {wave.accountCount} accounts ·{' '}
                      {wave.status.toLowerCase().replaceAll('_', ' ')}
                    </option>
                  ))}
                </Select>
              </Field>
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
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create audience'}
      </Button>
    </form>
  );
}
