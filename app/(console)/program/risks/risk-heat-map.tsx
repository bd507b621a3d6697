import { Card } from '@/app/_components/ui/card';
import { cn } from '@/app/_components/ui/cn';
import { graphql } from '@/app/_gql';
import type { RiskHeatMapCellsFragment } from '@/app/_gql/graphql';
import { scoreTone } from './risk-types';

/** Open risks counted by probability × impact. */
export const RISK_HEAT_MAP_CELLS = graphql(`
  fragment RiskHeatMapCells on RiskHeatMap {
    openRisks
    cells { probability impact score count }
  }
`);

const shades = {
  bad: 'bg-red-100 text-red-800',
  warn: 'bg-amber-100 text-amber-900',
  good: 'bg-emerald-50 text-emerald-800',
} as const;

/** Open risks on a 5 × 5 grid: probability up the side (5 on top), impact along the bottom. */
export function RiskHeatMap({ map }: { map: RiskHeatMapCellsFragment }) {
  const rows = [5, 4, 3, 2, 1].map((probability) => ({
    probability,
    cells: map.cells.filter((cell) => cell.probability === probability),
  }));
  return (
    <Card title={`Heat map · ${map.openRisks} open`} className="w-fit">
      <div className="flex gap-3">
        <div className="flex items-center">
          <span className="-rotate-180 text-xs font-medium text-slate-500 [writing-mode:vertical-rl]">
            Probability
          </span>
        </div>
        <div>
          <table className="border-separate border-spacing-1" aria-label="Risk heat map">
            <tbody>
              {rows.map(({ probability, cells }) => (
                <tr key={probability}>
                  <th scope="row" className="w-5 pr-1 text-right text-xs font-medium text-slate-500">
                    {probability}
                  </th>
                  {cells.map((cell) => (
                    <td
                      key={cell.impact}
                      title={`Probability ${cell.probability} × impact ${cell.impact} = ${cell.score}: ${cell.count} open`}
                      data-testid={`heat-${cell.probability}-${cell.impact}`}
                      className={cn(
                        'h-12 w-14 rounded text-center align-middle text-sm tabular-nums',
                        shades[scoreTone(cell.score)],
                        cell.count === 0 && 'opacity-40',
                      )}
                    >
                      {cell.count > 0 ? <span className="text-base font-semibold">{cell.count}</span> : '·'}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <td />
                {[1, 2, 3, 4, 5].map((impact) => (
                  <td key={impact} className="text-center text-xs font-medium text-slate-500">
                    {impact}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <p className="mt-1 text-center text-xs font-medium text-slate-500">Impact</p>
        </div>
        <ul className="ml-4 space-y-1 self-center text-xs text-slate-600">
          <li>
            <span className={cn('mr-2 inline-block h-3 w-3 rounded', shades.bad)} />
            High: score 15–25
          </li>
          <li>
            <span className={cn('mr-2 inline-block h-3 w-3 rounded', shades.warn)} />
            Medium: 8–14
          </li>
          <li>
            <span className={cn('mr-2 inline-block h-3 w-3 rounded', shades.good)} />
            Low: 1–7
          </li>
          <li className="pt-1 text-slate-500">Open risks only; score = probability × impact.</li>
        </ul>
      </div>
    </Card>
  );
}
