export interface AudienceRow {
  id: string;
  name: string;
  size: number;
  createdAt: string;
  wave: { id: string; name: string } | null;
  filter: {
    region: string | null;
    product: { id: string; name: string } | null;
    status: string | null;
    minBalance: string | null;
  } | null;
  accounts: { id: string; name: string; externalId: string; billingEmail: string | null }[];
}

export const AUDIENCE_FIELDS = `id name size createdAt wave { id name }
  filter { region product { id name } status minBalance }
  accounts(first: 10) { id name externalId billingEmail }`;

/** An audience's rule in words: "Wave Pilot" or "region US-TX · status active". */
export function describeAudience(audience: Pick<AudienceRow, 'wave' | 'filter'>): string {
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
