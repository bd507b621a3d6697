import { assignIncidentLead } from '../../../lib/war-room/assign-incident-lead';
import { getIncident } from '../../../lib/war-room/get-incident';
import { listComponents } from '../../../lib/war-room/list-components';
import { listIncidents } from '../../../lib/war-room/list-incidents';
import { listStatusUpdates } from '../../../lib/war-room/list-status-updates';
import { openIncident } from '../../../lib/war-room/open-incident';
import { postIncidentUpdate } from '../../../lib/war-room/post-incident-update';
import { postStatusUpdate } from '../../../lib/war-room/post-status-update';
import { setComponentState } from '../../../lib/war-room/set-component-state';
import { readWarRoomSnapshot } from '../../../lib/war-room/war-room-snapshot';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const warRoomResolvers: Resolvers = {
  ComponentState: { OPERATIONAL: 'operational', DEGRADED: 'degraded', DOWN: 'down' },
  IncidentSeverity: { SEV1: 'sev1', SEV2: 'sev2', SEV3: 'sev3', SEV4: 'sev4' },
  IncidentStatus: {
    INVESTIGATING: 'investigating',
    IDENTIFIED: 'identified',
    MONITORING: 'monitoring',
    RESOLVED: 'resolved',
  },
  Query: {
    warRoom: (_parent, _args, context) => readWarRoomSnapshot(context),
    incidents: (_parent, args, context) => listIncidents(context, args),
    incident: (_parent, args, context) => getIncident(context, args.id),
    components: (_parent, _args, context) => listComponents(context),
    statusUpdates: (_parent, args, context) => listStatusUpdates(context, args.first),
  },
  Mutation: {
    openIncident: (_parent, { input }, context) => openIncident(context, input),
    postIncidentUpdate: (_parent, { input }, context) => postIncidentUpdate(context, input),
    assignIncidentLead: (_parent, { input }, context) => assignIncidentLead(context, input),
    setComponentState: (_parent, { input }, context) => setComponentState(context, input),
    postStatusUpdate: (_parent, { input }, context) => postStatusUpdate(context, input),
  },
  WarRoomComponent: {
    isManual: (component) => component.manualState !== null,
  },
  Incident: {
    lead: (incident, _args, { loaders }) => (incident.leadId ? loaders.userById.load(incident.leadId) : null),
    updates: (incident, _args, { loaders }) => loaders.updatesByIncidentId.load(incident.id),
  },
};
