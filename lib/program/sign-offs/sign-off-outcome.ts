import type { SignOffDecision, SignOffRule, SignOffStatus } from '../types';

/**
 * Where a request stands from its approvers' decisions: any rejection rejects it, any request
 * for changes sends it back; otherwise it is approved once its rule is met.
 */
export function signOffOutcome(
  rule: SignOffRule,
  quorum: number | null,
  decisions: readonly (SignOffDecision | null)[],
): SignOffStatus {
  if (decisions.includes('rejected')) return 'rejected';
  if (decisions.includes('changes_requested')) return 'changes_requested';
  const approvals = decisions.filter((decision) => decision === 'approved').length;
  const needed = rule === 'all' ? decisions.length : rule === 'any' ? 1 : (quorum ?? decisions.length);
  return approvals >= needed ? 'approved' : 'pending';
}
