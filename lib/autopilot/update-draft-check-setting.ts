import { saveDraftCheckSetting } from '../../db/queries/draft-reviews';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isPlainDecimal, parseDecimal } from '../money/decimal';
import { isWithinAmountLimit, MAX_AMOUNT_TEXT } from '../money/limits';
import { type CheckSettingRecord, loadCheckSettings } from './check-settings';
import { type CheckSeverity, checkSeverities } from './checks/types';

export interface UpdateDraftCheckSettingInput {
  code: string;
  enabled?: boolean | null | undefined;
  severity?: CheckSeverity | null | undefined;
  /** Thresholds to change, by name; the others keep their values. */
  thresholds?: readonly { name: string; value: string }[] | null | undefined;
}

export type UpdateDraftCheckSettingResult = { setting: CheckSettingRecord | null; userErrors: UserError[] };

/**
 * Changes one check's setting; what the input leaves out keeps its current value. Checks
 * already run keep their findings: a setting applies to drafts checked after it.
 * User errors (nothing changed): NOT_FOUND for an unknown code or threshold name, INVALID
 * for a negative, malformed or too large threshold.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function updateDraftCheckSetting(
  { db, actor }: OperationContext,
  input: UpdateDraftCheckSettingInput,
): Promise<UpdateDraftCheckSettingResult> {
  authorize(actor, 'updateDraftCheckSetting');
  const settings = await loadCheckSettings(db);
  const current = settings.find((setting) => setting.code === input.code);
  if (!current)
    return {
      setting: null,
      userErrors: [
        userError(
          'NOT_FOUND',
          ['input', 'code'],
          `No check ${input.code}; the checks are ${settings.map((s) => s.code).join(', ')}.`,
        ),
      ],
    };
  if (input.severity != null && !checkSeverities.includes(input.severity))
    return { setting: null, userErrors: [userError('INVALID', ['input', 'severity'], 'Unknown severity.')] };

  const userErrors: UserError[] = [];
  const thresholds = Object.fromEntries(
    Object.entries(current.thresholds).map(([name, value]) => [name, value.toFixed()]),
  );
  for (const [index, { name, value }] of (input.thresholds ?? []).entries()) {
    const field = ['input', 'thresholds', String(index), 'value'];
    if (!Object.hasOwn(thresholds, name)) {
      const names = current.check.thresholds.map((spec) => spec.name);
      userErrors.push(
        userError(
          'NOT_FOUND',
          ['input', 'thresholds', String(index), 'name'],
          names.length === 0
            ? `${current.code} has no thresholds.`
            : `${current.code} has no threshold ${name}; it has ${names.join(', ')}.`,
        ),
      );
    } else if (!isPlainDecimal(value))
      userErrors.push(userError('INVALID', field, `${name} must be a number.`));
    else if (parseDecimal(value).isNegative())
      userErrors.push(userError('INVALID', field, `${name} cannot be negative.`));
    else if (!isWithinAmountLimit(value))
      userErrors.push(userError('INVALID', field, `${name} must be at most ${MAX_AMOUNT_TEXT}.`));
    else thresholds[name] = parseDecimal(value).toFixed();
  }
  if (userErrors.length > 0) return { setting: null, userErrors };

  await saveDraftCheckSetting(db, {
    code: current.code,
    enabled: input.enabled ?? current.enabled,
    severity: input.severity ?? current.severity,
    thresholds,
    updatedBy: actorLabel(actor),
  });
  const saved = (await loadCheckSettings(db)).find((setting) => setting.code === current.code) ?? null;
  return { setting: saved, userErrors: [] };
}
