import type {
  ComponentRow,
  componentStateEnum,
  IncidentRow,
  IncidentUpdateRow,
  incidentSeverityEnum,
  incidentStatusEnum,
  WarRoomStatusUpdateRow,
} from '../../db/schema/war-room';

export type IncidentUpdateRecord = IncidentUpdateRow;
export type WarRoomStatusUpdateRecord = WarRoomStatusUpdateRow;

export type ComponentState = (typeof componentStateEnum.enumValues)[number];
export type IncidentSeverity = (typeof incidentSeverityEnum.enumValues)[number];
export type IncidentStatus = (typeof incidentStatusEnum.enumValues)[number];

export const componentStates: readonly ComponentState[] = ['operational', 'degraded', 'down'];
export const incidentSeverities: readonly IncidentSeverity[] = ['sev1', 'sev2', 'sev3', 'sev4'];
export const incidentStatuses: readonly IncidentStatus[] = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
];

/** A component as the war room shows it: its state, from its check unless set by hand, and why. */
export interface ComponentRecord {
  key: string;
  name: string;
  position: number;
  state: ComponentState;
  reason: string;
  /** What the live check says, whatever the manual state; null for components checked by hand only. */
  checkState: ComponentState | null;
  checkReason: string;
  manualState: ComponentState | null;
  manualNote: string | null;
  manualBy: string | null;
  manualAt: Date | null;
}

/** An incident with its reminder: `updateOverdue` when an open incident's last update is older than its cadence. */
export interface IncidentRecord extends IncidentRow {
  updateOverdue: boolean;
  /** When the next update is owed; null once resolved. */
  nextUpdateDueAt: Date | null;
}

export type { ComponentRow };
