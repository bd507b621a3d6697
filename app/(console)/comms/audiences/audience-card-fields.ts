import { graphql } from '@/app/_gql';
import type { AudienceCardFieldsFragment } from '@/app/_gql/graphql';

/** An audience as its card shows it: the rule, the size and the first accounts. */
export const AUDIENCE_CARD_FIELDS = graphql(`
  fragment AudienceCardFields on Audience {
    id name size createdAt wave { id name }
    filter { region product { id name } status minBalance }
    accounts(first: 10) { id name externalId billingEmail }
  }
`);

/** An audience's rule in words: "Wave Pilot" or "region US-TX · status active". */
export function describeAudience(audience: Pick<AudienceCardFieldsFragment, 'wave' | 'filter'>): string {
  if (audience.wave) return `Wave ${audience.wave.name}`;
  const filter = audience.filter;
  const parts = [
    filter?.region && `region ${filter.region}`,
    filter?.product && `product ${filter.product.name}`,
    filter?.status && `status ${filter.status.toLowerCase()}`,
    filter?.minBalance && `balance ≥ ${filter.minBalance}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Every open account';
}
