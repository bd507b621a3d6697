'use client';

import type { RecordRoundingDirection, RecordRoundingInput, UsageAggregation } from '@/app/_gql/graphql';
import { ChoiceSelect, choicesOf } from '../ui/choice-select';
import { Field, TextInput } from '../ui/field';

/** A metered product's usage rules as a form holds them: the block as typed. */
export interface UsageRulesDraft {
  aggregation: UsageAggregation;
  rounding: RecordRoundingDirection | 'OFF';
  block: string;
}

export const defaultUsageRules: UsageRulesDraft = { aggregation: 'SUM', rounding: 'OFF', block: '' };

const aggregationLabels: Record<UsageAggregation, string> = {
  SUM: 'Sum of the period’s records',
  MAX: 'Peak (largest record: concurrent channels, seats)',
  LAST: 'Last record of the period',
  DISTINCT_COUNT: 'Distinct subjects (active users)',
  P95: '95th percentile (nearest rank)',
};
const aggregations = choicesOf(aggregationLabels);

const roundingLabels: Record<RecordRoundingDirection | 'OFF', string> = {
  OFF: 'Off: records as received',
  UP: 'Up to a whole block',
  NEAREST: 'To the nearest block (half up)',
  DOWN: 'Down to a whole block',
};
const roundings = choicesOf(roundingLabels);

/** The record rounding the API takes, or null when off. */
export function toRecordRoundingInput(draft: UsageRulesDraft): RecordRoundingInput | null {
  return draft.rounding === 'OFF' ? null : { direction: draft.rounding, block: draft.block.trim() };
}

/** One line saying how a product's records make its quantity, for headers and tables. */
export function describeUsageRules(rules: {
  aggregation: UsageAggregation;
  recordRounding: { direction: RecordRoundingDirection; block: string } | null;
}): string {
  const aggregation = aggregationLabels[rules.aggregation].toLowerCase();
  if (!rules.recordRounding) return aggregation;
  return `${aggregation}, each record rounded ${rules.recordRounding.direction.toLowerCase()} to ${rules.recordRounding.block}`;
}

/** Aggregation and per-record rounding of a metered (SMS, data, custom) usage product. */
export function UsageRulesFields({
  value,
  onChange,
  errors = {},
}: {
  value: UsageRulesDraft;
  onChange: (next: UsageRulesDraft) => void;
  errors?: Record<string, string>;
}) {
  const set = (patch: Partial<UsageRulesDraft>) => onChange({ ...value, ...patch });
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <Field label="Period quantity" error={errors.aggregation}>
        <ChoiceSelect
          choices={aggregations}
          labels={aggregationLabels}
          value={value.aggregation}
          onChange={(aggregation) => set({ aggregation })}
        />
      </Field>
      <Field label="Round each record" error={errors.recordRounding}>
        <ChoiceSelect
          choices={roundings}
          labels={roundingLabels}
          value={value.rounding}
          onChange={(rounding) => set({ rounding })}
        />
      </Field>
      {value.rounding !== 'OFF' ? (
        <Field label="Block (in the product's unit)" error={errors.block}>
          <TextInput
            inputMode="decimal"
            placeholder="e.g. 1024"
            value={value.block}
            onChange={(event) => set({ block: event.target.value })}
          />
        </Field>
      ) : (
        <span />
      )}
    </div>
  );
}
