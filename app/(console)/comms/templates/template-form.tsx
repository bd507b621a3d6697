'use client';

import { type FormEvent, useRef, useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Field, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const TEMPLATE_VARIABLES = graphql(`
  query TemplateFormVariables {
    templateVariables { name description }
  }
`);
const CREATE_TEMPLATE = graphql(`
  mutation TemplateFormCreate($input: CreateMessageTemplateInput!) {
    createMessageTemplate(input: $input) { template { id latest { version } } userErrors { code field message } }
  }
`);
const REVISE_TEMPLATE = graphql(`
  mutation TemplateFormRevise($input: ReviseMessageTemplateInput!) {
    reviseMessageTemplate(input: $input) { template { id latest { version } } userErrors { code field message } }
  }
`);

/**
 * Writes a new template, or (with `templateId`) its next version. The variables list inserts
 * a {{variable}} where the cursor was in the subject or the body; the server checks them and
 * refuses unknown ones at the field.
 */
export function TemplateForm({
  templateId,
  initial,
  nextVersion,
  onSaved,
}: {
  templateId?: string;
  initial?: { subject: string; body: string };
  nextVersion?: number;
  onSaved: (template: { id: string; version: number }) => void;
}) {
  const { data } = useGraphQLQuery(TEMPLATE_VARIABLES);
  const [name, setName] = useState('');
  const [subject, setSubject] = useState(initial?.subject ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const formRef = useRef<HTMLFormElement>(null);
  const lastFocused = useRef<'subject' | 'body'>('body');
  const { errors, pending, submit } = useFormSubmission();

  function insert(variable: string) {
    const token = `{{${variable}}}`;
    const element = formRef.current?.elements.namedItem(lastFocused.current);
    const target =
      element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : null;
    const value = lastFocused.current === 'subject' ? subject : body;
    const start = target?.selectionStart ?? value.length;
    const end = target?.selectionEnd ?? value.length;
    const next = value.slice(0, start) + token + value.slice(end);
    if (lastFocused.current === 'subject') setSubject(next);
    else setBody(next);
    requestAnimationFrame(() => {
      target?.focus();
      target?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const payload = await submit(async () => {
      if (templateId) {
        const result = await graphqlRequest(REVISE_TEMPLATE, {
          input: { templateId, subject, body },
        });
        return result.reviseMessageTemplate;
      }
      const result = await graphqlRequest(CREATE_TEMPLATE, {
        input: { name, subject, body },
      });
      return result.createMessageTemplate;
    });
    if (payload?.template) onSaved({ id: payload.template.id, version: payload.template.latest.version });
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      aria-label={templateId ? 'Edit the template' : 'New template'}
      className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_16rem]"
    >
      <div className="space-y-4">
        {!templateId && (
          <Field label="Name" error={errors.name} hint="For the team; customers never see it.">
            <TextInput
              name="name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              placeholder="Cutover notice"
              required
            />
          </Field>
        )}
        <Field label="Subject" error={errors.subject}>
          <TextInput
            name="subject"
            value={subject}
            onChange={(event) => setSubject(event.target.value)}
            onFocus={() => {
              lastFocused.current = 'subject';
            }}
            placeholder="Your billing moves on {{cutoverDate}}"
            required
          />
        </Field>
        <Field label="Body" error={errors.body}>
          <TextArea
            name="body"
            rows={12}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            onFocus={() => {
              lastFocused.current = 'body';
            }}
            placeholder={
              'Dear {{accountName}},\n\nfrom {{cutoverDate}} your invoices come from our new system…'
            }
            className="font-mono"
            required
          />
        </Field>
        <FormFooter
          error={errors.form ?? errors.templateId}
          pending={pending}
          submit={templateId ? `Save as version ${nextVersion ?? ''}`.trim() : 'Create template'}
          busy="Saving…"
        />
      </div>
      <aside aria-label="Variables" className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200">
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Variables</h3>
        <p className="mt-1 text-xs text-slate-500">
          Filled in for each recipient. Click one to insert it where the cursor is.
        </p>
        <ul className="mt-3 space-y-2">
          {(data?.templateVariables ?? []).map((variable) => (
            <li key={variable.name}>
              <button
                type="button"
                onClick={() => insert(variable.name)}
                className="rounded bg-white px-1.5 py-0.5 font-mono text-xs text-brand-700 ring-1 ring-slate-200 hover:bg-brand-50"
                aria-label={`Insert {{${variable.name}}}`}
              >
                {`{{${variable.name}}}`}
              </button>
              <span className="mt-0.5 block text-xs text-slate-600">{variable.description}</span>
            </li>
          ))}
        </ul>
      </aside>
    </form>
  );
}
