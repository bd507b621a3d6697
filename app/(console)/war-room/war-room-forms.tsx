'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Button } from '@/app/_components/ui/button';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { ChoiceSelect, choicesOf } from '@/app/_components/ui/choice-select';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, Select, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { ComponentState, IncidentSeverity, IncidentStatus } from '@/app/_gql/graphql';

const severityLabels: Record<IncidentSeverity, string> = {
  SEV1: 'Sev 1',
  SEV2: 'Sev 2',
  SEV3: 'Sev 3',
  SEV4: 'Sev 4',
};
const incidentStatusLabels: Record<IncidentStatus, string> = {
  INVESTIGATING: 'Investigating',
  IDENTIFIED: 'Identified',
  MONITORING: 'Monitoring',
  RESOLVED: 'Resolved',
};
const componentStateLabels: Record<ComponentState, string> = {
  OPERATIONAL: 'Operational',
  DEGRADED: 'Degraded',
  DOWN: 'Down',
};

const OPEN_INCIDENT = graphql(`
  mutation WarRoomOpenIncident($input: OpenIncidentInput!) {
    openIncident(input: $input) { incident { id } userErrors { code field message } }
  }
`);
const POST_INCIDENT_UPDATE = graphql(`
  mutation WarRoomPostIncidentUpdate($input: PostIncidentUpdateInput!) {
    postIncidentUpdate(input: $input) { incident { id } userErrors { code field message } }
  }
`);
const ASSIGN_INCIDENT_LEAD = graphql(`
  mutation WarRoomAssignIncidentLead($input: AssignIncidentLeadInput!) {
    assignIncidentLead(input: $input) { incident { id } userErrors { code field message } }
  }
`);
const SET_COMPONENT_STATE = graphql(`
  mutation WarRoomSetComponentState($input: SetComponentStateInput!) {
    setComponentState(input: $input) { component { key } userErrors { code field message } }
  }
`);
const POST_STATUS_UPDATE = graphql(`
  mutation WarRoomPostStatusUpdate($input: PostStatusUpdateInput!) {
    postStatusUpdate(input: $input) { statusUpdate { id } userErrors { code field message } }
  }
`);

/** Opens an incident; the signed-in user leads it unless unticked. */
export function OpenIncidentForm({
  components,
  viewerId,
  onDone,
}: {
  components: { key: string; name: string }[];
  viewerId: string;
  onDone: () => void;
}) {
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<IncidentSeverity>('SEV3');
  const [componentKey, setComponentKey] = useState('');
  const [cadence, setCadence] = useState('30');
  const [summary, setSummary] = useState('');
  const [leadIsMe, setLeadIsMe] = useState(true);

  const { errors, pending, onSubmit } = useMutationForm({
    mutation: OPEN_INCIDENT,
    toVariables: () => ({
      input: {
        title,
        severity,
        componentKey: componentKey || null,
        leadId: leadIsMe ? viewerId : null,
        updateCadenceMinutes: Number(cadence),
        summary: summary || null,
      },
    }),
    payload: (data) => data.openIncident,
    onDone: () => {
      setTitle('');
      setSummary('');
      onDone();
    },
  });

  return (
    <form aria-label="Open an incident" onSubmit={onSubmit} className="space-y-3">
      <Field label="Title" error={errors.title}>
        <TextInput
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder="What is wrong"
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Severity">
          <ChoiceSelect
            choices={choicesOf(severityLabels)}
            labels={severityLabels}
            value={severity}
            onChange={setSeverity}
          />
        </Field>
        <Field label="Component" error={errors.componentKey}>
          <Select value={componentKey} onChange={(event) => setComponentKey(event.target.value)}>
            <option value="">None</option>
            {components.map((component) => (
              <option key={component.key} value={component.key}>
                {component.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Update every (minutes)" error={errors.updateCadenceMinutes}>
          <TextInput
            type="number"
            min={1}
            max={1440}
            value={cadence}
            onChange={(event) => setCadence(event.target.value)}
          />
        </Field>
      </div>
      <Field label="What is known so far" error={errors.summary}>
        <TextArea rows={2} value={summary} onChange={(event) => setSummary(event.target.value)} />
      </Field>
      <Checkbox checked={leadIsMe} onChange={setLeadIsMe}>
        I lead it
      </Checkbox>
      <FormFooter
        error={errors.leadId ?? errors.form}
        pending={pending}
        submit="Open incident"
        busy="Opening…"
      />
    </form>
  );
}

/** Posts an update to one incident. */
export function IncidentUpdateForm({
  incidentId,
  title,
  status,
  onDone,
}: {
  incidentId: string;
  title: string;
  status: IncidentStatus;
  onDone: () => void;
}) {
  const [next, setNext] = useState(status);
  const [body, setBody] = useState('');

  const { errors, pending, onSubmit } = useMutationForm({
    mutation: POST_INCIDENT_UPDATE,
    toVariables: () => ({ input: { incidentId, status: next, body } }),
    payload: (data) => data.postIncidentUpdate,
    onDone: () => {
      setBody('');
      onDone();
    },
  });

  return (
    <form
      aria-label={`Update ${title}`}
      onSubmit={onSubmit}
      className="mt-3 flex flex-wrap items-start gap-2"
    >
      <div className="w-40">
        <Field label="Status">
          <ChoiceSelect
            choices={choicesOf(incidentStatusLabels)}
            labels={incidentStatusLabels}
            value={next}
            onChange={setNext}
          />
        </Field>
      </div>
      <div className="min-w-60 flex-1">
        <Field label="Update" error={errors.body}>
          <TextInput
            value={body}
            onChange={(event) => setBody(event.target.value)}
            placeholder="What changed"
          />
        </Field>
      </div>
      <div className="mt-5">
        <FormFooter
          error={errors.incidentId ?? errors.form}
          pending={pending}
          submit="Post update"
          busy="Posting…"
        />
      </div>
    </form>
  );
}

/** Takes the lead of an incident. */
export function TakeLeadButton({
  incidentId,
  viewerId,
  onDone,
}: {
  incidentId: string;
  viewerId: string;
  onDone: () => void;
}) {
  const { errors, pending, submit } = useFormSubmission();
  return (
    <>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          const payload = await submit(async () => {
            const data = await graphqlRequest(ASSIGN_INCIDENT_LEAD, {
              input: { incidentId, leadId: viewerId },
            });
            return data.assignIncidentLead;
          });
          if (payload) onDone();
        }}
      >
        Take the lead
      </Button>
      <ErrorText>{errors.leadId ?? errors.form}</ErrorText>
    </>
  );
}

/** Sets a component's state by hand, or hands it back to its check. */
export function ComponentStateForm({
  components,
  onDone,
}: {
  components: { key: string; name: string }[];
  onDone: () => void;
}) {
  const [key, setKey] = useState(components[0]?.key ?? '');
  const [state, setState] = useState<ComponentState | ''>('');
  const [note, setNote] = useState('');

  const { errors, pending, onSubmit } = useMutationForm({
    mutation: SET_COMPONENT_STATE,
    toVariables: () => ({
      input: { key, state: state || null, note: note || null },
    }),
    payload: (data) => data.setComponentState,
    onDone: () => {
      setNote('');
      onDone();
    },
  });

  return (
    <form
      aria-label="Set a component's state"
      onSubmit={onSubmit}
      className="flex flex-wrap items-start gap-2"
    >
      <div className="w-44">
        <Field label="Component" error={errors.key}>
          <Select value={key} onChange={(event) => setKey(event.target.value)}>
            {components.map((component) => (
              <option key={component.key} value={component.key}>
                {component.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="w-44">
        <Field label="State">
          <ChoiceSelect
            choices={choicesOf(componentStateLabels)}
            labels={componentStateLabels}
            value={state}
            onChange={setState}
            emptyLabel="From its check"
          />
        </Field>
      </div>
      <div className="min-w-52 flex-1">
        <Field label="Note" error={errors.note}>
          <TextInput value={note} onChange={(event) => setNote(event.target.value)} placeholder="Why" />
        </Field>
      </div>
      <div className="mt-5">
        <FormFooter error={errors.form} pending={pending} submit="Set state" busy="Saving…" />
      </div>
    </form>
  );
}

/** Posts a status update for the war room. */
export function StatusUpdateForm({ onDone }: { onDone: () => void }) {
  const [body, setBody] = useState('');

  const { errors, pending, onSubmit } = useMutationForm({
    mutation: POST_STATUS_UPDATE,
    toVariables: () => ({ input: { body } }),
    payload: (data) => data.postStatusUpdate,
    onDone: () => {
      setBody('');
      onDone();
    },
  });

  return (
    <form
      aria-label="Post a status update"
      onSubmit={onSubmit}
      className="mt-4 flex flex-wrap items-start gap-2"
    >
      <div className="min-w-64 flex-1">
        <Field label="New status update" error={errors.body}>
          <TextInput
            value={body}
            onChange={(event) => setBody(event.target.value)}
            placeholder="Where the cutover stands"
          />
        </Field>
      </div>
      <div className="mt-5">
        <FormFooter error={errors.form} pending={pending} submit="Post status update" busy="Posting…" />
      </div>
    </form>
  );
}
