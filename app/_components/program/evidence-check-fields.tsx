'use client';

import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { Field, TextInput } from '@/app/_components/ui/field';
import { graphql } from '@/app/_gql';
import type {
  ChecklistArea,
  EvidenceCheckInput,
  EvidenceCheckKind,
  ProgramEvidenceCheckFragment,
} from '@/app/_gql/graphql';
import { areaLabels, areas, checkKindLabels, checkKinds } from './labels';

/** A milestone's or checklist item's evidence check, as the console shows and edits it. */
export const PROGRAM_EVIDENCE_CHECK = graphql(`
  fragment ProgramEvidenceCheck on EvidenceCheck { kind threshold min max tolerance area description }
`);

/** An evidence check being edited: empty strings for thresholds left to their defaults. */
export interface CheckDraft {
  kind: EvidenceCheckKind | '';
  threshold: string;
  min: string;
  max: string;
  tolerance: string;
  area: ChecklistArea | '';
}

export function checkDraftOf(check: ProgramEvidenceCheckFragment | null): CheckDraft {
  return {
    kind: check?.kind ?? '',
    threshold: check?.threshold ?? '',
    min: check?.min ?? '',
    max: check?.max ?? '',
    tolerance: check?.tolerance ?? '',
    area: check?.area ?? '',
  };
}

/**
 * The `check`/`clearCheck` part of a save: the check with only the thresholds its kind reads,
 * or a request to remove it when there was one and none is picked now.
 */
export function checkInputOf(
  draft: CheckDraft,
  hadCheck: boolean,
): { check?: EvidenceCheckInput; clearCheck?: boolean } {
  if (draft.kind === '') return hadCheck ? { clearCheck: true } : {};
  const value = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    check: {
      kind: draft.kind,
      threshold: draft.kind === 'PARALLEL_RUN_ACCURACY' ? value(draft.threshold) : null,
      min: draft.kind === 'ARPU_PRESERVATION' ? value(draft.min) : null,
      max: draft.kind === 'ARPU_PRESERVATION' ? value(draft.max) : null,
      tolerance: draft.kind === 'INVOICE_TOTALS_MATCH' ? value(draft.tolerance) : null,
      area: draft.kind === 'CHECKLIST_AREA_DONE' && draft.area !== '' ? draft.area : null,
    },
  };
}

/** Kind and the thresholds that kind reads; blank thresholds take the usual defaults. */
export function EvidenceCheckFields({
  draft,
  onChange,
  errors,
}: {
  draft: CheckDraft;
  onChange: (draft: CheckDraft) => void;
  errors: Record<string, string>;
}) {
  const set = (patch: Partial<CheckDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field label="Evidence check" error={errors.kind ?? errors.check}>
        <ChoiceSelect
          value={draft.kind}
          choices={checkKinds}
          labels={checkKindLabels}
          emptyLabel="None"
          onChange={(kind) => set({ kind })}
        />
      </Field>
      {draft.kind === 'PARALLEL_RUN_ACCURACY' && (
        <Field label="Minimum accuracy" error={errors.threshold} hint="A fraction, e.g. 0.99">
          <DecimalInput
            value={draft.threshold}
            placeholder="0.99"
            onChange={(threshold) => set({ threshold })}
          />
        </Field>
      )}
      {draft.kind === 'ARPU_PRESERVATION' && (
        <>
          <Field label="ARPU ratio at least" error={errors.min}>
            <DecimalInput value={draft.min} placeholder="0.98" onChange={(min) => set({ min })} />
          </Field>
          <Field label="ARPU ratio at most" error={errors.max}>
            <DecimalInput value={draft.max} placeholder="1.02" onChange={(max) => set({ max })} />
          </Field>
        </>
      )}
      {draft.kind === 'INVOICE_TOTALS_MATCH' && (
        <Field label="Allowed difference (±)" error={errors.tolerance}>
          <DecimalInput
            value={draft.tolerance}
            placeholder="0.00"
            onChange={(tolerance) => set({ tolerance })}
          />
        </Field>
      )}
      {draft.kind === 'CHECKLIST_AREA_DONE' && (
        <Field label="Area" error={errors.area}>
          <ChoiceSelect
            value={draft.area}
            choices={areas}
            labels={areaLabels}
            emptyLabel="Pick an area"
            onChange={(area) => set({ area })}
          />
        </Field>
      )}
    </div>
  );
}

/** A threshold typed as a decimal string (kept as typed: the server reads it as a Decimal). */
function DecimalInput({
  value,
  placeholder,
  onChange,
}: {
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextInput
      inputMode="decimal"
      value={value}
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
