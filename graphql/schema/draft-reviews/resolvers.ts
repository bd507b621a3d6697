import { approveDraft } from '../../../lib/autopilot/approve-draft';
import { approveDraftsWithOnlyFinding } from '../../../lib/autopilot/approve-drafts-with-only-finding';
import { compareDraft } from '../../../lib/autopilot/compare-draft';
import { discardDraft } from '../../../lib/autopilot/discard-draft';
import { holdDraft } from '../../../lib/autopilot/hold-draft';
import { listDraftCheckSettings } from '../../../lib/autopilot/list-draft-check-settings';
import { getDraftReview, listDraftReviews } from '../../../lib/autopilot/list-draft-reviews';
import { updateDraftCheckSetting } from '../../../lib/autopilot/update-draft-check-setting';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { loaded } from '../loaded';

export const draftReviewResolvers: Resolvers = {
  CheckSeverity: { HOLD: 'hold', WARNING: 'warning' },
  DraftReviewState: {
    CLEAN: 'clean',
    NEEDS_REVIEW: 'needs_review',
    ON_HOLD: 'on_hold',
    APPROVED: 'approved',
    DISCARDED: 'discarded',
  },
  Query: {
    draftCheckSettings: (_parent, _args, context) => listDraftCheckSettings(context),
    draftReviews: (_parent, args, context) => listDraftReviews(context, args),
    draftReview: (_parent, args, context) => getDraftReview(context, args.invoiceId),
    draftComparison: (_parent, args, context) => compareDraft(context, args.invoiceId),
  },
  Mutation: {
    updateDraftCheckSetting: (_parent, { input }, context) => updateDraftCheckSetting(context, input),
    approveDraft: (_parent, { input }, context) => approveDraft(context, input),
    holdDraft: (_parent, { input }, context) => holdDraft(context, input),
    discardDraft: (_parent, { input }, context) => discardDraft(context, input),
    approveDraftsWithOnlyFinding: (_parent, { input }, context) =>
      approveDraftsWithOnlyFinding(context, input),
  },
  DraftCheckSetting: {
    title: (setting) => setting.check.title,
    description: (setting) => setting.check.description,
    thresholds: (setting) =>
      setting.check.thresholds.map((spec) => ({
        name: spec.name,
        description: spec.description,
        value: setting.thresholds[spec.name]?.toFixed() ?? spec.defaultValue,
        defaultValue: spec.defaultValue,
      })),
  },
  DraftReview: {
    invoice: (review, _args, { loaders }) => loaders.invoiceById.load(review.invoiceId),
    account: (review, _args, { loaders }) =>
      loaded(loaders.accountById.load(review.accountId), 'review account'),
  },
};
