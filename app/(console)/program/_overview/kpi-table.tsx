import { Money } from '@/app/_components/money';
import { formatKpi } from '@/app/_components/program/format-kpi';
import { kpiLabels } from '@/app/_components/program/labels';
import { Badge } from '@/app/_components/ui/badge';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { graphql } from '@/app/_gql';
import type { ProgramKpiValueFragment } from '@/app/_gql/graphql';

/** A KPI as the overview's table shows it: value, target, whether it is met, and its trend. */
export const PROGRAM_KPI_VALUE = graphql(`
  fragment ProgramKpiValue on KpiValue {
    kpi value currency target meetsTarget
    trend { label value }
  }
`);

/**
 * A trend as a tiny line. Floats are fine here: they only place points on a 96×24 drawing,
 * the figures themselves are shown from the exact strings.
 */
function Sparkline({ points, label }: { points: ProgramKpiValueFragment['trend']; label: string }) {
  const values = points.map((point) => (point.value === null ? null : Number(point.value)));
  const known = values.filter((value): value is number => value !== null);
  if (known.length < 2)
    return <span className="text-xs text-slate-400">{known.length === 1 ? 'one point' : '—'}</span>;
  const low = Math.min(...known);
  const high = Math.max(...known);
  const span = high - low || 1;
  const path = values
    .map((value, index) =>
      value === null ? null : `${(index / (values.length - 1)) * 96},${22 - ((value - low) / span) * 20}`,
    )
    .filter(Boolean)
    .join(' ');
  return (
    <svg width="96" height="24" role="img" aria-label={`${label} trend`} className="text-brand-600">
      <title>{points.map((point) => `${point.label}: ${point.value ?? '—'}`).join('\n')}</title>
      <polyline points={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

/** A KPI's value or target: money (a KPI with a currency) as `Money`, the rest as formatKpi reads it. */
function KpiFigure({ kpi, value }: { kpi: ProgramKpiValueFragment; value: string | null }) {
  return kpi.currency && value !== null ? (
    <Money amount={value} currency={kpi.currency} />
  ) : (
    formatKpi(kpi.kpi, value, kpi.currency)
  );
}

/** The charter's KPIs as measured, against their targets. */
export function KpiTable({ kpis }: { kpis: ProgramKpiValueFragment[] }) {
  if (kpis.length === 0)
    return <p className="text-sm text-slate-500">No KPIs yet: add goals to the charter.</p>;
  return (
    <Table
      head={[
        'KPI',
        <NumberHead key="v">Value</NumberHead>,
        <NumberHead key="t">Target</NumberHead>,
        '',
        'Trend',
      ]}
    >
      {kpis.map((kpi) => (
        <tr key={kpi.kpi} aria-label={kpiLabels[kpi.kpi]}>
          <Cell className="font-medium text-slate-800">{kpiLabels[kpi.kpi]}</Cell>
          <NumberCell>
            <KpiFigure kpi={kpi} value={kpi.value} />
          </NumberCell>
          <NumberCell className="text-slate-500">
            <KpiFigure kpi={kpi} value={kpi.target} />
          </NumberCell>
          <Cell>
            {kpi.meetsTarget === null ? (
              <Badge>{kpi.value === null ? 'No data' : 'No target'}</Badge>
            ) : kpi.meetsTarget ? (
              <Badge tone="good">Met</Badge>
            ) : (
              <Badge tone="bad">Not met</Badge>
            )}
          </Cell>
          <Cell>
            <Sparkline points={kpi.trend} label={kpiLabels[kpi.kpi]} />
          </Cell>
        </tr>
      ))}
    </Table>
  );
}
