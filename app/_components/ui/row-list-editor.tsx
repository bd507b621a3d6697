'use client';

import { type ReactNode, useState } from 'react';
import { Button } from './button';
import { cn } from './cn';

/** A row of an edited list, with a key that stays put while rows are added and removed. */
export type EditableRow<T> = T & { key: number };

/** The rows of a list being edited (goals, conditions): add a blank row, change one, remove one. */
export interface EditableRows<T> {
  rows: EditableRow<T>[];
  add: () => void;
  update: (key: number, patch: Partial<T>) => void;
  remove: (key: number) => void;
}

export function useEditableRows<T extends object>(initial: readonly T[], blank: T): EditableRows<T> {
  const [rows, setRows] = useState<EditableRow<T>[]>(() => initial.map((row, key) => ({ ...row, key })));
  return {
    rows,
    add: () => setRows([...rows, { ...blank, key: Math.max(-1, ...rows.map((row) => row.key)) + 1 }]),
    update: (key, patch) => setRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row))),
    remove: (key) => setRows(rows.filter((row) => row.key !== key)),
  };
}

/**
 * An "add a row / remove" list inside a form: each row's controls (`renderRow`, laid out by
 * the grid `columns`) with its Remove button, then a hint or the server's error for the list,
 * then the button that adds a row. `minRows` keeps the last rows from being removed.
 */
export function RowListEditor<T extends object>({
  rows,
  columns,
  renderRow,
  addLabel,
  minRows = 0,
  hint,
  error,
}: {
  rows: EditableRows<T>;
  /** Tailwind grid columns of a row, the Remove button last, e.g. `sm:grid-cols-[minmax(0,1fr)_10rem_auto]`. */
  columns: string;
  renderRow: (row: EditableRow<T>, index: number) => ReactNode;
  addLabel: string;
  minRows?: number;
  hint?: ReactNode;
  error?: string | null;
}) {
  return (
    <div className="space-y-2">
      {rows.rows.map((row, index) => (
        <div key={row.key} className={cn('grid gap-2', columns)}>
          {renderRow(row, index)}
          <Button variant="ghost" disabled={rows.rows.length <= minRows} onClick={() => rows.remove(row.key)}>
            Remove
          </Button>
        </div>
      ))}
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
      <Button variant="secondary" onClick={rows.add}>
        {addLabel}
      </Button>
    </div>
  );
}
