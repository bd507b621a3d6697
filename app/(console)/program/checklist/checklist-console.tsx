'use client';

import { useState } from 'react';
import { useCan } from '@/app/_components/permissions';
import { areaLabels, areas, itemStatusLabels } from '@/app/_components/program/labels';
import { ProgramFrame } from '@/app/_components/program/program-frame';
import {
  CHECKLIST_ITEM_FIELDS,
  type ChecklistArea,
  type ChecklistItem,
  type ChecklistItemStatus,
} from '@/app/_components/program/types';
import { useProgram } from '@/app/_components/program/use-program';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Field, Select } from '@/app/_components/ui/field';
import { ChecklistItemRow } from './checklist-item-row';
import { NewChecklistItemForm } from './new-checklist-item-form';
import { RefreshEvidenceButton } from './refresh-evidence-button';

interface ChecklistProgram {
  id: string;
  name: string;
  evidenceCheckedAt: string | null;
  checklist: ChecklistItem[];
}

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
  const state = useProgram<ChecklistProgram>(
    `evidenceCheckedAt checklist(filter: $filter) { ${CHECKLIST_ITEM_FIELDS} }`,
    {
      declarations: '$filter: ChecklistFilter',
      variables: { filter },
      refreshKey: refresh,
    },
  );
  const [adding, setAdding] = useState<ChecklistArea | null>(null);
  const can = useCan();
  const changed = () => setRefresh((n) => n + 1);

  return (
    <ProgramFrame
      title="Go-live checklist"
      description="Data validation, technical readiness, communications, training and contingency: ticked by people or by evidence checks, and signed off."
      state={state}
      writeOperation="saveChecklistItem"
    >
      {(program) => {
        const done = program.checklist.filter((item) => item.status !== 'OPEN').length;
        return (
          <div className="space-y-6">
            <div className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm">
              <div className="w-44">
                <Field label="Status">
                  <Select
                    aria-label="Status filter"
                    value={status}
                    onChange={(event) => setStatus(event.target.value as ChecklistItemStatus | '')}
                  >
                    <option value="">Any</option>
                    {(Object.keys(itemStatusLabels) as ChecklistItemStatus[]).map((value) => (
                      <option key={value} value={value}>
                        {itemStatusLabels[value]}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              {(
                [
                  ['Mine', mine, setMine],
                  ['Blocking', blocking, setBlocking],
                  ['Overdue', overdue, setOverdue],
                ] as const
              ).map(([label, checked, set]) => (
                <label key={label} className="flex items-center gap-1.5 pb-1.5 text-sm text-slate-700">
                  <input type="checkbox" checked={checked} onChange={(event) => set(event.target.checked)} />
                  {label}
                </label>
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
            {state.error && (
              <p role="alert" className="text-sm text-red-700">
                {state.error}
              </p>
            )}
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
                      onSaved={() => {
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
