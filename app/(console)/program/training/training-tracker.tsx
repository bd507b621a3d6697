'use client';

import { useState } from 'react';
import { formatDay } from '@/app/_components/format';
import { errorMessage, graphqlRequest } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import { ProgramGate } from '@/app/_components/program/program-gate';
import { today } from '@/app/_components/today';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { ErrorText } from '@/app/_components/ui/error-text';
import { ProgressBar } from '@/app/_components/ui/progress-bar';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { AddModuleForm, AddTraineeForm } from './training-forms';

const TRAINING = graphql(`
  query TrainingTracker($id: ID!) {
    trainingGrid(programId: $id) {
      modules { id title audience required }
      rows { trainee { id name email team } cells { moduleId completedOn recordedBy } }
    }
    trainingCompletion(programId: $id) { requiredModules trainees completed expected ratio complete }
  }
`);

const RECORD = graphql(`
  mutation TrainingRecordCompletion($input: RecordTrainingCompletionInput!) {
    recordTrainingCompletion(input: $input) {
      userErrors { message }
    }
  }
`);

const UNDO = graphql(`
  mutation TrainingUndoCompletion($input: UndoTrainingCompletionInput!) {
    undoTrainingCompletion(input: $input) {
      userErrors { message }
    }
  }
`);

export function TrainingTracker() {
  return <ProgramGate>{(program) => <Training programId={program.id} />}</ProgramGate>;
}

function Training({ programId }: { programId: string }) {
  const can = useCan();
  const [adding, setAdding] = useState<'module' | 'trainee' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Ticks shown at once, until the grid is read again: "traineeId:moduleId" → ticked.
  const [ticking, setTicking] = useState<Record<string, boolean>>({});
  const { data, error, reload } = useGraphQLQuery(TRAINING, { id: programId });
  if (error) return <ErrorText>{error}</ErrorText>;
  if (!data?.trainingGrid || !data.trainingCompletion)
    return <p className="text-sm text-slate-500">Loading training…</p>;
  const { modules, rows } = data.trainingGrid;
  const summary = data.trainingCompletion;
  const mayTick = can('recordTrainingCompletion') && can('undoTrainingCompletion');

  async function toggle(traineeId: string, moduleId: string, done: boolean) {
    const key = `${traineeId}:${moduleId}`;
    setTicking((shown) => ({ ...shown, [key]: !done }));
    try {
      const userErrors = done
        ? (await graphqlRequest(UNDO, { input: { traineeId, moduleId } })).undoTrainingCompletion.userErrors
        : (await graphqlRequest(RECORD, { input: { traineeId, moduleId, completedOn: today() } }))
            .recordTrainingCompletion.userErrors;
      setProblem(userErrors[0]?.message ?? null);
    } catch (caught) {
      setProblem(errorMessage(caught));
    } finally {
      await reload();
      setTicking(({ [key]: _settled, ...rest }) => rest);
    }
  }
  const close = () => {
    setAdding(null);
    void reload();
  };

  return (
    <div className="space-y-6">
      <Card title="Completion">
        <div className="flex flex-wrap items-center gap-6">
          <div className="min-w-64 flex-1">
            <ProgressBar
              done={summary.completed}
              total={summary.expected}
              label="Required modules completed"
            />
          </div>
          <p className="text-sm text-slate-700 tabular-nums">
            {summary.completed} of {summary.expected} required completions ({summary.trainees} trainees ×{' '}
            {summary.requiredModules} required modules)
          </p>
          {summary.complete ? <Badge tone="good">complete</Badge> : <Badge tone="warn">not complete</Badge>}
        </div>
      </Card>
      <Card
        title="People × modules"
        actions={
          <>
            {can('createTrainingModule') && (
              <Button variant="secondary" onClick={() => setAdding('module')}>
                Add module
              </Button>
            )}
            {can('addTrainee') && (
              <Button variant="secondary" onClick={() => setAdding('trainee')}>
                Add trainee
              </Button>
            )}
          </>
        }
      >
        {adding === 'module' && (
          <div className="mb-4">
            <AddModuleForm programId={programId} onDone={close} onCancel={() => setAdding(null)} />
          </div>
        )}
        {adding === 'trainee' && (
          <div className="mb-4">
            <AddTraineeForm programId={programId} onDone={close} onCancel={() => setAdding(null)} />
          </div>
        )}
        <ErrorText className="mb-3">{problem}</ErrorText>
        {rows.length === 0 || modules.length === 0 ? (
          <EmptyState title={modules.length === 0 ? 'No modules yet' : 'No trainees yet'}>
            Add the modules people need and the people to train; tick a box when someone completes a module.
          </EmptyState>
        ) : (
          <Table
            head={[
              'Trainee',
              ...modules.map((module) => (
                <span key={module.id} className="block normal-case">
                  {module.title}
                  <span className="block font-normal text-slate-400">
                    {module.required ? 'required' : 'optional'}
                    {module.audience && ` · ${module.audience}`}
                  </span>
                </span>
              )),
            ]}
          >
            {rows.map((row) => (
              <tr key={row.trainee.id}>
                <Cell>
                  <span className="font-medium text-slate-900">{row.trainee.name}</span>
                  <span className="block text-xs text-slate-500">
                    {[row.trainee.team, row.trainee.email].filter(Boolean).join(' · ')}
                  </span>
                </Cell>
                {row.cells.map((cell) => {
                  const module = modules.find((m) => m.id === cell.moduleId);
                  const done = cell.completedOn !== null;
                  return (
                    <Cell key={cell.moduleId}>
                      <label className="flex items-center gap-2">
                        <input
                          type="checkbox"
                          checked={ticking[`${row.trainee.id}:${cell.moduleId}`] ?? done}
                          disabled={!mayTick}
                          aria-label={`${row.trainee.name} completed ${module?.title ?? 'the module'}`}
                          onChange={() => void toggle(row.trainee.id, cell.moduleId, done)}
                        />
                        <span className="text-xs text-slate-500 tabular-nums">
                          {cell.completedOn === null ? '' : formatDay(cell.completedOn)}
                        </span>
                      </label>
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
