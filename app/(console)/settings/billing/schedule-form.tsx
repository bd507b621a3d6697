'use client';

import { useState } from 'react';
import type { FormValues } from '@/app/_components/form-values';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { choicesOf } from '@/app/_components/ui/choice-select';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { IssueDateRule, ScheduleCycle } from '@/app/_gql/graphql';
import type { AudienceChoice, Schedule } from './billing-schedules';
import { cycleLabels, issueDateLabels } from './schedule-labels';

const CREATE = graphql(`
  mutation CreateBillingSchedule($input: BillingScheduleInput!) {
    createBillingSchedule(input: $input) { billingSchedule { id } userErrors { code field message } }
  }
`);

const UPDATE = graphql(`
  mutation UpdateBillingSchedule($id: ID!, $input: BillingScheduleInput!) {
    updateBillingSchedule(id: $id, input: $input) { billingSchedule { id } userErrors { code field message } }
  }
`);

const LAST_DAY = 'last';
const days = Array.from({ length: 28 }, (_, i) => String(i + 1));

function inputOf(values: FormValues) {
  const cycle = values.text('cycle') as ScheduleCycle;
  const day = values.text('day');
  return {
    name: values.text('name'),
    cycle,
    dayOfMonth: cycle === 'CALENDAR_MONTH' && day !== LAST_DAY ? Number(day) : null,
    lastDayOfMonth: cycle === 'CALENDAR_MONTH' && day === LAST_DAY,
    runTime: values.text('runTime'),
    issueDateRule: values.text('issueDateRule') as IssueDateRule,
    audienceId: values.optionalText('audienceId'),
    autoFinalize: values.checked('autoFinalize'),
    enabled: values.checked('enabled'),
  };
}

/** Adds a schedule, or changes the one given. */
export function ScheduleForm({
  schedule,
  audiences,
  onSaved,
  onCancel,
}: {
  schedule?: Schedule;
  audiences: readonly AudienceChoice[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [cycle, setCycle] = useState<ScheduleCycle>(schedule?.cycle ?? 'CALENDAR_MONTH');
  const create = useMutationForm({
    mutation: CREATE,
    toVariables: (values) => ({ input: inputOf(values) }),
    payload: (data) => data.createBillingSchedule,
    onDone: onSaved,
  });
  const update = useMutationForm({
    mutation: UPDATE,
    toVariables: (values) => ({ id: schedule?.id ?? '', input: inputOf(values) }),
    payload: (data) => data.updateBillingSchedule,
    onDone: onSaved,
  });
  const { errors, pending, onSubmit } = schedule ? update : create;
  return (
    <FormPanel aria-label={schedule ? `Edit ${schedule.name}` : 'New billing schedule'} onSubmit={onSubmit}>
      <div className="grid gap-4 md:grid-cols-2">
        <Field label="Name" error={errors.name}>
          <TextInput name="name" defaultValue={schedule?.name ?? 'Monthly billing'} required />
        </Field>
        <Field label="Cycle" error={errors.cycle}>
          <Select
            name="cycle"
            value={cycle}
            onChange={(event) => setCycle(event.target.value as ScheduleCycle)}
          >
            {choicesOf(cycleLabels).map((value) => (
              <option key={value} value={value}>
                {cycleLabels[value]}
              </option>
            ))}
          </Select>
        </Field>
        {cycle === 'CALENDAR_MONTH' && (
          <Field
            label="Runs on"
            error={errors.dayOfMonth}
            hint="Days 29–31 are not offered: they do not exist in every month. The last day runs on 28 or 29 February."
          >
            <Select
              name="day"
              defaultValue={schedule?.lastDayOfMonth ? LAST_DAY : String(schedule?.dayOfMonth ?? 1)}
            >
              {days.map((day) => (
                <option key={day} value={day}>
                  Day {day} of each month
                </option>
              ))}
              <option value={LAST_DAY}>The last day of each month</option>
            </Select>
          </Field>
        )}
        <Field
          label="At (organization time)"
          error={errors.runTime}
          hint="A time the clocks skip on a run day (spring forward) is refused."
        >
          <TextInput name="runTime" type="time" defaultValue={schedule?.runTime ?? '06:00'} required />
        </Field>
        <Field label="Invoices are dated" error={errors.issueDateRule}>
          <Select name="issueDateRule" defaultValue={schedule?.issueDateRule ?? 'RUN_DAY'}>
            {choicesOf(issueDateLabels).map((value) => (
              <option key={value} value={value}>
                {issueDateLabels[value]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Accounts"
          error={errors.audienceId}
          hint="Accounts the legacy system still bills are never included."
        >
          <Select name="audienceId" defaultValue={schedule?.audience?.id ?? ''}>
            <option value="">Every Switchboard-billed account</option>
            {audiences.map((audience) => (
              <option key={audience.id} value={audience.id}>
                Audience: {audience.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox
        name="autoFinalize"
        defaultChecked={schedule?.autoFinalize ?? true}
        hint="Drafts with a finding that holds them wait in the run's review queue either way."
      >
        Finalize and deliver clean drafts without a person
      </Checkbox>
      <Checkbox name="enabled" defaultChecked={schedule?.enabled ?? true}>
        Enabled
      </Checkbox>
      <FormFooter
        error={errors.form}
        pending={pending}
        submit={schedule ? 'Save schedule' : 'Add schedule'}
        busy="Saving…"
        onCancel={onCancel}
      />
    </FormPanel>
  );
}
