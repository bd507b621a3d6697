import { index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, timestampMs, updatedAt } from './columns';

// The war room during cutover: components and their states, incidents with their timelines,
// and the status updates everyone reads.

export const componentStateEnum = pgEnum('component_state', ['operational', 'degraded', 'down']);
export const incidentSeverityEnum = pgEnum('incident_severity', ['sev1', 'sev2', 'sev3', 'sev4']);
export const incidentStatusEnum = pgEnum('incident_status', [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
]);

/** A part of billing watched during cutover: usage ingestion, rating, bill runs, … */
export const components = pgTable(
  'war_room_components',
  {
    id: id(),
    key: text().notNull(),
    name: text().notNull(),
    position: integer().notNull(),
    /** The state set by hand; null lets the component's check decide. */
    manualState: componentStateEnum(),
    manualNote: text(),
    manualBy: text(),
    manualAt: timestampMs(),
  },
  (t) => [uniqueIndex('war_room_components_key').on(t.key)],
);

export const incidents = pgTable(
  'incidents',
  {
    id: id(),
    title: text().notNull(),
    severity: incidentSeverityEnum().notNull(),
    componentKey: text(),
    status: incidentStatusEnum().notNull().default('investigating'),
    leadId: uuid().references(() => users.id),
    /** How often the lead owes an update; a reminder shows when one is overdue. */
    updateCadenceMinutes: integer().notNull().default(30),
    openedBy: text().notNull(),
    openedAt: createdAt(),
    lastUpdateAt: timestampMs().notNull().defaultNow(),
    resolvedAt: timestampMs(),
    updatedAt: updatedAt(),
  },
  (t) => [index('incidents_open_idx').on(t.status, t.openedAt)],
);

export const incidentUpdates = pgTable(
  'incident_updates',
  {
    id: id(),
    incidentId: uuid()
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    status: incidentStatusEnum().notNull(),
    body: text().notNull(),
    author: text().notNull(),
    at: createdAt(),
  },
  (t) => [index('incident_updates_incident_idx').on(t.incidentId, t.at)],
);

/** The cutover's status updates, the latest shown to everyone in the war room. */
export const warRoomStatusUpdates = pgTable(
  'war_room_status_updates',
  {
    id: id(),
    body: text().notNull(),
    author: text().notNull(),
    at: createdAt(),
  },
  (t) => [index('war_room_status_updates_at_idx').on(t.at)],
);

export type ComponentRow = typeof components.$inferSelect;
export type IncidentRow = typeof incidents.$inferSelect;
export type IncidentUpdateRow = typeof incidentUpdates.$inferSelect;
export type WarRoomStatusUpdateRow = typeof warRoomStatusUpdates.$inferSelect;
