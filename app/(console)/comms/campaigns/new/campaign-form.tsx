'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { CommsReadOnlyNote } from '@/app/_components/comms/read-only-note';
import { channelLabels, commsChannels } from '@/app/_components/comms/types';
import { FormValues } from '@/app/_components/form-values';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import { Card } from '@/app/_components/ui/card';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { Field, Select, TextArea, TextInput } from '@/app/_components/ui/field';
import { Choice, Fieldset } from '@/app/_components/ui/fieldset';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { Notice } from '@/app/_components/ui/notice';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { CampaignFormOptionsQuery, CommsChannel } from '@/app/_gql/graphql';

const CAMPAIGN_FORM_OPTIONS = graphql(`
  query CampaignFormOptions {
    messageTemplates { id name versions { id version subject } }
    audiences { id name size }
  }
`);
const CREATE_CAMPAIGN = graphql(`
  mutation CampaignFormCreate($input: CreateCampaignInput!) {
    createCampaign(input: $input) { campaign { id } userErrors { code field message } }
  }
`);

/** Writes a draft campaign and opens it, where it is previewed, approved, tested and sent. */
export function CampaignForm({
  templateVersionId,
  audienceId,
}: {
  templateVersionId: string | null;
  audienceId: string | null;
}) {
  const { data, error } = useGraphQLQuery(CAMPAIGN_FORM_OPTIONS);
  const can = useCan();
  if (!can('createCampaign')) return <CommsReadOnlyNote />;
  if (error || !data) return <QueryStatus error={error} loading="Loading templates and audiences…" />;
  const missing = [
    data.messageTemplates.length === 0 && (
      <Link key="t" href="/comms/templates" className="text-brand-700 hover:underline">
        write a template
      </Link>
    ),
    data.audiences.length === 0 && (
      <Link key="a" href="/comms/audiences" className="text-brand-700 hover:underline">
        create an audience
      </Link>
    ),
  ].filter(Boolean);
  if (missing.length > 0)
    return (
      <Notice tone="warn">
        A campaign sends a template to an audience: first {missing[0]}
        {missing[1] ? <> and {missing[1]}</> : null}.
      </Notice>
    );
  return <Form options={data} templateVersionId={templateVersionId} audienceId={audienceId} />;
}

function Form({
  options,
  templateVersionId,
  audienceId,
}: {
  options: CampaignFormOptionsQuery;
  templateVersionId: string | null;
  audienceId: string | null;
}) {
  const router = useRouter();
  const initialTemplate =
    options.messageTemplates.find((template) => template.versions.some((v) => v.id === templateVersionId)) ??
    options.messageTemplates[0];
  const [templateId, setTemplateId] = useState(initialTemplate?.id ?? '');
  const template = options.messageTemplates.find((candidate) => candidate.id === templateId);
  const [versionId, setVersionId] = useState(
    templateVersionId && initialTemplate?.versions.some((v) => v.id === templateVersionId)
      ? templateVersionId
      : (initialTemplate?.versions[0]?.id ?? ''),
  );
  const [channels, setChannels] = useState<CommsChannel[]>(['EMAIL']);
  const [critical, setCritical] = useState(false);
  const [scheduled, setScheduled] = useState(false);
  const { errors, pending, submit } = useFormSubmission();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = FormValues.of(event.currentTarget);
    const payload = await submit(async () => {
      const result = await graphqlRequest(CREATE_CAMPAIGN, {
        input: {
          name: values.text('name'),
          templateVersionId: versionId,
          audienceId: values.text('audienceId'),
          channels,
          critical,
          criticalReason: critical ? values.text('criticalReason') : null,
          sendOn: scheduled ? values.optionalText('sendOn') : null,
          sendAtLocalTime: scheduled ? values.optionalText('sendAtLocalTime') : null,
        },
      });
      return result.createCampaign;
    });
    if (payload?.campaign) router.push(`/comms/campaigns/${payload.campaign.id}`);
  }

  const toggle = (channel: CommsChannel) =>
    setChannels((current) =>
      current.includes(channel) ? current.filter((c) => c !== channel) : [...current, channel],
    );

  return (
    <Card>
      <form onSubmit={onSubmit} aria-label="New campaign" className="max-w-3xl space-y-5">
        <Field label="Name" error={errors.name} hint="For the team: which message, to whom, when.">
          <TextInput name="name" required placeholder="Wave 1 cutover notice" />
        </Field>
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_10rem]">
          <Field label="Template">
            <Select
              value={templateId}
              onChange={(event) => {
                const next = options.messageTemplates.find((t) => t.id === event.target.value);
                setTemplateId(event.target.value);
                setVersionId(next?.versions[0]?.id ?? '');
              }}
            >
              {options.messageTemplates.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Version" error={errors.templateVersionId}>
            <Select value={versionId} onChange={(event) => setVersionId(event.target.value)}>
              {(template?.versions ?? []).map((version, index) => (
                <option key={version.id} value={version.id}>
                  v{version.version}
                  {index === 0 ? ' (latest)' : ''}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label="Audience" error={errors.audienceId}>
          <Select name="audienceId" defaultValue={audienceId ?? options.audiences[0]?.id}>
            {options.audiences.map((audience) => (
              <option key={audience.id} value={audience.id}>
                {audience.name} · {audience.size.toLocaleString('en-US')} account
                {audience.size === 1 ? '' : 's'}
              </option>
            ))}
          </Select>
        </Field>
        <Fieldset legend="Channels" error={errors.channels}>
          <div className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-slate-700">
            {commsChannels.map((channel) => (
              <Choice
                key={channel}
                type="checkbox"
                checked={channels.includes(channel)}
                onChange={() => toggle(channel)}
              >
                {channelLabels[channel]}
              </Choice>
            ))}
          </div>
        </Fieldset>
        <div className="space-y-3 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200">
          <Checkbox
            checked={critical}
            onChange={setCritical}
            hint="Only for what customers must know, such as where to pay. The message says why."
          >
            Critical: also send to addresses that unsubscribed
          </Checkbox>
          {critical && (
            <Field label="Why it must reach everyone" error={errors.criticalReason}>
              <TextArea name="criticalReason" rows={2} placeholder="It changes where you pay your invoices" />
            </Field>
          )}
        </div>
        <div className="space-y-3 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200">
          <Checkbox
            checked={scheduled}
            onChange={setScheduled}
            hint="Otherwise emails go as soon as it is sent. Each account gets it at this time in its own time zone."
          >
            Send on a day, at a local time
          </Checkbox>
          {scheduled && (
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Day" error={errors.sendOn}>
                <TextInput name="sendOn" type="date" required />
              </Field>
              <Field label="Local time (HH:MM)" error={errors.sendAtLocalTime}>
                <TextInput name="sendAtLocalTime" type="time" defaultValue="09:00" required />
              </Field>
            </div>
          )}
        </div>
        <FormFooter error={errors.form} pending={pending} submit="Create campaign" busy="Creating…" />
      </form>
    </Card>
  );
}
