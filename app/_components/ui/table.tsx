import type { ReactNode } from 'react';

export function Table({ head, children }: { head: ReactNode[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead>
          <tr>
            {head.map((cell, index) => (
              <th
                // biome-ignore lint/suspicious/noArrayIndexKey: header cells are static
                key={index}
                scope="col"
                className="px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase"
              >
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Cell({ children, className }: { children: ReactNode; className?: string }) {
  return <td className={`px-3 py-2.5 align-middle text-slate-700 ${className ?? ''}`}>{children}</td>;
}

/** A header for a column of amounts or counts: right-aligned, like its cells. */
export function NumberHead({ children }: { children: ReactNode }) {
  return <span className="block text-right whitespace-nowrap">{children}</span>;
}

/** A cell of an amount or count: right-aligned, monospaced digits. */
export function NumberCell({ children, className }: { children: ReactNode; className?: string }) {
  return <Cell className={`text-right tabular-nums ${className ?? ''}`}>{children}</Cell>;
}
