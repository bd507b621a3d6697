'use client';

import { useState } from 'react';
import { channelsText, dunningActionLabels } from '@/app/_components/dunning/dunning-labels';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { DunningPoliciesConsoleQuery } from '@/app/_gql/graphql';
import { DunningPolicyEditor } from './dunning-policy-editor';

const DUNNING_POLICIES = graphql(`
  query DunningPoliciesConsole {
    dunningPolicies {
      id name isDefault
      steps { id daysAfterDue action name channels template { id name } }
    }
    messageTemplates { id name }
  }
`);

export type DunningPolicyData = DunningPoliciesConsoleQuery['dunningPolicies'][number];

/** The policies with their steps; one at a time is edited, or a new one written. */
export function DunningPoliciesConsole() {
  const [refresh, setRefresh] = useState(0);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const { data, error } = useGraphQLQuery(DUNNING_POLICIES, undefined, refresh);
  if (error || !data) return <QueryStatus error={error} loading="Loading the dunning policies…" />;
  const saved = () => {
    setEditing(null);
    setRefresh((n) => n + 1);
  };
  return (
    <div className="space-y-6">
      <ErrorText>{error}</ErrorText>
      {editing === 'new' ? (
        <DunningPolicyEditor
          templates={data.messageTemplates}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <Button onClick={() => setEditing('new')}>New policy</Button>
      )}
      {data.dunningPolicies.map((policy) =>
        editing === policy.id ? (
          <DunningPolicyEditor
            key={policy.id}
            policy={policy}
            templates={data.messageTemplates}
            onSaved={saved}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <Card
            key={policy.id}
            label={policy.name}
            title={
              <span className="flex items-center gap-2">
                {policy.name} {policy.isDefault && <Badge tone="info">Default</Badge>}
              </span>
            }
            actions={
              <Button variant="secondary" onClick={() => setEditing(policy.id)}>
                Edit
              </Button>
            }
          >
            {policy.steps.length === 0 ? (
              <p className="text-sm text-slate-500">No steps: accounts on this policy are never dunned.</p>
            ) : (
              <Table head={['Day', 'Step', 'Action', 'Message']}>
                {policy.steps.map((step) => (
                  <tr key={step.id}>
                    <Cell>+{step.daysAfterDue}</Cell>
                    <Cell>{step.name}</Cell>
                    <Cell>{dunningActionLabels[step.action]}</Cell>
                    <Cell>
                      {step.template ? `${step.template.name} · ` : ''}
                      {channelsText(step.channels)}
                    </Cell>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
        ),
      )}
    </div>
  );
}
