import type { MigrationImportRow, ParallelRunRow } from '../../db/schema';

export type MigrationImportStatus = MigrationImportRow['status'];
export type ParallelRunStatus = ParallelRunRow['status'];
