export interface PriceSummary {
  model: string;
  amount: string | null;
  unitPrice: string | null;
  packageSize: string | null;
  packagePrice: string | null;
  minimumCharge: string | null;
  tiers: { from: string; unitPrice: string; flatFee?: string | null }[];
}

/** One line saying what a price is, for tables. */
export function describePrice(price: PriceSummary | null): string {
  if (!price) return '—';
  const minimum = price.minimumCharge ? `, min ${price.minimumCharge}` : '';
  switch (price.model) {
    case 'FLAT':
      return `${price.amount} per period${minimum}`;
    case 'PER_UNIT':
      return `${price.unitPrice} each${minimum}`;
    case 'PACKAGE':
      return `${price.packagePrice} per ${price.packageSize}${minimum}`;
    case 'GRADUATED':
    case 'VOLUME':
      return `${price.model.toLowerCase()}: ${price.tiers.map((tier) => `${tier.from}+ at ${tier.unitPrice}`).join(' · ')}${minimum}`;
    case 'RATE_DECK':
      return 'per call, by rate plan';
    default:
      return price.model;
  }
}
