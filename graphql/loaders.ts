import DataLoader from 'dataloader';
import type { Db } from '../db/client';
import {
  loadAccounts,
  loadChargesOfAccounts,
  loadChildrenOfAccounts,
  loadContactsOfAccounts,
  loadSubscriptions,
  loadSubscriptionsOfAccounts,
} from '../lib/accounts/load-account-batches';
import type { AccountRow } from '../lib/accounts/types';
import { loadUsersByIds } from '../lib/auth/load-users-by-ids';
import {
  loadBillingSchedules,
  loadDeliveryCountsOfRuns,
  loadRecentRunsOfSchedules,
  loadReviewCountsOfRuns,
} from '../lib/autopilot/load-autopilot-batches';
import { organizationZone } from '../lib/autopilot/organization-zone';
import {
  loadAllowancesOfProducts,
  loadCatalogs,
  loadEntryCounts,
  loadPricesOfProducts,
  loadProducts,
  loadRatePlans,
  loadTiersOfPrices,
  loadVersionsOfPlans,
} from '../lib/catalog/load-catalog-batches';
import {
  loadApprovalsOfCampaigns,
  loadAudienceSizes,
  loadAudiences,
  loadCampaigns,
  loadDeliveryCountsOfCampaigns,
  loadFirstAudienceAccountIds,
  loadSupportArticlesOfCampaigns,
  loadTemplates,
  loadTemplateVersions,
  loadVersionsOfTemplates,
} from '../lib/comms/load-comms-batches';
import type { AudienceRow } from '../lib/comms/types';
import {
  loadBillRuns,
  loadCreditNotesOfInvoices,
  loadDeliveriesOfInvoices,
  loadFailedCounts,
  loadInvoices,
  loadLinesOfInvoices,
} from '../lib/invoicing/load-invoicing-batches';
import { loadReconciledLines } from '../lib/migration/load-migration-batches';
import { loadAccountBalances } from '../lib/payments/get-account-balance';
import {
  loadAllocationsOfInvoices,
  loadAllocationsOfPayments,
  loadInvoiceBalances,
  loadPayments,
} from '../lib/payments/load-payment-batches';
import {
  loadApproversOfSignOffs,
  loadMilestonesOfPrograms,
  loadSignOffsOfSubjects,
} from '../lib/program/load-program-batches';
import { loadUpdatesOfIncidents } from '../lib/war-room/load-war-room-batches';

/** Per-request batching, so a list resolving a related object costs one query, not one per row. */
export function createLoaders(db: Db) {
  return {
    userById: new DataLoader((ids: readonly string[]) => loadUsersByIds(db, ids)),
    catalogById: new DataLoader((ids: readonly string[]) => loadCatalogs(db, ids)),
    ratePlanById: new DataLoader((ids: readonly string[]) => loadRatePlans(db, ids)),
    pricesByProductId: new DataLoader((ids: readonly string[]) => loadPricesOfProducts(db, ids)),
    tiersByPriceId: new DataLoader((ids: readonly string[]) => loadTiersOfPrices(db, ids)),
    allowancesByProductId: new DataLoader((ids: readonly string[]) => loadAllowancesOfProducts(db, ids)),
    versionsByPlanId: new DataLoader((ids: readonly string[]) => loadVersionsOfPlans(db, ids)),
    entryCountByVersionId: new DataLoader((ids: readonly string[]) => loadEntryCounts(db, ids)),
    productById: new DataLoader((ids: readonly string[]) => loadProducts(db, ids)),
    accountById: new DataLoader((ids: readonly string[]) => loadAccounts(db, ids)),
    childrenByAccountId: new DataLoader((ids: readonly string[]) => loadChildrenOfAccounts(db, ids)),
    subscriptionById: new DataLoader((ids: readonly string[]) => loadSubscriptions(db, ids)),
    subscriptionsByAccountId: new DataLoader((ids: readonly string[]) =>
      loadSubscriptionsOfAccounts(db, ids),
    ),
    chargesByAccountId: new DataLoader((ids: readonly string[]) => loadChargesOfAccounts(db, ids)),
    contactsByAccountId: new DataLoader((ids: readonly string[]) => loadContactsOfAccounts(db, ids)),
    invoiceById: new DataLoader((ids: readonly string[]) => loadInvoices(db, ids)),
    linesByInvoiceId: new DataLoader((ids: readonly string[]) => loadLinesOfInvoices(db, ids)),
    creditNotesByInvoiceId: new DataLoader((ids: readonly string[]) => loadCreditNotesOfInvoices(db, ids)),
    deliveriesByInvoiceId: new DataLoader((ids: readonly string[]) => loadDeliveriesOfInvoices(db, ids)),
    billRunById: new DataLoader((ids: readonly string[]) => loadBillRuns(db, ids)),
    failedCountByBillRunId: new DataLoader((ids: readonly string[]) => loadFailedCounts(db, ids)),
    billingScheduleById: new DataLoader((ids: readonly string[]) => loadBillingSchedules(db, ids)),
    // One key ('organization'): the zone every schedule's times are in, read once per request.
    organizationZone: new DataLoader(async (keys: readonly string[]) => {
      const zone = await organizationZone(db);
      return keys.map(() => zone);
    }),
    recentRunsByScheduleId: new DataLoader((ids: readonly string[]) => loadRecentRunsOfSchedules(db, ids)),
    deliveryCountsByBillRunId: new DataLoader((ids: readonly string[]) => loadDeliveryCountsOfRuns(db, ids)),
    reviewCountsByBillRunId: new DataLoader((ids: readonly string[]) => loadReviewCountsOfRuns(db, ids)),
    allocationsByPaymentId: new DataLoader((ids: readonly string[]) => loadAllocationsOfPayments(db, ids)),
    reconciledLinesByKey: new DataLoader((keys: readonly string[]) => loadReconciledLines(db, keys)),
    allocationsByInvoiceId: new DataLoader((ids: readonly string[]) => loadAllocationsOfInvoices(db, ids)),
    paymentById: new DataLoader((ids: readonly string[]) => loadPayments(db, ids)),
    // Keyed by the account row (it carries the currency the balance is formatted in), cached by id.
    balanceByAccount: new DataLoader((accounts: readonly AccountRow[]) => loadAccountBalances(db, accounts), {
      cacheKeyFn: (account) => account.id,
    }),
    balanceByInvoiceId: new DataLoader((ids: readonly string[]) => loadInvoiceBalances(db, ids)),
    updatesByIncidentId: new DataLoader((ids: readonly string[]) => loadUpdatesOfIncidents(db, ids)),
    templateById: new DataLoader((ids: readonly string[]) => loadTemplates(db, ids)),
    templateVersionById: new DataLoader((ids: readonly string[]) => loadTemplateVersions(db, ids)),
    versionsByTemplateId: new DataLoader((ids: readonly string[]) => loadVersionsOfTemplates(db, ids)),
    audienceById: new DataLoader((ids: readonly string[]) => loadAudiences(db, ids)),
    audienceSize: new DataLoader((audiences: readonly AudienceRow[]) => loadAudienceSizes(db, audiences), {
      cacheKeyFn: (audience) => audience.id,
    }),
    firstAudienceAccountIds: new DataLoader(
      (requests: readonly { audience: AudienceRow; first: number }[]) =>
        loadFirstAudienceAccountIds(db, requests),
      { cacheKeyFn: ({ audience, first }) => `${audience.id}:${first}` },
    ),
    campaignById: new DataLoader((ids: readonly string[]) => loadCampaigns(db, ids)),
    approvalsByCampaignId: new DataLoader((ids: readonly string[]) => loadApprovalsOfCampaigns(db, ids)),
    deliveryCountsByCampaignId: new DataLoader((ids: readonly string[]) =>
      loadDeliveryCountsOfCampaigns(db, ids),
    ),
    supportArticlesByCampaignId: new DataLoader((ids: readonly string[]) =>
      loadSupportArticlesOfCampaigns(db, ids),
    ),
    milestonesByProgramId: new DataLoader((ids: readonly string[]) => loadMilestonesOfPrograms(db, ids)),
    signOffsBySubjectId: new DataLoader((ids: readonly string[]) => loadSignOffsOfSubjects(db, ids)),
    approversBySignOffId: new DataLoader((ids: readonly string[]) => loadApproversOfSignOffs(db, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
