'use client';

import { useState } from 'react';
import { FormValues } from '@/app/_components/form-values';
import { formatDay } from '@/app/_components/format';
import {
  type CheckDraft,
  checkDraftOf,
  checkInputOf,
  EvidenceCheckFields,
} from '@/app/_components/program/evidence-check-fields';
import {
  healthLabels,
  healths,
  milestoneStatuses,
  milestoneStatusLabels,
  phaseLabels,
  phases,
} from '@/app/_components/program/labels';
import { PersonSelect } from '@/app/_components/program/person-select';
import type { ProgramFormProps } from '@/app/_components/program/program-form-props';
import { usePeople } from '@/app/_components/program/use-people';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { ChoiceOptions, ChoiceSelect, isOneOf } from '@/app/_components/ui/choice-select';
import { Field, Select, TextArea, TextInput } from '@/app/_components/ui/field';
import { Fieldset } from '@/app/_components/ui/fieldset';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { Health, RoadmapMilestoneFragment } from '@/app/_gql/graphql';

const SAVE = graphql(`
  mutation RoadmapSaveMilestone($input: MilestoneInput!) {
    saveMilestone(input: $input) {
      milestone { id }
      userErrors { code field message }
    }
  }
`);

/**
 * Creates a milestone (`milestone` null) or edits one: phase, owner, due date, status,
 * dependencies, a health override with its reason, and the evidence check.
 */
export function MilestoneEditor({
  programId,
  milestone,
  milestones,
  onDone,
  onCancel,
}: ProgramFormProps & {
  milestone: RoadmapMilestoneFragment | null;
  milestones: RoadmapMilestoneFragment[];
}) {
  const people = usePeople();
  const [override, setOverride] = useState<Health | ''>(milestone?.healthOverride ?? '');
  const [check, setCheck] = useState<CheckDraft>(checkDraftOf(milestone?.check ?? null));
  const [missingReason, setMissingReason] = useState(false);
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: SAVE,
    toVariables: (values) => {
      const phase = values.text('phase');
      const status = values.text('status');
      return {
        input: {
          id: milestone?.id ?? null,
          programId,
          title: values.text('title'),
          description: values.text('description'),
          // The selects offer only these values; their defaults stand in for a tampered one.
          phase: isOneOf(phases, phase) ? phase : (milestone?.phase ?? 'DISCOVERY'),
          ownerId: values.optionalText('ownerId'),
          dueOn: values.text('dueOn'),
          status: isOneOf(milestoneStatuses, status) ? status : (milestone?.status ?? 'NOT_STARTED'),
          dependsOnIds: values.all('dependsOn'),
          healthOverride: override || null,
          healthOverrideReason: override ? values.text('healthOverrideReason') : null,
          ...checkInputOf(check, milestone?.check != null),
        },
      };
    },
    payload: (data) => data.saveMilestone,
    onDone,
  });
  const owners =
    milestone?.owner && !people.some((person) => person.id === milestone.owner?.id)
      ? [milestone.owner, ...people]
      : people;
  const others = milestones.filter((other) => other.id !== milestone?.id);

  return (
    <FormPanel
      aria-label={milestone ? 'Edit milestone' : 'New milestone'}
      onSubmit={(event) => {
        // An override without its reason is refused before anything is sent.
        const missing =
          override !== '' && FormValues.of(event.currentTarget).text('healthOverrideReason') === '';
        setMissingReason(missing);
        if (missing) event.preventDefault();
        else void onSubmit(event);
      }}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="Title" error={errors.title}>
          <TextInput name="title" defaultValue={milestone?.title ?? ''} required />
        </Field>
        <Field label="Phase" error={errors.phase}>
          <Select name="phase" defaultValue={milestone?.phase ?? 'DISCOVERY'}>
            <ChoiceOptions choices={phases} labels={phaseLabels} />
          </Select>
        </Field>
      </div>
      <Field label="Description" error={errors.description}>
        <TextArea name="description" rows={2} defaultValue={milestone?.description ?? ''} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Owner" error={errors.ownerId}>
          <PersonSelect
            people={owners}
            noneLabel="Nobody"
            name="ownerId"
            defaultValue={milestone?.owner?.id ?? ''}
          />
        </Field>
        <Field label="Due on" error={errors.dueOn}>
          <TextInput name="dueOn" type="date" defaultValue={milestone?.dueOn ?? ''} required />
        </Field>
        <Field label="Status" error={errors.status}>
          <Select name="status" defaultValue={milestone?.status ?? 'NOT_STARTED'}>
            <ChoiceOptions choices={milestoneStatuses} labels={milestoneStatusLabels} />
          </Select>
        </Field>
      </div>
      <Fieldset legend="Depends on" error={errors.dependsOnIds}>
        {others.length === 0 ? (
          <p className="text-sm text-slate-500">No other milestone.</p>
        ) : (
          <div className="grid max-h-44 gap-x-4 gap-y-1 overflow-y-auto rounded-md bg-white p-2 ring-1 ring-slate-200 sm:grid-cols-2">
            {others.map((other) => (
              <Checkbox
                key={other.id}
                name="dependsOn"
                value={other.id}
                defaultChecked={milestone?.dependsOn.some((entry) => entry.id === other.id) ?? false}
              >
                {other.title} <span className="text-xs text-slate-500">· {formatDay(other.dueOn)}</span>
              </Checkbox>
            ))}
          </div>
        )}
      </Fieldset>
      <div className="grid gap-3 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <Field
          label="Health"
          error={errors.healthOverride}
          hint={milestone ? `Suggested: ${healthLabels[milestone.suggestedHealth].toLowerCase()}` : undefined}
        >
          <ChoiceSelect
            value={override}
            choices={healths}
            labels={healthLabels}
            emptyLabel="As suggested by evidence"
            onChange={setOverride}
          />
        </Field>
        {override !== '' && (
          <Field
            label="Why override the suggestion"
            error={
              missingReason ? 'Say why the health differs from the evidence.' : errors.healthOverrideReason
            }
          >
            <TextInput name="healthOverrideReason" defaultValue={milestone?.healthOverrideReason ?? ''} />
          </Field>
        )}
      </div>
      <EvidenceCheckFields draft={check} onChange={setCheck} errors={errors} />
      <FormFooter
        error={errors.form}
        pending={pending}
        submit={milestone ? 'Save milestone' : 'Create milestone'}
        busy="Saving…"
        onCancel={onCancel}
      />
    </FormPanel>
  );
}
