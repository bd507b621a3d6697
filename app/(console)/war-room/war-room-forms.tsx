'use client';

import { type FormEvent, useState } from 'react';
import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { Button } from '@/app/_components/ui/button';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { useFormSubmission } from '@/app/_components/use-form-submission';

export const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export const incidentStatuses = ['INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED'] as const;
export const componentStates = ['OPERATIONAL', 'DEGRADED', 'DOWN'] as const;

const textArea =
  'block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500 focus:outline-none';

function FormError({ message }: { message: string | undefined }) {
  return message ? (
    <p className="text-sm text-red-700" role="alert">
      {message}
    </p>
  ) : null;
}

type Payload = { userErrors: UserErrorData[] };

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
  const { errors, pending, submit } = useFormSubmission();
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<(typeof severities)[number]>('SEV3');
  const [componentKey, setComponentKey] = useState('');
  const [cadence, setCadence] = useState('30');
  const [summary, setSummary] = useState('');
  const [leadIsMe, setLeadIsMe] = useState(true);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const payload = await submit(async () => {
      const data = await graphqlRequest<{ openIncident: Payload }>(
        `mutation($input: OpenIncidentInput!) { openIncident(input: $input) { incident { id } userErrors { code field message } } }`,
        {
          input: {
            title,
            severity,
            componentKey: componentKey || null,
            leadId: leadIsMe ? viewerId : null,
            updateCadenceMinutes: Number(cadence),
            summary: summary || null,
          },
        },
      );
      return data.openIncident;
    });
    if (payload) {
      setTitle('');
      setSummary('');
      onDone();
    }
  }

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
          <Select value={severity} onChange={(event) => setSeverity(event.target.value as typeof severity)}>
            {severities.map((value) => (
              <option key={value} value={value}>
                {value.replace('SEV', 'Sev ')}
              </option>
            ))}
          </Select>
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
        <textarea
          className={textArea}
          rows={2}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
        />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" checked={leadIsMe} onChange={(event) => setLeadIsMe(event.target.checked)} />I
        lead it
      </label>
      <FormError message={errors.leadId ?? errors.form} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Opening…' : 'Open incident'}
      </Button>
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
  status: (typeof incidentStatuses)[number];
  onDone: () => void;
}) {
  const { errors, pending, submit } = useFormSubmission();
  const [next, setNext] = useState(status);
  const [body, setBody] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const payload = await submit(async () => {
      const data = await graphqlRequest<{ postIncidentUpdate: Payload }>(
        `mutation($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { incident { id } userErrors { code field message } } }`,
        { input: { incidentId, status: next, body } },
      );
      return data.postIncidentUpdate;
    });
    if (payload) {
      setBody('');
      onDone();
    }
  }

  return (
    <form
      aria-label={`Update ${title}`}
      onSubmit={onSubmit}
      className="mt-3 flex flex-wrap items-start gap-2"
    >
      <div className="w-40">
        <Field label="Status">
          <Select value={next} onChange={(event) => setNext(event.target.value as typeof next)}>
            {incidentStatuses.map((value) => (
              <option key={value} value={value}>
                {value.charAt(0) + value.slice(1).toLowerCase()}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="min-w-60 flex-1">
        <Field label="Update" error={errors.body ?? errors.incidentId ?? errors.form}>
          <TextInput
            value={body}
            onChange={(event) => setBody(event.target.value)}
            placeholder="What changed"
          />
        </Field>
      </div>
      <Button type="submit" className="mt-5" disabled={pending}>
        {pending ? 'Posting…' : 'Post update'}
      </Button>
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
            const data = await graphqlRequest<{ assignIncidentLead: Payload }>(
              `mutation($input: AssignIncidentLeadInput!) { assignIncidentLead(input: $input) { incident { id } userErrors { code field message } } }`,
              { input: { incidentId, leadId: viewerId } },
            );
            return data.assignIncidentLead;
          });
          if (payload) onDone();
        }}
      >
        Take the lead
      </Button>
      <FormError message={errors.leadId ?? errors.form} />
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
  const { errors, pending, submit } = useFormSubmission();
  const [key, setKey] = useState(components[0]?.key ?? '');
  const [state, setState] = useState('');
  const [note, setNote] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const payload = await submit(async () => {
      const data = await graphqlRequest<{ setComponentState: Payload }>(
        `mutation($input: SetComponentStateInput!) { setComponentState(input: $input) { component { key } userErrors { code field message } } }`,
        { input: { key, state: state || null, note: note || null } },
      );
      return data.setComponentState;
    });
    if (payload) {
      setNote('');
      onDone();
    }
  }

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
          <Select value={state} onChange={(event) => setState(event.target.value)}>
            <option value="">From its check</option>
            {componentStates.map((value) => (
              <option key={value} value={value}>
                {value.charAt(0) + value.slice(1).toLowerCase()}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="min-w-52 flex-1">
        <Field label="Note" error={errors.note ?? errors.form}>
          <TextInput value={note} onChange={(event) => setNote(event.target.value)} placeholder="Why" />
        </Field>
      </div>
      <Button type="submit" className="mt-5" disabled={pending}>
        {pending ? 'Saving…' : 'Set state'}
      </Button>
    </form>
  );
}

/** Posts a status update for the war room. */
export function StatusUpdateForm({ onDone }: { onDone: () => void }) {
  const { errors, pending, submit } = useFormSubmission();
  const [body, setBody] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const payload = await submit(async () => {
      const data = await graphqlRequest<{ postStatusUpdate: Payload }>(
        `mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { statusUpdate { id } userErrors { code field message } } }`,
        { input: { body } },
      );
      return data.postStatusUpdate;
    });
    if (payload) {
      setBody('');
      onDone();
    }
  }

  return (
    <form
      aria-label="Post a status update"
      onSubmit={onSubmit}
      className="mt-4 flex flex-wrap items-start gap-2"
    >
      <div className="min-w-64 flex-1">
        <Field label="New status update" error={errors.body ?? errors.form}>
          <TextInput
            value={body}
            onChange={(event) => setBody(event.target.value)}
            placeholder="Where the cutover stands"
          />
        </Field>
      </div>
      <Button type="submit" className="mt-5" disabled={pending}>
        {pending ? 'Posting…' : 'Post status update'}
      </Button>
    </form>
  );
}
