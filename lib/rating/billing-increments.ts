/**
 * How call durations are billed, written "initial/subsequent" in seconds: 60/6 bills the
 * first minute in full and then every started 6 seconds; 6/6, 1/1 (per second), 30/6, 60/60.
 */
export interface BillingIncrement {
  initialSeconds: number;
  subsequentSeconds: number;
}

/**
 * Billable seconds of a call (FORMAT.md): 0 for an unanswered 0-second call; `initial` for
 * anything up to it; otherwise `initial` plus every started `subsequent` block.
 */
export function billableSeconds(durationSeconds: number, increment: BillingIncrement): number {
  if (!Number.isInteger(durationSeconds) || durationSeconds < 0) {
    throw new RangeError(`Call duration must be whole, non-negative seconds, got ${durationSeconds}`);
  }
  if (durationSeconds === 0) return 0;
  const { initialSeconds: initial, subsequentSeconds: subsequent } = increment;
  if (durationSeconds <= initial) return initial;
  return initial + Math.ceil((durationSeconds - initial) / subsequent) * subsequent;
}

/** Parses "60/6"; null when it is not two whole numbers of seconds, both at least 1. */
export function parseBillingIncrement(text: string): BillingIncrement | null {
  const match = /^\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/.exec(text);
  if (!match) return null;
  const increment = { initialSeconds: Number(match[1]), subsequentSeconds: Number(match[2]) };
  return incrementProblem(increment) ? null : increment;
}

export function incrementProblem(increment: BillingIncrement): string | null {
  const { initialSeconds, subsequentSeconds } = increment;
  if (!Number.isInteger(initialSeconds) || initialSeconds < 1)
    return 'The initial increment must be a whole number of seconds, at least 1.';
  if (!Number.isInteger(subsequentSeconds) || subsequentSeconds < 1)
    return 'The subsequent increment must be a whole number of seconds, at least 1.';
  return null;
}

export function formatBillingIncrement(increment: BillingIncrement): string {
  return `${increment.initialSeconds}/${increment.subsequentSeconds}`;
}
