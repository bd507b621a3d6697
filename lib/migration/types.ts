import type { AccountRow, CutoverWaveRow, MigrationImportRow, ParallelRunRow } from '../../db/schema';

export type MigrationImportStatus = MigrationImportRow['status'];
export type ParallelRunStatus = ParallelRunRow['status'];
export type SystemOfRecord = AccountRow['systemOfRecord'];
export type CutoverWaveStatus = CutoverWaveRow['status'];
