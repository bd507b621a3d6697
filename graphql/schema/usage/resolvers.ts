import { ingestUsageBatch } from '../../../lib/usage/ingest-usage-batch';
import { rerateUsage } from '../../../lib/usage/rerate-usage';
import { summarizeAccountUsage } from '../../../lib/usage/summarize-account-usage';
import {
  getIngestion,
  listIngestionProblems,
  listIngestions,
  listUsageRecords,
  summarizeUnratedUsage,
} from '../../../lib/usage/usage-queries';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const usageResolvers: Resolvers = {
  UsageStatus: { RATED: 'rated', UNRATED: 'unrated' },
  IngestionSource: { API: 'api', FILE: 'file', CLI: 'cli', MIGRATION: 'migration' },
  IngestionStatus: { RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed' },
  IngestionProblemKind: { CONFLICT: 'conflict', REJECTED: 'rejected' },
  Query: {
    ingestions: (_parent, args, context) => listIngestions(context, args),
    ingestion: (_parent, args, context) => getIngestion(context, args.id),
    usageRecords: (_parent, args, context) =>
      listUsageRecords(context, {
        first: args.first,
        after: args.after,
        filter: args.filter
          ? {
              accountId: args.filter.accountId ?? undefined,
              status: args.filter.status ?? undefined,
              usageType: args.filter.usageType ?? undefined,
              unratedReason: args.filter.unratedReason ?? undefined,
              from: args.filter.from ?? undefined,
              to: args.filter.to ?? undefined,
              ingestionId: args.filter.ingestionId ?? undefined,
            }
          : null,
      }),
    unratedUsageSummary: (_parent, _args, context) => summarizeUnratedUsage(context),
    accountUsageSummary: (_parent, args, context) => summarizeAccountUsage(context, args),
  },
  Mutation: {
    ingestUsage: async (_parent, { input }, context) => {
      const report = await ingestUsageBatch(
        context,
        input.records.map((record) => ({
          record_id: record.recordId,
          account_id: record.accountId,
          usage_type: record.usageType,
          started_at: record.startedAt,
          destination: record.destination,
          duration_s: record.durationSeconds,
          quantity: record.quantity,
          product_code: record.productCode,
          subject: record.subject,
        })),
      );
      return { ingestion: await getIngestion(context, report.ingestionId), userErrors: [] };
    },
    rerateUsage: async (_parent, { input }, context) => ({
      ...(await rerateUsage(context, input)),
      userErrors: [],
    }),
  },
  Ingestion: {
    problems: (ingestion, args, context) => listIngestionProblems(context, ingestion.id, args.first ?? 100),
  },
  AccountUsageSummary: {
    currency: (summary) => summary.account.currency,
    total: (summary) => summary.total.toFixed(summary.decimals),
  },
  VoiceUsageLine: {
    billableMinutes: (line) => line.billableMinutes.toString(),
    amount: (line) => line.amount.toFixed(line.decimals),
  },
  MeteredUsageLine: {
    quantity: (line) => line.quantity.toString(),
    amount: (line) => line.amount?.toFixed(line.decimals) ?? null,
  },
};
