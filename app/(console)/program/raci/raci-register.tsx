'use client';

import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import { ProgramGate } from '@/app/_components/program/program-gate';
import { usePeople } from '@/app/_components/program/use-people';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { AssignForm } from './assign-form';
import { type RaciAssignment, type RaciContact, responsibilities, responsibilityLabels } from './raci-types';

const RACI = graphql(`
  query RaciRegister($id: ID!) {
    raciMatrix(programId: $id) {
      subjectType subjectKey label missingAccountable
      assignments { id responsibility escalationLevel phone user { id name email } }
    }
    pointOfContactMatrix(programId: $id) {
      area label
      accountable { ...RaciContactFields }
      responsible { ...RaciContactFields }
      escalationPath { ...RaciContactFields }
    }
  }
`);

/** One person on an area's contact list. */
export const RACI_CONTACT_FIELDS = graphql(`
  fragment RaciContactFields on ProgramContact { name email phone responsibility escalationLevel }
`);

const REMOVE = graphql(`
  mutation RaciRemoveAssignment($input: RemoveRaciAssignmentInput!) {
    removeRaciAssignment(input: $input) {
      userErrors { message }
    }
  }
`);

export function RaciRegister() {
  return <ProgramGate>{(program) => <Raci programId={program.id} />}</ProgramGate>;
}

function Raci({ programId }: { programId: string }) {
  const can = useCan();
  const [assigning, setAssigning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { data, error, reload } = useGraphQLQuery(RACI, { id: programId });
  const people = usePeople(
    (data?.raciMatrix ?? []).flatMap((subject) => subject.assignments.map((assignment) => assignment.user)),
  );
  if (error || !data) return <QueryStatus error={error} loading="Loading the RACI…" />;

  async function remove(assignment: RaciAssignment) {
    const result = await graphqlRequest(REMOVE, { input: { id: assignment.id } });
    setProblem(result.removeRaciAssignment.userErrors[0]?.message ?? null);
    void reload();
  }

  const missing = data.raciMatrix.filter((subject) => subject.missingAccountable).length;
  return (
    <div className="space-y-6">
      <Card
        title={
          <>Matrix {missing > 0 && <Badge tone="warn">{missing} without an accountable person</Badge>}</>
        }
        actions={
          can('assignRaci') &&
          !assigning && (
            <Button variant="secondary" onClick={() => setAssigning(true)}>
              Assign a person
            </Button>
          )
        }
      >
        {assigning && (
          <div className="mb-4">
            <AssignForm
              programId={programId}
              subjects={data.raciMatrix}
              people={people}
              onDone={() => {
                setAssigning(false);
                void reload();
              }}
              onCancel={() => setAssigning(false)}
            />
          </div>
        )}
        <ErrorText className="mb-3">{problem}</ErrorText>
        <Table head={['Area or milestone', ...responsibilities.map((r) => responsibilityLabels[r])]}>
          {data.raciMatrix.map((subject) => (
            <tr key={`${subject.subjectType}:${subject.subjectKey}`}>
              <Cell>
                <span className="font-medium text-slate-900">{subject.label}</span>
                <span className="block text-xs text-slate-500">
                  {subject.subjectType === 'AREA' ? 'Checklist area' : 'Milestone'}
                </span>
              </Cell>
              {responsibilities.map((responsibility) => {
                const onIt = subject.assignments.filter((a) => a.responsibility === responsibility);
                return (
                  <Cell key={responsibility}>
                    {responsibility === 'ACCOUNTABLE' && subject.missingAccountable && (
                      <Badge tone="bad">nobody</Badge>
                    )}
                    <ul className="space-y-1">
                      {onIt.map((assignment) => (
                        <li key={assignment.id} className="flex items-center gap-1">
                          <span>{assignment.user.name}</span>
                          {assignment.escalationLevel !== null && (
                            <span className="text-xs text-slate-500">#{assignment.escalationLevel}</span>
                          )}
                          {can('removeRaciAssignment') && (
                            <button
                              type="button"
                              aria-label={`Remove ${assignment.user.name} from ${subject.label}`}
                              className="rounded px-1 text-slate-400 hover:bg-slate-100 hover:text-red-700"
                              onClick={() => void remove(assignment)}
                            >
                              ×
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                  </Cell>
                );
              })}
            </tr>
          ))}
        </Table>
      </Card>
      <Card title="Point of contact for the war room">
        <Table head={['Area', 'Accountable', 'Responsible', 'Escalation path']}>
          {data.pointOfContactMatrix.map((area) => (
            <tr key={area.area}>
              <Cell className="font-medium text-slate-900">{area.label}</Cell>
              <Cell>
                {area.accountable ? <Contact contact={area.accountable} /> : <Badge tone="bad">nobody</Badge>}
              </Cell>
              <Cell>
                {area.responsible.length === 0 ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  area.responsible.map((contact) => <Contact key={contact.email} contact={contact} />)
                )}
              </Cell>
              <Cell>
                {area.escalationPath.length === 0 ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  <ol className="space-y-1">
                    {area.escalationPath.map((contact) => (
                      <li key={contact.email}>
                        <span className="mr-1 text-xs text-slate-500">{contact.escalationLevel}.</span>
                        {contact.name}
                        {contact.phone && (
                          <span className="ml-1 text-xs text-slate-500">{contact.phone}</span>
                        )}
                      </li>
                    ))}
                  </ol>
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      </Card>
    </div>
  );
}

function Contact({ contact }: { contact: RaciContact }) {
  return (
    <div className="mb-1">
      <span className="text-slate-900">{contact.name}</span>
      <span className="block text-xs text-slate-500">
        <a href={`mailto:${contact.email}`} className="hover:underline">
          {contact.email}
        </a>
        {contact.phone && (
          <>
            {' · '}
            <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`} className="hover:underline">
              {contact.phone}
            </a>
          </>
        )}
      </span>
    </div>
  );
}
