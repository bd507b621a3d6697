import { formatUnitPrice } from '@/lib/money/format-money';

/**
 * An invoice line's unit price, unrounded; a dash where the line has none (prorated, tiered
 * or rated call by call), since no one price explains such an amount and none is derived.
 */
export function UnitPrice({ price, currency }: { price: string | null | undefined; currency: string }) {
  if (!price)
    return (
      <span className="text-slate-400" title="No single unit price explains this amount">
        —
      </span>
    );
  return <span className="font-mono whitespace-nowrap tabular-nums">{formatUnitPrice(price, currency)}</span>;
}
