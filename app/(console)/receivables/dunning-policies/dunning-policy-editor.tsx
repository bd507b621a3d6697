'use client';

import { useState } from 'react';
import { dunningActionLabels, dunningChannelLabels } from '@/app/_components/dunning/dunning-labels';
import { errorMessage, sendGraphQL, type UserErrorData } from '@/app/_components/graphql-client';
import { Card } from '@/app/_components/ui/card';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { RowListEditor, useEditableRows } from '@/app/_components/ui/row-list-editor';
import { graphql } from '@/app/_gql';
import type { DunningAction, DunningChannel } from '@/app/_gql/graphql';
import type { DunningPolicyData } from './dunning-policies-console';

const CREATE = graphql(`
  mutation CreateDunningPolicy($input: CreateDunningPolicyInput!) {
    createDunningPolicy(input: $input) { policy { id } userErrors { code field message } }
  }
`);

const UPDATE = graphql(`
  mutation UpdateDunningPolicy($input: UpdateDunningPolicyInput!) {
    updateDunningPolicy(input: $input) { policy { id } userErrors { code field message } }
  }
`);

const DELETE = graphql(`
  mutation DeleteDunningPolicy($input: DeleteDunningPolicyInput!) {
    deleteDunningPolicy(input: $input) { deletedPolicyId userErrors { code field message } }
  }
`);

interface StepRow {
  id: string | null;
  daysAfterDue: string;
  action: DunningAction;
  name: string;
  templateId: string;
  channels: DunningChannel[];
}

const blankStep: StepRow = {
  id: null,
  daysAfterDue: '',
  action: 'REMINDER',
  name: '',
  templateId: '',
  channels: [],
};
const actions = Object.keys(dunningActionLabels) as DunningAction[];
const channels = Object.keys(dunningChannelLabels) as DunningChannel[];

/** A userError as a sentence that says which step it is about: "Step 2: …". */
function describe(error: UserErrorData): string {
  const [, list, index] = error.field ?? [];
  return list === 'steps' && index !== undefined
    ? `Step ${Number(index) + 1}: ${error.message}`
    : error.message;
}

/** Writes a new policy or edits one: its name, whether it is the default, and its steps. */
export function DunningPolicyEditor({
  policy,
  templates,
  onSaved,
  onCancel,
}: {
  policy?: DunningPolicyData;
  templates: { id: string; name: string }[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(policy?.name ?? '');
  const [isDefault, setIsDefault] = useState(policy?.isDefault ?? false);
  const rows = useEditableRows<StepRow>(
    policy?.steps.map((step) => ({
      id: step.id,
      daysAfterDue: String(step.daysAfterDue),
      action: step.action,
      name: step.name,
      templateId: step.template?.id ?? '',
      channels: step.channels,
    })) ?? [],
    blankStep,
  );
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  async function run(perform: () => Promise<{ userErrors: UserErrorData[] }>) {
    setPending(true);
    try {
      const payload = await perform();
      setProblems(payload.userErrors.map(describe));
      if (payload.userErrors.length === 0) onSaved();
    } catch (caught) {
      setProblems([errorMessage(caught)]);
    } finally {
      setPending(false);
    }
  }

  function save(event: React.FormEvent) {
    event.preventDefault();
    const steps = rows.rows.map((row) => ({
      id: row.id,
      daysAfterDue: Number.parseInt(row.daysAfterDue, 10),
      action: row.action,
      name: row.name || null,
      templateId: row.templateId || null,
      channels: row.channels,
    }));
    return run(async () =>
      policy
        ? (
            await sendGraphQL(UPDATE, {
              input: { policyId: policy.id, name, isDefault: isDefault || null, steps },
            })
          ).updateDunningPolicy
        : (await sendGraphQL(CREATE, { input: { name, isDefault, steps } })).createDunningPolicy,
    );
  }

  return (
    <Card title={policy ? `Edit ${policy.name}` : 'New dunning policy'} label="Dunning policy editor">
      <form onSubmit={save} className="space-y-4">
        <div className="flex flex-wrap items-end gap-4">
          <Field label="Name">
            <TextInput value={name} onChange={(e) => setName(e.target.value)} required />
          </Field>
          <Checkbox
            checked={isDefault}
            disabled={policy?.isDefault}
            onChange={setIsDefault}
            hint="Accounts without a policy of their own follow it."
          >
            Default policy
          </Checkbox>
        </div>
        <RowListEditor
          rows={rows}
          columns="sm:grid-cols-[6rem_10rem_minmax(0,1fr)_12rem_auto_auto]"
          addLabel="Add a step"
          hint="Days after the due date, one step per day. A step without a template sends nothing (a suspension can be silent). Hand-over to collections is the last step."
          renderRow={(row) => (
            <>
              <TextInput
                aria-label="Days after due"
                type="number"
                min={1}
                value={row.daysAfterDue}
                onChange={(e) => rows.update(row.key, { daysAfterDue: e.target.value })}
                placeholder="Days"
                required
              />
              <Select
                aria-label="Action"
                value={row.action}
                onChange={(e) => rows.update(row.key, { action: e.target.value as DunningAction })}
              >
                {actions.map((action) => (
                  <option key={action} value={action}>
                    {dunningActionLabels[action]}
                  </option>
                ))}
              </Select>
              <TextInput
                aria-label="Step name"
                value={row.name}
                placeholder={dunningActionLabels[row.action]}
                onChange={(e) => rows.update(row.key, { name: e.target.value })}
              />
              <Select
                aria-label="Message template"
                value={row.templateId}
                onChange={(e) => rows.update(row.key, { templateId: e.target.value })}
              >
                <option value="">No message</option>
                {templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
              </Select>
              <span className="flex items-center gap-3">
                {channels.map((channel) => (
                  <Checkbox
                    key={channel}
                    checked={row.channels.includes(channel)}
                    onChange={(checked) =>
                      rows.update(row.key, {
                        channels: checked
                          ? [...row.channels, channel]
                          : row.channels.filter((c) => c !== channel),
                      })
                    }
                  >
                    {dunningChannelLabels[channel]}
                  </Checkbox>
                ))}
              </span>
            </>
          )}
        />
        {problems.length > 0 && (
          <ul role="alert" className="list-disc pl-5 text-sm text-red-700">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <FormFooter pending={pending} submit="Save policy" busy="Saving…" onCancel={onCancel}>
          {policy && !policy.isDefault && (
            <button
              type="button"
              className="text-sm text-red-700 hover:underline"
              disabled={pending}
              onClick={() =>
                run(
                  async () =>
                    (await sendGraphQL(DELETE, { input: { policyId: policy.id } })).deleteDunningPolicy,
                )
              }
            >
              Delete policy
            </button>
          )}
        </FormFooter>
      </form>
    </Card>
  );
}
