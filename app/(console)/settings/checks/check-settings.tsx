'use client';

import { useState } from 'react';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { PageHeader } from '@/app/_components/ui/page-header';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { CheckSettingsQuery, CheckSeverity } from '@/app/_gql/graphql';

const CHECK_SETTINGS = graphql(`
  query CheckSettings {
    draftCheckSettings {
      code title description enabled severity updatedBy updatedAt
      thresholds { name description value defaultValue }
    }
  }
`);

const CHECK_SETTINGS_UPDATE = graphql(`
  mutation CheckSettingsUpdate($input: UpdateDraftCheckSettingInput!) {
    updateDraftCheckSetting(input: $input) { setting { code } userErrors { code field message } }
  }
`);

type Setting = CheckSettingsQuery['draftCheckSettings'][number];

const severityLabels: Record<CheckSeverity, string> = {
  HOLD: 'Hold for review',
  WARNING: 'Warn only',
};

/** One check's form: on or off, what its findings do, its thresholds. */
function CheckSettingForm({ setting, onSaved }: { setting: Setting; onSaved: () => void }) {
  const [saved, setSaved] = useState(false);
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: CHECK_SETTINGS_UPDATE,
    toVariables: (values) => ({
      input: {
        code: setting.code,
        enabled: values.checked('enabled'),
        severity: values.text('severity') as CheckSeverity,
        thresholds: setting.thresholds.map((t) => ({
          name: t.name,
          value: values.text(`threshold-${t.name}`),
        })),
      },
    }),
    payload: (data) => data.updateDraftCheckSetting,
    onDone: () => {
      setSaved(true);
      onSaved();
    },
  });
  return (
    <Card
      title={setting.title}
      label={`Check ${setting.code}`}
      actions={<Badge tone={setting.enabled ? 'good' : 'neutral'}>{setting.enabled ? 'On' : 'Off'}</Badge>}
    >
      <p className="mb-3 text-sm text-slate-600">
        {setting.description} <span className="text-xs text-slate-400">({setting.code})</span>
      </p>
      <form
        onSubmit={onSubmit}
        onChange={() => setSaved(false)}
        className="space-y-3"
        aria-label={`Settings of ${setting.code}`}
      >
        <div className="grid items-end gap-4 sm:grid-cols-4">
          <Checkbox name="enabled" defaultChecked={setting.enabled}>
            Enabled
          </Checkbox>
          <Field label="Findings" error={errors.severity}>
            <Select name="severity" defaultValue={setting.severity}>
              {(Object.keys(severityLabels) as CheckSeverity[]).map((value) => (
                <option key={value} value={value}>
                  {severityLabels[value]}
                </option>
              ))}
            </Select>
          </Field>
          {setting.thresholds.map((threshold) => (
            <Field
              key={threshold.name}
              label={threshold.description}
              hint={`Default ${threshold.defaultValue}`}
            >
              <TextInput
                name={`threshold-${threshold.name}`}
                inputMode="decimal"
                defaultValue={threshold.value}
              />
            </Field>
          ))}
        </div>
        {setting.updatedBy && <p className="text-xs text-slate-400">Last changed by {setting.updatedBy}.</p>}
        {saved && <p className="text-sm text-emerald-700">Saved; drafts checked from now on use it.</p>}
        {/* A threshold's error names the threshold ("amount cannot be negative."). */}
        <FormFooter
          error={errors.form ?? errors.value ?? errors.name}
          pending={pending}
          submit="Save"
          busy="Saving…"
        />
      </form>
    </Card>
  );
}

/** The automatic checks every draft of a bill run goes through, and how each is set up. */
export function CheckSettings() {
  const { data, error, reload } = useGraphQLQuery(CHECK_SETTINGS);
  return (
    <>
      <PageHeader
        title="Draft checks"
        description="Every draft of a bill run goes through these checks. A holding finding keeps the draft for review; clean drafts are finalized and sent automatically."
      />
      {!data ? (
        <QueryStatus error={error} loading="Loading the checks…" />
      ) : (
        <div className="space-y-4">
          {data.draftCheckSettings.map((setting) => (
            <CheckSettingForm key={setting.code} setting={setting} onSaved={() => void reload()} />
          ))}
        </div>
      )}
    </>
  );
}
