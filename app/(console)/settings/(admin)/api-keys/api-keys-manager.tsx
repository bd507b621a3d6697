'use client';

import { type FormEvent, useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { Choice, Fieldset } from '@/app/_components/ui/fieldset';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { Cell, Table } from '@/app/_components/ui/table';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { ApiKeyScope, ApiKeysManagerQuery, ApiModule } from '@/app/_gql/graphql';

const MODULES: readonly ApiModule[] = [
  'CATALOG',
  'ACCOUNTS',
  'USAGE',
  'INVOICING',
  'PAYMENTS',
  'MIGRATION',
  'PROGRAM',
  'COMMS',
];
const moduleOf = (value: string): ApiModule | undefined => MODULES.find((module) => module === value);

/** The scope select's choice; read-only unless read & write was chosen. */
const scopeOf = (value: string): ApiKeyScope => (value === 'READ_WRITE' ? 'READ_WRITE' : 'READ');

type ApiKeyRow = ApiKeysManagerQuery['apiKeys']['edges'][number]['node'];

const API_KEYS_MANAGER = graphql(`
  query ApiKeysManager($includeRevoked: Boolean) {
    apiKeys(first: 100, includeRevoked: $includeRevoked) {
      edges { node { id name prefix scope modules createdAt lastUsedAt revokedAt createdBy { email } } }
    }
  }
`);
const REVOKE_API_KEY = graphql(`
  mutation ApiKeysManagerRevoke($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) { apiKey { id } }
  }
`);
const CREATE_API_KEY = graphql(`
  mutation ApiKeysManagerCreate($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { apiKey { name } secret userErrors { code field message } }
  }
`);

export function ApiKeysManager() {
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const { data, error, loading, reload } = useGraphQLQuery(API_KEYS_MANAGER, { includeRevoked });
  const keys = data?.apiKeys.edges.map((edge) => edge.node) ?? [];

  async function revoke(key: ApiKeyRow) {
    if (!window.confirm(`Revoke "${key.name}"? Apps using it stop working at once.`)) return;
    await graphqlRequest(REVOKE_API_KEY, { input: { id: key.id } });
    await reload();
  }

  return (
    <div className="space-y-6">
      <CreateApiKeyForm onCreated={reload} />
      <Card
        title="Keys"
        actions={
          <Checkbox checked={includeRevoked} onChange={setIncludeRevoked}>
            Show revoked
          </Checkbox>
        }
      >
        <ErrorText>{error}</ErrorText>
        {!error && !loading && keys.length === 0 && (
          <p className="text-sm text-slate-500">
            No keys yet. Create one above for each app that needs the API.
          </p>
        )}
        {keys.length > 0 && (
          <Table head={['Name', 'Key', 'Scope', 'Modules', 'Created', 'Last used', 'Status', '']}>
            {keys.map((key) => (
              <tr key={key.id} data-testid={`api-key-row-${key.name}`}>
                <Cell className="font-medium text-slate-900">{key.name}</Cell>
                <Cell className="font-mono text-xs">{key.prefix}…</Cell>
                <Cell>{key.scope === 'READ' ? 'read' : 'read & write'}</Cell>
                <Cell>{key.modules.length ? key.modules.map((m) => m.toLowerCase()).join(', ') : 'all'}</Cell>
                <Cell>
                  {formatDateTime(key.createdAt)}
                  {key.createdBy && (
                    <span className="block text-xs text-slate-400">{key.createdBy.email}</span>
                  )}
                </Cell>
                <Cell>{formatDateTime(key.lastUsedAt)}</Cell>
                <Cell>
                  {key.revokedAt ? <Badge tone="bad">revoked</Badge> : <Badge tone="good">active</Badge>}
                </Cell>
                <Cell className="text-right">
                  {!key.revokedAt && (
                    <Button variant="danger" onClick={() => revoke(key)}>
                      Revoke
                    </Button>
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}

function CreateApiKeyForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const { errors, pending, submit } = useFormSubmission();
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSecret(null);
    setCopied(false);
    const created = await submit(async () => {
      const { createApiKey } = await graphqlRequest(CREATE_API_KEY, {
        input: {
          name: String(form.get('name') ?? ''),
          scope: scopeOf(String(form.get('scope'))),
          modules: form.getAll('modules').flatMap((value) => moduleOf(String(value)) ?? []),
        },
      });
      return createApiKey;
    });
    if (created?.apiKey && created.secret) {
      setSecret({ name: created.apiKey.name, value: created.secret });
      formElement.reset();
      await onCreated();
    }
  }

  return (
    <Card title="Create a key">
      <form onSubmit={create} className="space-y-4" aria-label="Create an API key">
        <div className="grid gap-4 md:grid-cols-3">
          <Field label="Name" error={errors.name} hint="The app or integration that will use it">
            <TextInput name="name" required placeholder="e.g. PSA sync" />
          </Field>
          <Field label="Scope">
            <Select name="scope" defaultValue="READ">
              <option value="READ">read: queries only</option>
              <option value="READ_WRITE">read & write: queries and mutations</option>
            </Select>
          </Field>
        </div>
        <Fieldset legend="Limit to modules (none ticked: all modules)" error={errors.modules}>
          <div className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-slate-700">
            {MODULES.map((module) => (
              <Choice key={module} type="checkbox" name="modules" value={module}>
                {module.toLowerCase()}
              </Choice>
            ))}
          </div>
        </Fieldset>
        <FormFooter error={errors.form} pending={pending} submit="Create key" busy="Creating…" />
      </form>
      {secret && (
        <div className="mt-5 rounded-md border border-amber-300 bg-amber-50 p-4" data-testid="new-api-key">
          <p className="text-sm font-medium text-amber-900">
            Copy the key for “{secret.name}” now. It will not be shown again.
          </p>
          <div className="mt-2 flex items-center gap-2">
            <code
              className="flex-1 overflow-x-auto rounded bg-white px-2 py-1.5 font-mono text-xs ring-1 ring-amber-200"
              data-testid="new-api-key-secret"
            >
              {secret.value}
            </code>
            <Button
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(secret.value);
                setCopied(true);
              }}
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}
