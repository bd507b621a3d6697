'use client';

import { useState } from 'react';
import { formatDay } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
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
import { usePeople } from '@/app/_components/program/use-people';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { Field, Select, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { Health, MilestoneStatus, ProgramPhase, RoadmapMilestoneFragment } from '@/app/_gql/graphql';

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
  onSaved,
  onCancel,
}: {
  programId: string;
  milestone: RoadmapMilestoneFragment | null;
  milestones: RoadmapMilestoneFragment[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const people = usePeople();
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [description, setDescription] = useState(milestone?.description ?? '');
  const [phase, setPhase] = useState<ProgramPhase>(milestone?.phase ?? 'DISCOVERY');
  const [ownerId, setOwnerId] = useState(milestone?.owner?.id ?? '');
  const [dueOn, setDueOn] = useState(milestone?.dueOn ?? '');
  const [status, setStatus] = useState<MilestoneStatus>(milestone?.status ?? 'NOT_STARTED');
  const [dependsOn, setDependsOn] = useState<string[]>(milestone?.dependsOn.map((entry) => entry.id) ?? []);
  const [override, setOverride] = useState<Health | ''>(milestone?.healthOverride ?? '');
  const [overrideReason, setOverrideReason] = useState(milestone?.healthOverrideReason ?? '');
  const [check, setCheck] = useState<CheckDraft>(checkDraftOf(milestone?.check ?? null));
  const [missingReason, setMissingReason] = useState(false);
  const { errors, pending, submit } = useFormSubmission();
  const owners =
    milestone?.owner && !people.some((person) => person.id === milestone.owner?.id)
      ? [milestone.owner, ...people]
      : people;
  const others = milestones.filter((other) => other.id !== milestone?.id);

  return (
    <form
      aria-label={milestone ? 'Edit milestone' : 'New milestone'}
      className="space-y-4 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200"
      onSubmit={async (event) => {
        event.preventDefault();
        if (override !== '' && overrideReason.trim() === '') {
          setMissingReason(true);
          return;
        }
        setMissingReason(false);
        const payload = await submit(async () => {
          const result = await graphqlRequest(SAVE, {
            input: {
              id: milestone?.id ?? null,
              programId,
              title: title.trim(),
              description: description.trim(),
              phase,
              ownerId: ownerId || null,
              dueOn,
              status,
              dependsOnIds: dependsOn,
              healthOverride: override || null,
              healthOverrideReason: override ? overrideReason.trim() : null,
              ...checkInputOf(check, milestone?.check != null),
            },
          });
          return result.saveMilestone;
        });
        if (payload) onSaved();
      }}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="Title" error={errors.title}>
          <TextInput value={title} onChange={(event) => setTitle(event.target.value)} required />
        </Field>
        <Field label="Phase" error={errors.phase}>
          <ChoiceSelect value={phase} choices={phases} labels={phaseLabels} onChange={setPhase} />
        </Field>
      </div>
      <Field label="Description" error={errors.description}>
        <TextArea rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Owner" error={errors.ownerId}>
          <Select value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
            <option value="">Nobody</option>
            {owners.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Due on" error={errors.dueOn}>
          <TextInput type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} required />
        </Field>
        <Field label="Status" error={errors.status}>
          <ChoiceSelect
            value={status}
            choices={milestoneStatuses}
            labels={milestoneStatusLabels}
            onChange={setStatus}
          />
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-xs font-medium text-slate-700">Depends on</legend>
        {others.length === 0 ? (
          <p className="text-sm text-slate-500">No other milestone.</p>
        ) : (
          <div className="grid max-h-44 gap-x-4 gap-y-1 overflow-y-auto rounded-md bg-white p-2 ring-1 ring-slate-200 sm:grid-cols-2">
            {others.map((other) => (
              <label key={other.id} className="flex items-start gap-1.5 text-sm text-slate-700">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={dependsOn.includes(other.id)}
                  onChange={() =>
                    setDependsOn(
                      dependsOn.includes(other.id)
                        ? dependsOn.filter((id) => id !== other.id)
                        : [...dependsOn, other.id],
                    )
                  }
                />
                <span>
                  {other.title} <span className="text-xs text-slate-500">· {formatDay(other.dueOn)}</span>
                </span>
              </label>
            ))}
          </div>
        )}
        {errors.dependsOnIds && (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {errors.dependsOnIds}
          </p>
        )}
      </fieldset>
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
            <TextInput value={overrideReason} onChange={(event) => setOverrideReason(event.target.value)} />
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
    </form>
  );
}
