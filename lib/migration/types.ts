import type {
  AccountRow,
  CutoverEventRow,
  CutoverWaveRow,
  MigrationImportProblemRow,
  MigrationImportRow,
  ParallelRunAccountRow,
  ParallelRunLineRow,
  ParallelRunRow,
} from '../../db/schema';

export type MigrationImportRecord = MigrationImportRow;
export type MigrationImportProblemRecord = MigrationImportProblemRow;
export type ParallelRunRecord = ParallelRunRow;
export type ParallelRunAccountRecord = ParallelRunAccountRow;
export type ParallelRunLineRecord = ParallelRunLineRow;
export type CutoverWaveRecord = CutoverWaveRow;
export type CutoverEventRecord = CutoverEventRow;

export type MigrationImportStatus = MigrationImportRow['status'];
export type ParallelRunStatus = ParallelRunRow['status'];
export type SystemOfRecord = AccountRow['systemOfRecord'];
export type CutoverWaveStatus = CutoverWaveRow['status'];
