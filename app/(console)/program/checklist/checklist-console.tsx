'use client';

import { useState } from 'react';
import { useCan } from '@/app/_components/permissions';
import { areaLabels, areas, itemStatuses, itemStatusLabels } from '@/app/_components/program/labels';
import { ProgramFrame } from '@/app/_components/program/program-frame';
import { useProgram } from '@/app/_components/program/use-program';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field } from '@/app/_components/ui/field';
import { graphql } from '@/app/_gql';
import type { ChecklistArea, ChecklistItemStatus } from '@/app/_gql/graphql';
import { ChecklistItemRow } from './checklist-item-row';
import { NewChecklistItemForm } from './new-checklist-item-form';
import { RefreshEvidenceButton } from './refresh-evidence-button';

const CHECKLIST = graphql(`
  query Checklist($filter: ChecklistFilter) {
    program {
      id name evidenceCheckedAt
      checklist(filter: $filter) { ...ChecklistItemRow }
    }
  }
`);

/** The go-live checklist: items grouped by the five areas, filtered, ticked and signed off. */
export function ChecklistConsole() {
  const [refresh, setRefresh] = useState(0);
  const [mine, setMine] = useState(false);
  const [blocking, setBlocking] = useState(false);
  const [overdue, setOverdue] = useState(false);
  const [status, setStatus] = useState<ChecklistItemStatus | ''>('');
  const filter = {
    mine: mine || null,
    blocking: blocking || null,
    overdue: overdue || null,
    status: status || null,
  };
  const state = useProgram(CHECKLIST, { filter }, refresh);
  const [adding, setAdding] = useState<ChecklistArea | null>(null);
  const can = useCan();
  const changed = () => setRefresh((n) => n + 1);

  return (
    <ProgramFrame
      title="Go-live checklist"
      description="Data validation, technical readiness, communications, training and contingency: ticked by people or by evidence checks over the billing data, and signed off."
      state={state}
      writeOperation="saveChecklistItem"
    >
      {(program) => {
        const done = program.checklist.filter((item) => item.status !== 'OPEN').length;
        return (
          <div className="space-y-6">
            <Card>
              <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
                <div className="w-44">
                  <Field label="Status">
                    <ChoiceSelect
                      aria-label="Status filter"
                      value={status}
                      choices={itemStatuses}
                      labels={itemStatusLabels}
                      emptyLabel="Any"
                      onChange={setStatus}
                    />
                  </Field>
                </div>
                {(
                  [
                    ['Mine', mine, setMine],
                    ['Blocking', blocking, setBlocking],
                    ['Overdue', overdue, setOverdue],
                  ] as const
                ).map(([label, checked, set]) => (
                  <div key={label} className="pb-1.5">
                    <Checkbox checked={checked} onChange={set}>
                      {label}
                    </Checkbox>
                  </div>
                ))}
                <p className="ml-auto pb-1.5 text-sm text-slate-600" data-testid="checklist-progress">
                  {done} of {program.checklist.length} shown done or not applicable
                </p>
                <RefreshEvidenceButton
                  programId={program.id}
                  checkedAt={program.evidenceCheckedAt}
                  onRefreshed={changed}
                />
              </div>
            </Card>
            <ErrorText>{state.error}</ErrorText>
            {areas.map((area) => {
              const items = program.checklist.filter((item) => item.area === area);
              return (
                <Card
                  key={area}
                  title={`${areaLabels[area]} (${items.length})`}
                  actions={
                    can('saveChecklistItem') &&
                    adding !== area && (
                      <Button
                        variant="secondary"
                        aria-label={`Add an item to ${areaLabels[area]}`}
                        onClick={() => setAdding(area)}
                      >
                        Add item
                      </Button>
                    )
                  }
                >
                  {adding === area && (
                    <NewChecklistItemForm
                      programId={program.id}
                      area={area}
                      onDone={() => {
                        setAdding(null);
                        changed();
                      }}
                      onCancel={() => setAdding(null)}
                    />
                  )}
                  {items.length === 0 ? (
                    <p className="text-sm text-slate-500">No item here matches the filters.</p>
                  ) : (
                    <div className="divide-y divide-slate-100">
                      {items.map((item) => (
                        <ChecklistItemRow
                          key={item.id}
                          programId={program.id}
                          item={item}
                          onChanged={changed}
                        />
                      ))}
                    </div>
                  )}
                </Card>
              );
            })}
          </div>
        );
      }}
    </ProgramFrame>
  );
}
