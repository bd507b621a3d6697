import { Dec, ZERO } from '../money/decimal';

/**
 * A multi-step rate, as CGRateS writes rate intervals: each step prices the seconds of a
 * call from `fromSecond` (the first step from 0) until the next step starts, at its own rate
 * and in its own increment. E.g. [0: 0.10/min per 60 s, 60: 0.05/min per 1 s] bills a 75 s
 * call 60 s at 0.10 and 15 s at 0.05. Each step but the last spans a whole number of its
 * increments, so a step's increments never reach into the next step.
 */
export interface RateStep {
  /** Seconds into the call where the step starts. */
  fromSecond: number;
  /** Currency units per minute, unrounded. */
  ratePerMinute: Dec;
  incrementSeconds: number;
}

/** What a call billed at one step: its billable seconds there and their rate. */
export interface BilledStep {
  seconds: number;
  ratePerMinute: Dec;
}

/** The billed seconds of a call in each step it reaches, in call order; none for 0 s. */
export function billedSteps(durationSeconds: number, steps: readonly RateStep[]): BilledStep[] {
  if (!Number.isInteger(durationSeconds) || durationSeconds < 0) {
    throw new RangeError(`Call duration must be whole, non-negative seconds, got ${durationSeconds}`);
  }
  const billed: BilledStep[] = [];
  for (const [i, step] of steps.entries()) {
    if (durationSeconds <= step.fromSecond) break;
    const end = steps[i + 1]?.fromSecond ?? Number.POSITIVE_INFINITY;
    const spent = Math.min(durationSeconds, end) - step.fromSecond;
    billed.push({
      seconds: Math.ceil(spent / step.incrementSeconds) * step.incrementSeconds,
      ratePerMinute: step.ratePerMinute,
    });
  }
  return billed;
}

const SIXTY = new Dec(60);

/**
 * What the last `uncovered` billable seconds of a stepped call cost, unrounded: allowances
 * cover a call's first seconds, so what is left to pay sits in its last steps. The same rule
 * as db/queries/voice-charges applies to usage_records.step_seconds/step_rates.
 */
export function uncoveredStepCost(steps: readonly BilledStep[], uncovered: number): Dec {
  let after = 0;
  let cost = ZERO;
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as BilledStep;
    const seconds = Math.min(Math.max(uncovered - after, 0), step.seconds);
    cost = cost.plus(step.ratePerMinute.times(seconds));
    after += step.seconds;
  }
  return cost.dividedBy(SIXTY);
}

/** Problems with a list of steps, or null. */
export function rateStepsProblem(steps: readonly RateStep[]): string | null {
  if (steps.length === 0) return 'A multi-step rate needs at least one step.';
  if (steps[0]?.fromSecond !== 0) return 'The first step starts at second 0.';
  for (const [i, step] of steps.entries()) {
    if (
      !Number.isInteger(step.incrementSeconds) ||
      step.incrementSeconds < 1 ||
      step.incrementSeconds > 99_999
    )
      return `Step ${i + 1}: the increment must be a whole number of seconds, at least 1.`;
    if (step.ratePerMinute.isNegative()) return `Step ${i + 1}: the rate cannot be negative.`;
    const next = steps[i + 1];
    if (!next) continue;
    if (!Number.isInteger(next.fromSecond) || next.fromSecond <= step.fromSecond)
      return `Step ${i + 2} must start after step ${i + 1}, in whole seconds.`;
    if ((next.fromSecond - step.fromSecond) % step.incrementSeconds !== 0)
      return `Step ${i + 1} (from ${step.fromSecond} s to ${next.fromSecond} s) is not a whole number of its ${step.incrementSeconds} s increments.`;
  }
  return null;
}

/**
 * Steps as written in a rate deck CSV cell: "from:rate:increment" separated by spaces or
 * semicolons, e.g. "0:0.10:60 60:0.05:1". Null when the text is not that shape; the steps'
 * rules are checked by rateStepsProblem.
 */
export function parseRateSteps(
  text: string,
): { fromSecond: number; ratePerMinute: string; incrementSeconds: number }[] | null {
  const parts = text
    .trim()
    .split(/[\s;]+/)
    .filter(Boolean);
  if (parts.length === 0) return null;
  const steps = [];
  for (const part of parts) {
    const match = /^(\d{1,6}):(\d{1,15}(?:\.\d{1,15})?):(\d{1,5})$/.exec(part);
    if (!match) return null;
    steps.push({
      fromSecond: Number(match[1]),
      ratePerMinute: match[2] as string,
      incrementSeconds: Number(match[3]),
    });
  }
  return steps;
}

/** The CSV form parseRateSteps reads. */
export function formatRateSteps(
  steps: readonly { fromSecond: number; ratePerMinute: string | Dec; incrementSeconds: number }[],
): string {
  return steps
    .map((step) => `${step.fromSecond}:${step.ratePerMinute.toString()}:${step.incrementSeconds}`)
    .join(' ');
}
