import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type CheckSettingRecord, loadCheckSettings } from './check-settings';

/**
 * The automatic checks of drafts with their settings, in the order findings list them.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function listDraftCheckSettings({ db, actor }: OperationContext): Promise<CheckSettingRecord[]> {
  authorize(actor, 'draftCheckSettings');
  return loadCheckSettings(db);
}
