import { createDunningPolicy } from '../../../lib/dunning/create-dunning-policy';
import { deleteDunningPolicy } from '../../../lib/dunning/delete-dunning-policy';
import { getAccountDunning } from '../../../lib/dunning/get-account-dunning';
import { listDunningPolicies } from '../../../lib/dunning/list-dunning-policies';
import { listDunningStages } from '../../../lib/dunning/list-dunning-stages';
import { pauseAccountDunning } from '../../../lib/dunning/pause-account-dunning';
import { previewDunning } from '../../../lib/dunning/preview-dunning';
import { resumeAccountDunning } from '../../../lib/dunning/resume-account-dunning';
import { setAccountDunningPolicy } from '../../../lib/dunning/set-account-dunning-policy';
import { updateDunningPolicy } from '../../../lib/dunning/update-dunning-policy';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const dunningResolvers: Resolvers = {
  DunningChannel: { EMAIL: 'email', PORTAL: 'portal' },
  DunningStageKind: { CURRENT: 'current', PAST_DUE: 'past_due', STEP: 'step' },
  Query: {
    dunningPolicies: (_parent, _args, context) => listDunningPolicies(context),
    accountDunning: (_parent, args, context) => getAccountDunning(context, args.accountId),
    dunningStages: (_parent, args, context) => listDunningStages(context, args),
    dunningPreview: (_parent, args, context) => previewDunning(context, args),
  },
  Mutation: {
    createDunningPolicy: (_parent, { input }, context) => createDunningPolicy(context, input),
    updateDunningPolicy: (_parent, { input }, context) => updateDunningPolicy(context, input),
    deleteDunningPolicy: (_parent, { input }, context) => deleteDunningPolicy(context, input),
    setAccountDunningPolicy: (_parent, { input }, context) => setAccountDunningPolicy(context, input),
    pauseAccountDunning: (_parent, { input }, context) => pauseAccountDunning(context, input),
    resumeAccountDunning: (_parent, { input }, context) => resumeAccountDunning(context, input),
  },
  DunningStep: {
    template: (step, _args, { loaders }) =>
      step.templateId ? loaders.templateById.load(step.templateId) : null,
  },
};
