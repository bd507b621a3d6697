import type { RiskStatus } from '@/app/_gql/graphql';

export const riskStatuses: readonly RiskStatus[] = ['OPEN', 'MITIGATED', 'OCCURRED', 'CLOSED'];

export const riskStatusLabels: Record<RiskStatus, string> = {
  OPEN: 'open',
  MITIGATED: 'mitigated',
  OCCURRED: 'occurred',
  CLOSED: 'closed',
};

/** How a score reads: 15–25 high, 8–14 medium, 1–7 low. */
export function scoreTone(score: number): 'bad' | 'warn' | 'good' {
  if (score >= 15) return 'bad';
  if (score >= 8) return 'warn';
  return 'good';
}
