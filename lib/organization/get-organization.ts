import { getOrganizationRow } from '../../db/queries/organization';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';

/**
 * The provider this Switchboard bills for; null before the first setup.
 * @throws AppError UNAUTHENTICATED
 */
export async function getOrganization({ db, actor }: OperationContext) {
  authorize(actor, 'organization');
  return getOrganizationRow(db);
}
