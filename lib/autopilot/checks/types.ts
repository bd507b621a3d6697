import type { Db } from '../../../db/client';
import type { DraftFacts } from '../../../db/queries/draft-checks';
import type { Dec } from '../../money/decimal';

export const checkSeverities = ['hold', 'warning'] as const;
/** `hold` keeps the draft for a person; `warning` is shown beside it but lets it through. */
export type CheckSeverity = (typeof checkSeverities)[number];

/** A threshold a check compares against, with what it means and its unit. */
export interface ThresholdSpec {
  name: string;
  description: string;
  /** Its default, an exact decimal string. */
  defaultValue: string;
}

/** How a check is set up: stored in draft_check_settings, or its defaults. */
export interface CheckSetting {
  code: string;
  enabled: boolean;
  severity: CheckSeverity;
  /** Every threshold the check declares, by name. */
  thresholds: Record<string, Dec>;
}

/** The drafts of one chunk, as every check sees them. */
export interface CheckedChunk {
  invoiceIds: readonly string[];
  /** One per draft still a draft, with its account and previous invoice. */
  facts: readonly DraftFacts[];
  /** The day "current" catalog prices are read on. */
  asOf: string;
}

/** What a check found on one draft; the severity is the setting's. */
export interface Finding {
  invoiceId: string;
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/**
 * One automatic check of drafts. `find` looks at a whole chunk with at most one query of
 * its own and returns a finding per draft it objects to (at most one per draft).
 */
export interface DraftCheck {
  code: string;
  /** A short title for the settings page. */
  title: string;
  /** What it looks for, a sentence. */
  description: string;
  defaultSeverity: CheckSeverity;
  thresholds: readonly ThresholdSpec[];
  find(db: Db, chunk: CheckedChunk, setting: CheckSetting): Promise<Finding[]>;
}
