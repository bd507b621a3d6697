import { cyclesEndingIn, cyclesStartingIn } from '../rating/billing-cycles';
import { overlapOf, type Span, subtractSpans, unionOf } from '../rating/spans';

export type BillingTiming = 'in_advance' | 'in_arrears';

/** What decides when a subscription's recurring charge is billed. */
export interface RecurringTerms {
  start: string;
  /** Exclusive; null while open. */
  end: string | null;
  timing: BillingTiming;
  /** Day of the month its own cycles start on; null when they are the account's billing periods. */
  anchorDay: number | null;
  /** Ended by a change (another subscription replaced it) rather than cancelled. */
  replaced: boolean;
}

/** A catalog's rules for charges billed in advance. */
export interface AdvanceSettings {
  creditUnusedOnCancel: boolean;
  billPartialWithNextPeriod: boolean;
}

/** Days of one subscription an earlier invoice billed (a charge) or gave back (a credit). */
export interface BilledSpan extends Span {
  credit: boolean;
}

/** One recurring line to bill: the days it is for, inside which cycle, charged or credited. */
export interface RecurringSpan {
  cycle: Span;
  service: Span;
  credit: boolean;
}

/**
 * The recurring lines one subscription gets on the invoice of an account's billing `period`
 * (whose usage it bills in arrears), `next` being the period after it.
 *
 * In arrears: the days of the cycles that end in the period (the period itself when aligned
 * to the account), prorated.
 *
 * In advance: the cycles that start in `next`, billed ahead; and, for the cycles that started
 * in `period` (billed ahead by the previous invoice), what changed since: days not billed yet
 * (a subscription that started mid-cycle) are charged, days billed but no longer due (an
 * ended or replaced subscription) are credited. Which days were billed comes from `history`,
 * the subscription's recurring lines on earlier Switchboard invoices; but a migrated
 * account's first Switchboard invoice, and the parallel run, have none (the legacy system
 * billed the cycle ahead), so `history` is null and the rule that system followed is read
 * from the subscription as it is now (the rule of legacy export format v1.1):
 * - billPartialWithNextPeriod (default): a cycle was billed ahead, in full, for a subscription
 *   active on its first day; one that starts mid-cycle is caught up on the next invoice with
 *   its next full cycle; a later end date was not known yet.
 * - otherwise: a cycle was billed ahead from the subscription's start, so its partial first
 *   cycle is billed alone, on the invoice before it starts.
 * A cancellation credits the unused days only when creditUnusedOnCancel is set; a change
 * (upgrade, downgrade, new quantity) always does, beside the new terms' charge.
 */
export function recurringSpans(
  terms: RecurringTerms,
  window: { period: Span; next: Span },
  settings: AdvanceSettings,
  history: readonly BilledSpan[] | null,
): RecurringSpan[] {
  const cyclesOf = (range: Span, ending: boolean) =>
    terms.anchorDay === null
      ? [range]
      : ending
        ? cyclesEndingIn(range, terms.anchorDay)
        : cyclesStartingIn(range, terms.anchorDay);

  if (terms.timing === 'in_arrears') {
    return cyclesOf(window.period, true).flatMap((cycle) => {
      const service = overlapOf(terms, cycle);
      return service ? [{ cycle, service, credit: false }] : [];
    });
  }

  const spans: RecurringSpan[] = [];
  for (const cycle of cyclesOf(window.period, false)) {
    const billed = history ? billedIn(history, cycle) : billedAhead(terms, cycle, settings);
    const due = overlapOf(terms, cycle);
    const wanted = due ? [due] : [];
    for (const service of subtractSpans(wanted, billed)) spans.push({ cycle, service, credit: false });
    const cancelled = terms.end !== null && !terms.replaced && !settings.creditUnusedOnCancel;
    for (const service of subtractSpans(billed, wanted)) {
      if (cancelled && terms.end !== null && service.start >= terms.end) continue;
      spans.push({ cycle, service, credit: true });
    }
  }
  for (const cycle of cyclesOf(window.next, false)) {
    const ahead = billedAhead(terms, cycle, settings);
    const already = history ? billedIn(history, cycle) : [];
    for (const service of subtractSpans(ahead, already)) spans.push({ cycle, service, credit: false });
  }
  return spans;
}

/** What an invoice bills ahead for a cycle: end dates are ignored (a later invoice credits them). */
function billedAhead(terms: RecurringTerms, cycle: Span, settings: AdvanceSettings): Span[] {
  if (terms.end !== null && terms.end <= cycle.start) return [];
  if (settings.billPartialWithNextPeriod) return terms.start <= cycle.start ? [cycle] : [];
  const from = terms.start > cycle.start ? terms.start : cycle.start;
  return from < cycle.end ? [{ start: from, end: cycle.end }] : [];
}

/** Days of a cycle that earlier invoices billed and did not credit back. */
function billedIn(history: readonly BilledSpan[], cycle: Span): Span[] {
  const inCycle = (credit: boolean) =>
    history.flatMap((span) => {
      const part = span.credit === credit ? overlapOf(span, cycle) : null;
      return part ? [part] : [];
    });
  return subtractSpans(unionOf(inCycle(false)), inCycle(true));
}
