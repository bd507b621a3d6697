import { Badge } from '@/app/_components/ui/badge';
import type { CheckState, Health, SignOffStatus } from '@/app/_gql/graphql';
import {
  checkStateLabels,
  checkStateTones,
  healthLabels,
  healthTones,
  signOffStatusLabels,
  signOffStatusTones,
} from './labels';

export function HealthBadge({ health }: { health: Health }) {
  return <Badge tone={healthTones[health]}>{healthLabels[health]}</Badge>;
}

export function CheckStateBadge({ state }: { state: CheckState }) {
  return <Badge tone={checkStateTones[state]}>{checkStateLabels[state]}</Badge>;
}

export function SignOffStatusBadge({ status }: { status: SignOffStatus }) {
  return <Badge tone={signOffStatusTones[status]}>{signOffStatusLabels[status]}</Badge>;
}
