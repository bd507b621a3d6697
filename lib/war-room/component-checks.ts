import type { ComponentSignals } from '../../db/queries/war-room';
import type { ComponentState } from './types';

/** The components watched during cutover, in the war room's order. */
export const componentDefinitions = [
  { key: 'usage_ingestion', name: 'Usage ingestion' },
  { key: 'rating', name: 'Rating' },
  { key: 'bill_runs', name: 'Bill runs' },
  { key: 'invoice_delivery', name: 'Invoice delivery' },
  { key: 'payments', name: 'Payments' },
  { key: 'integrations', name: 'Integrations' },
] as const;

export type ComponentKey = (typeof componentDefinitions)[number]['key'];

export function isComponentKey(value: string): value is ComponentKey {
  return componentDefinitions.some((definition) => definition.key === value);
}

/** Unrated records above this share of the last hour's imported records degrade rating. */
export const UNRATED_SHARE_LIMIT = 0.05;

export interface CheckResult {
  /** Null: no live check, the state is set by hand. */
  state: ComponentState | null;
  reason: string;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * What each component's check says about the live figures. Pure: the figures come from
 * `readComponentSignals`, one statement of aggregates.
 */
export function checkComponents(signals: ComponentSignals): Record<ComponentKey, CheckResult> {
  const unratedShare = signals.importedLastHour > 0 ? signals.unratedLastHour / signals.importedLastHour : 0;
  return {
    usage_ingestion:
      signals.failedIngestions > 0
        ? {
            state: 'degraded',
            reason: `${plural(signals.failedIngestions, 'ingestion')} failed in the last hour.`,
          }
        : { state: 'operational', reason: 'No ingestion failed in the last hour.' },
    rating:
      unratedShare > UNRATED_SHARE_LIMIT
        ? {
            state: 'degraded',
            reason: `${plural(signals.unratedLastHour, 'record')} of ${signals.importedLastHour.toLocaleString('en-US')} ingested in the last hour unrated (${(unratedShare * 100).toFixed(1)}%, over 5%).`,
          }
        : {
            state: 'operational',
            reason:
              signals.importedLastHour > 0
                ? `${(unratedShare * 100).toFixed(1)}% of the last hour's records unrated (5% allowed).`
                : 'No usage ingested in the last hour.',
          },
    bill_runs:
      signals.failedBillRuns > 0
        ? {
            state: 'down',
            reason: `${plural(signals.failedBillRuns, 'bill run')} failed in the last 24 hours.`,
          }
        : signals.failedAccountsInRunningRuns > 0
          ? {
              state: 'degraded',
              reason: `A running bill run has ${plural(signals.failedAccountsInRunningRuns, 'failed account')}.`,
            }
          : { state: 'operational', reason: 'No bill run failed in the last 24 hours.' },
    invoice_delivery:
      signals.failedDeliveries > 0
        ? {
            state: 'degraded',
            reason: `${plural(signals.failedDeliveries, 'invoice email')} failed, bounced or ended with an unknown outcome in the last hour.`,
          }
        : { state: 'operational', reason: 'No invoice email failed in the last hour.' },
    payments: {
      state: 'operational',
      reason: 'Operational unless set by hand: no live check reads payments yet.',
    },
    integrations: { state: null, reason: 'Manual only: integrations have no live check.' },
  };
}
