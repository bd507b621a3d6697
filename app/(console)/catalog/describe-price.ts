import { graphql } from '@/app/_gql';
import type { DescribePricePriceFragment } from '@/app/_gql/graphql';

/** What `describePrice` reads of a price. */
export const DESCRIBE_PRICE_PRICE = graphql(`
  fragment DescribePricePrice on Price {
    model amount unitPrice packageSize packagePrice freeUnits minimumCharge
    tiers { upTo unitPrice }
    ratePercent transactionFee transactionMinimum transactionMaximum freeTransactions freeAmount
    billingTiming
  }
`);

/** One line saying what a price is, for tables: the figures as the price defines them, unrounded. */
export function describePrice(price: DescribePricePriceFragment | null): string {
  if (!price) return '—';
  const timing =
    price.billingTiming === 'IN_ADVANCE'
      ? ', billed in advance'
      : price.billingTiming === 'IN_ARREARS'
        ? ', billed in arrears'
        : '';
  return describeAmount(price) + timing;
}

function describeAmount(price: DescribePricePriceFragment): string {
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
      return `${price.model.toLowerCase()}: ${tierList(price.tiers, '')}${minimum}`;
    case 'GRADUATED_PERCENTAGE':
      return `graduated percentage: ${tierList(price.tiers, '%')}${minimum}`;
    case 'PERCENTAGE':
      return describePercentage(price) + minimum;
    case 'RATE_DECK':
      return 'per call, by rate plan';
    default:
      return price.model;
  }
}

/** "up to 1000 at 0.01 · above at 0.008": each tier's inclusive bound and price. */
function tierList(tiers: DescribePricePriceFragment['tiers'], unit: string): string {
  return tiers
    .map((tier) => `${tier.upTo === null ? 'above' : `up to ${tier.upTo}`} at ${tier.unitPrice}${unit}`)
    .join(' · ');
}

/** "2.9% + 0.30 per transaction, min 0.50, max 5.00, first 10 free". */
function describePercentage(price: DescribePricePriceFragment): string {
  const parts = [
    `${price.ratePercent}%${price.transactionFee ? ` + ${price.transactionFee}` : ''} per transaction`,
  ];
  if (price.transactionMinimum) parts.push(`min ${price.transactionMinimum}`);
  if (price.transactionMaximum) parts.push(`max ${price.transactionMaximum}`);
  if (price.freeTransactions) parts.push(`first ${price.freeTransactions} free`);
  if (price.freeAmount) parts.push(`first ${price.freeAmount} free`);
  return parts.join(', ');
}
