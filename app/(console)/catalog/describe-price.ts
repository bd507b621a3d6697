import { graphql } from '@/app/_gql';
import type { DescribePricePriceFragment } from '@/app/_gql/graphql';

/** What `describePrice` reads of a price. */
export const DESCRIBE_PRICE_PRICE = graphql(`
  fragment DescribePricePrice on Price {
    model amount unitPrice packageSize packagePrice freeUnits minimumCharge
    tiers { from unitPrice }
  }
`);

/** One line saying what a price is, for tables: the figures as the price defines them, unrounded. */
export function describePrice(price: DescribePricePriceFragment | null): string {
  if (!price) return '—';
  const minimum = price.minimumCharge ? `, min ${price.minimumCharge}` : '';
  switch (price.model) {
    case 'FLAT':
      return `${price.amount} per period${minimum}`;
    case 'PER_UNIT':
      return `${price.unitPrice} each${minimum}`;
    case 'PACKAGE':
      return `${price.freeUnits ? `first ${price.freeUnits} free, then ` : ''}${price.packagePrice} per ${price.packageSize}${minimum}`;
    case 'GRADUATED':
    case 'VOLUME':
      return `${price.model.toLowerCase()}: ${price.tiers.map((tier) => `${tier.from}+ at ${tier.unitPrice}`).join(' · ')}${minimum}`;
    case 'RATE_DECK':
      return 'per call, by rate plan';
    default:
      return price.model;
  }
}
