import type { Db } from '../../db/client';
import { listDraftCheckSettingRows } from '../../db/queries/draft-reviews';
import { Dec } from '../money/decimal';
import { draftChecks } from './checks';
import type { CheckSetting, DraftCheck } from './checks/types';

/** A check with how it is set up, for the settings page and the runner. */
export interface CheckSettingRecord extends CheckSetting {
  check: DraftCheck;
  /** Who saved it last; null while it runs on its defaults. */
  updatedBy: string | null;
  updatedAt: Date | null;
}

/**
 * Every check's setting: the stored one, else its defaults (enabled, its default severity
 * and thresholds). A threshold the check declares but the row lacks (added since) takes its
 * default; names the check no longer declares are ignored.
 */
export async function loadCheckSettings(db: Db): Promise<CheckSettingRecord[]> {
  const stored = new Map((await listDraftCheckSettingRows(db)).map((row) => [row.code, row]));
  return draftChecks.map((check) => {
    const row = stored.get(check.code);
    const thresholds: Record<string, Dec> = {};
    for (const spec of check.thresholds)
      thresholds[spec.name] = new Dec(row?.thresholds[spec.name] ?? spec.defaultValue);
    return {
      check,
      code: check.code,
      enabled: row?.enabled ?? true,
      severity: row?.severity ?? check.defaultSeverity,
      thresholds,
      updatedBy: row?.updatedBy ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}
