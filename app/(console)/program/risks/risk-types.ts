export type RiskStatus = 'OPEN' | 'MITIGATED' | 'OCCURRED' | 'CLOSED';

export interface RiskData {
  id: string;
  title: string;
  description: string;
  probability: number;
  impact: number;
  score: number;
  owner: { id: string; name: string; email: string } | null;
  mitigation: string;
  contingency: string;
  trigger: string;
  reviewOn: string | null;
  reviewOverdue: boolean;
  status: RiskStatus;
}

export const riskStatuses: RiskStatus[] = ['OPEN', 'MITIGATED', 'OCCURRED', 'CLOSED'];

/** How a score reads: 15–25 high, 8–14 medium, 1–7 low. */
export function scoreTone(score: number): 'bad' | 'warn' | 'good' {
  if (score >= 15) return 'bad';
  if (score >= 8) return 'warn';
  return 'good';
}

export const RISK_FIELDS =
  'id title description probability impact score owner { id name email } mitigation contingency trigger reviewOn reviewOverdue status';
