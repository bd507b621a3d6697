import type { Db } from '../../db/client';
import { getAccountById } from '../../db/queries/accounts';
import {
  getAccountDunningRow,
  getDunningPolicyRow,
  listDunningDeliveryRows,
  listDunningPolicyRows,
  listOpenInvoiceDunning,
  type OpenInvoiceDunning,
} from '../../db/queries/dunning';
import type { DunningDeliveryRow, DunningPolicyRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isUuid } from '../uuid';

/** Open invoices shown on an account's page: its oldest first. */
const OPEN_INVOICES_SHOWN = 50;
/** Dunning emails shown: the newest. */
const EMAILS_SHOWN = 20;

export interface AccountDunningState {
  accountId: string;
  /** The policy dunning follows: the account's own, else the default. */
  policy: DunningPolicyRow | null;
  /** Whether the account was assigned the policy (false: it follows the default). */
  isPolicyAssigned: boolean;
  pausedUntil: string | null;
  pauseReason: string | null;
  pausedBy: string | null;
  openInvoices: OpenInvoiceDunning[];
  /** Its newest dunning emails, with their outcome (`sent` by the outbox when there is no SMTP server). */
  emails: DunningDeliveryRow[];
}

/**
 * An account's dunning state: its policy, its pause, and each open invoice's last step taken
 * and next step with its day. Null when there is no such account.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getAccountDunning(
  { db, actor }: OperationContext,
  accountId: string,
): Promise<AccountDunningState | null> {
  authorize(actor, 'accountDunning');
  return loadAccountDunningState(db, accountId);
}

/** The state getAccountDunning answers, for operations that change it. Trusted: no authorization. */
export async function loadAccountDunningState(
  db: Db,
  accountId: string,
): Promise<AccountDunningState | null> {
  const account = isUuid(accountId) ? await getAccountById(db, accountId) : null;
  if (!account) return null;
  const settings = await getAccountDunningRow(db, account.id);
  const policy = settings?.policyId
    ? await getDunningPolicyRow(db, settings.policyId)
    : ((await listDunningPolicyRows(db)).find((row) => row.isDefault) ?? null);
  return {
    accountId: account.id,
    policy,
    isPolicyAssigned: Boolean(settings?.policyId),
    pausedUntil: settings?.pausedUntil ?? null,
    pauseReason: settings?.pauseReason ?? null,
    pausedBy: settings?.pausedBy ?? null,
    openInvoices: await listOpenInvoiceDunning(db, { accountId: account.id, limit: OPEN_INVOICES_SHOWN }),
    emails: await listDunningDeliveryRows(db, account.id, EMAILS_SHOWN),
  };
}
