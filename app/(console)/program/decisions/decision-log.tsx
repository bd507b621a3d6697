'use client';

import { useState } from 'react';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import type { ProgramFormProps } from '@/app/_components/program/program-form-props';
import { ProgramGate } from '@/app/_components/program/program-gate';
import { today } from '@/app/_components/today';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ChoiceOptions, ChoiceSelect, choicesOf, isOneOf } from '@/app/_components/ui/choice-select';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, Select, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { DecisionCategory } from '@/app/_gql/graphql';

const categoryLabels: Record<DecisionCategory, string> = {
  DECISION: 'Decision',
  SYSTEM_SETUP: 'System setup',
  TEST_OUTCOME: 'Test outcome',
  INTEGRATION_CONFIG: 'Integration config',
  DATA_MAPPING: 'Data mapping',
};
const categories = choicesOf(categoryLabels);

const DECISION_LOG = graphql(`
  query DecisionLog($id: ID!, $category: DecisionCategory) {
    decisionLog(programId: $id, category: $category) {
      id category title body decidedOn author authorUser { name } createdAt
    }
  }
`);

const LOG_DECISION = graphql(`
  mutation DecisionLogAddEntry($input: LogDecisionInput!) {
    logDecision(input: $input) {
      entry { id }
      userErrors { code field message }
    }
  }
`);

export function DecisionLog() {
  return <ProgramGate>{(program) => <Log programId={program.id} />}</ProgramGate>;
}

function Log({ programId }: { programId: string }) {
  const can = useCan();
  const [category, setCategory] = useState<DecisionCategory | ''>('');
  const [adding, setAdding] = useState(false);
  const { data, error, reload } = useGraphQLQuery(DECISION_LOG, {
    id: programId,
    category: category || null,
  });
  return (
    <Card
      title="Log"
      actions={
        can('logDecision') &&
        !adding && (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Add entry
          </Button>
        )
      }
    >
      {adding && (
        <div className="mb-4">
          <LogForm
            programId={programId}
            onDone={() => {
              setAdding(false);
              void reload();
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
      <div className="mb-4 w-56">
        <Field label="Category">
          <ChoiceSelect
            aria-label="Show category"
            value={category}
            choices={categories}
            labels={categoryLabels}
            emptyLabel="All"
            onChange={setCategory}
          />
        </Field>
      </div>
      <ErrorText>{error}</ErrorText>
      {!data ? (
        <p className="text-sm text-slate-500">Loading the log…</p>
      ) : data.decisionLog.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing logged{category ? ' in this category' : ' yet'}.</p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {data.decisionLog.map((entry) => (
            <li key={entry.id} className="py-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm text-slate-500 tabular-nums">{formatDay(entry.decidedOn)}</span>
                <Badge tone={entry.category === 'DECISION' ? 'info' : 'neutral'}>
                  {categoryLabels[entry.category]}
                </Badge>
                <span className="font-medium text-slate-900">{entry.title}</span>
              </div>
              {entry.body && <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{entry.body}</p>}
              <p className="mt-1 text-xs text-slate-500">
                {entry.authorUser?.name ?? entry.author} · logged {formatDateTime(entry.createdAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function LogForm({ programId, onDone, onCancel }: ProgramFormProps) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: LOG_DECISION,
    toVariables: (values) => {
      const category = values.text('category');
      return {
        input: {
          programId,
          // The select offers only categories; the default stands in for a tampered value.
          category: isOneOf(categories, category) ? category : 'DECISION',
          title: values.text('title'),
          body: values.text('body'),
          decidedOn: values.text('decidedOn'),
        },
      };
    },
    payload: (data) => data.logDecision,
    onDone,
  });
  return (
    <FormPanel onSubmit={onSubmit} aria-label="Add a log entry">
      <div className="grid gap-4 sm:grid-cols-4">
        <Field label="Category" error={errors.category}>
          <Select name="category" aria-label="Category" defaultValue="DECISION">
            <ChoiceOptions choices={categories} labels={categoryLabels} />
          </Select>
        </Field>
        <div className="sm:col-span-2">
          <Field label="Title" error={errors.title}>
            <TextInput name="title" required />
          </Field>
        </div>
        <Field label="Decided on" error={errors.decidedOn}>
          <TextInput name="decidedOn" type="date" required defaultValue={today()} />
        </Field>
      </div>
      <Field label="Detail" error={errors.body}>
        <TextArea name="body" rows={3} />
      </Field>
      <FormFooter
        error={errors.form}
        pending={pending}
        submit="Add to the log"
        busy="Saving…"
        onCancel={onCancel}
      />
    </FormPanel>
  );
}
