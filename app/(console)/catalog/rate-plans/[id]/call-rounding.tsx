'use client';

import { roundingModeLabels } from '@/app/_components/catalog/price-editor';
import { useCan } from '@/app/_components/permissions';
import { Card } from '@/app/_components/ui/card';
import { choicesOf } from '@/app/_components/ui/choice-select';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { RoundingMode } from '@/app/_gql/graphql';

const CALL_ROUNDING_UPDATE = graphql(`
  mutation CallRoundingUpdate($input: UpdateRatePlanRoundingInput!) {
    updateRatePlanRounding(input: $input) {
      ratePlan { id callRoundingMode callDecimals }
      userErrors { code field message }
    }
  }
`);

const modes = choicesOf(roundingModeLabels);

/**
 * A rate plan's own rounding of each call's charge, over its catalog's (e.g. every call up
 * to the cent while invoice lines round half-even); empty fields inherit the catalog's.
 */
export function CallRounding({
  ratePlanId,
  mode,
  decimals,
  catalog,
  onSaved,
}: {
  ratePlanId: string;
  mode: RoundingMode | null;
  decimals: number | null;
  catalog: { roundingMode: RoundingMode; callDecimals: number };
  onSaved: () => Promise<void> | void;
}) {
  const can = useCan();
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: CALL_ROUNDING_UPDATE,
    toVariables: (values) => {
      const text = values.text('callDecimals').trim();
      return {
        input: {
          ratePlanId,
          callRoundingMode: (values.optionalText('callRoundingMode') as RoundingMode | null) ?? null,
          // -1 for anything but a whole number, so the API answers with its own message
          callDecimals: text === '' ? null : /^\d+$/.test(text) ? Number(text) : -1,
        },
      };
    },
    payload: (data) => data.updateRatePlanRounding,
    onDone: () => void onSaved(),
  });
  const inherited = `${roundingModeLabels[catalog.roundingMode].split(' (')[0]}, ${catalog.callDecimals} decimals`;
  return (
    <Card title="Call rounding">
      <form aria-label="Call rounding" className="space-y-3" onSubmit={onSubmit}>
        <p className="text-sm text-slate-600">
          Each call&apos;s charge rounds{' '}
          {mode || decimals !== null ? 'as set here' : `as the catalog does (${inherited})`}; invoice lines
          follow the price or the catalog.
        </p>
        <Field label="Mode" error={errors.callRoundingMode}>
          <Select name="callRoundingMode" defaultValue={mode ?? ''} disabled={!can('updateRatePlanRounding')}>
            <option value="">As the catalog</option>
            {modes.map((choice) => (
              <option key={choice} value={choice}>
                {roundingModeLabels[choice]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Decimals" error={errors.callDecimals}>
          <TextInput
            name="callDecimals"
            inputMode="numeric"
            placeholder={String(catalog.callDecimals)}
            defaultValue={decimals ?? ''}
            disabled={!can('updateRatePlanRounding')}
          />
        </Field>
        {can('updateRatePlanRounding') && (
          <FormFooter error={errors.form} pending={pending} submit="Save rounding" busy="Saving…" />
        )}
      </form>
    </Card>
  );
}
