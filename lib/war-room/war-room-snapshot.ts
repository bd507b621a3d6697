import { listRecentBillRuns } from '../../db/queries/bill-runs';
import {
  countAccountsBySystemOfRecord,
  countDeliveries,
  listActiveBillRuns,
  listRecentRejects,
  listStatusUpdateRows,
  listWavesWithSystemOfRecord,
  readIngestionActivity,
} from '../../db/queries/war-room';
import type { BillRunRow, CutoverWaveRow, WarRoomStatusUpdateRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { SystemOfRecord } from '../migration/types';
import { readOpenIncidents } from './incident-reminder';
import { readComponents } from './read-components';
import type { ComponentRecord, IncidentRecord } from './types';

/** How many finished bill runs the war room lists beside those in progress. */
const LATEST_BILL_RUNS = 5;
/** How many recent reject reasons it quotes. */
const RECENT_REJECTS = 5;

export interface WaveStanding {
  wave: CutoverWaveRow;
  legacyAccounts: number;
  switchboardAccounts: number;
}

export interface IngestionActivity {
  /** Records stored in the last 5 and 60 minutes. */
  recordsLast5Minutes: number;
  recordsLast60Minutes: number;
  /** Records per minute over those windows (unrounded). */
  perMinuteLast5: number;
  perMinuteLast60: number;
  /** Of the ingestions active in the last hour: records rejected and conflicting, ingestions running and failed. */
  rejected: number;
  conflicts: number;
  running: number;
  failed: number;
  recentRejects: { ingestionId: string; line: number | null; recordId: string | null; reason: string }[];
}

export interface WarRoomSnapshot {
  generatedAt: Date;
  waves: WaveStanding[];
  accountsBySystemOfRecord: { systemOfRecord: SystemOfRecord; accounts: number }[];
  billRunsInProgress: BillRunRow[];
  latestBillRuns: BillRunRow[];
  ingestion: IngestionActivity;
  /** Invoice emails sent and failed in the last 24 hours, and queued now. */
  deliveries: { sent: number; failed: number; queued: number };
  components: ComponentRecord[];
  openIncidents: IncidentRecord[];
  latestStatusUpdate: WarRoomStatusUpdateRow | null;
}

/**
 * The live picture during cutover. Every part is a fixed number of aggregate queries,
 * whatever the number of waves, runs or records (the bill runs' failed counts are batched
 * by the GraphQL layer's loader), so polling it every few seconds stays cheap.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function readWarRoomSnapshot({ db, actor }: OperationContext): Promise<WarRoomSnapshot> {
  authorize(actor, 'warRoom');
  const generatedAt = new Date();
  // Side by side: a PostgreSQL pool answers them on several connections; PGlite queues them.
  const [
    waves,
    bySystem,
    billRunsInProgress,
    latestBillRuns,
    activity,
    recentRejects,
    deliveries,
    components,
    openIncidents,
    [latestStatusUpdate],
  ] = await Promise.all([
    listWavesWithSystemOfRecord(db),
    countAccountsBySystemOfRecord(db),
    listActiveBillRuns(db),
    listRecentBillRuns(db, LATEST_BILL_RUNS),
    readIngestionActivity(db),
    listRecentRejects(db, RECENT_REJECTS),
    countDeliveries(db),
    readComponents(db),
    readOpenIncidents(db),
    listStatusUpdateRows(db, 1),
  ]);
  return {
    generatedAt,
    waves,
    accountsBySystemOfRecord: (['legacy', 'switchboard'] as const).map((systemOfRecord) => ({
      systemOfRecord,
      accounts: bySystem.find((row) => row.systemOfRecord === systemOfRecord)?.accounts ?? 0,
    })),
    billRunsInProgress,
    latestBillRuns,
    ingestion: {
      recordsLast5Minutes: activity.last5,
      recordsLast60Minutes: activity.last60,
      perMinuteLast5: activity.last5 / 5,
      perMinuteLast60: activity.last60 / 60,
      rejected: activity.rejected,
      conflicts: activity.conflicts,
      running: activity.running,
      failed: activity.failed,
      recentRejects,
    },
    deliveries,
    components,
    openIncidents,
    latestStatusUpdate: latestStatusUpdate ?? null,
  };
}
