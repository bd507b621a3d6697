import type { ChecklistItemRow, EvidenceCheckSpec } from '../../../db/schema/program';
import { Dec } from '../../money/decimal';
import type { ChecklistArea, CheckState } from '../types';
import { describeArea, type EvidenceCheckKind } from './check-kinds';
import type { EvidenceFacts } from './evidence-facts';

export interface CheckResult {
  state: CheckState;
  detail: string;
  /** What the result rests on; part of any sign-off's evidence hash. */
  evidence: Record<string, unknown>;
}

/** Whatever a check reads besides the billing data: training, from its register. */
export interface ProgramFacts {
  items: readonly Pick<ChecklistItemRow, 'area' | 'blocking' | 'status' | 'title'>[];
  training: () => Promise<{ complete: boolean; completed: number; expected: number } | null>;
}

const unknown = (detail: string): CheckResult => ({ state: 'unknown', detail, evidence: {} });
const result = (passing: boolean, detail: string, evidence: Record<string, unknown>): CheckResult => ({
  state: passing ? 'passing' : 'failing',
  detail,
  evidence,
});

/** Evaluates one check against the live data. */
export async function evaluateCheck(
  spec: EvidenceCheckSpec,
  facts: EvidenceFacts,
  program: ProgramFacts,
): Promise<CheckResult> {
  switch (spec.kind as EvidenceCheckKind) {
    case 'parallel_run_accuracy': {
      const run = await facts.latestRun();
      if (!run) return unknown('No completed parallel run yet.');
      const accuracy = run.summary.invoiceAccuracy;
      if (accuracy === null)
        return result(false, 'The latest parallel run compared no invoice.', { runId: run.id });
      const meets = new Dec(accuracy).gte(String(spec.threshold));
      const parts = [`accuracy ${accuracy} (needs ${spec.threshold})`];
      if (run.unexplained > 0)
        parts.push(`${run.unexplained} variance${run.unexplained === 1 ? '' : 's'} unexplained`);
      return result(meets && run.unexplained === 0, parts.join('; '), {
        runId: run.id,
        accuracy,
        unexplained: run.unexplained,
      });
    }
    case 'arpu_preservation': {
      const run = await facts.latestRun();
      if (!run) return unknown('No completed parallel run yet.');
      if (run.summary.currency === null && run.summary.byCurrency.length > 1) {
        // Means in different currencies are never divided: each currency keeps its own ARPU.
        const each = run.summary.byCurrency.map(({ currency, arpuPreservation }) => ({
          currency,
          arpuPreservation,
        }));
        const within = each.every(
          ({ arpuPreservation }) =>
            arpuPreservation !== null &&
            new Dec(arpuPreservation).gte(String(spec.min)) &&
            new Dec(arpuPreservation).lte(String(spec.max)),
        );
        return result(
          within,
          `ARPU preservation ${each.map((c) => `${c.currency} ${c.arpuPreservation ?? 'n/a'}`).join(', ')} (band ${spec.min}–${spec.max})`,
          { runId: run.id, arpuPreservation: each },
        );
      }
      const preservation = run.summary.arpuPreservation;
      if (preservation === null)
        return result(false, 'The latest parallel run has no ARPU to compare.', { runId: run.id });
      const value = new Dec(preservation);
      const within = value.gte(String(spec.min)) && value.lte(String(spec.max));
      return result(within, `ARPU preservation ${preservation} (band ${spec.min}–${spec.max})`, {
        runId: run.id,
        arpuPreservation: preservation,
      });
    }
    case 'invoice_totals_match': {
      const run = await facts.latestRun();
      if (!run) return unknown('No completed parallel run yet.');
      if (run.summary.totalDifference === null) {
        // A run over several currencies: every currency's difference is within the tolerance.
        const each = run.summary.byCurrency.map(({ currency, totalDifference }) => ({
          currency,
          totalDifference,
        }));
        return result(
          each.every(({ totalDifference }) => new Dec(totalDifference).abs().lte(String(spec.tolerance))),
          `total difference ${each.map((c) => `${c.currency} ${c.totalDifference}`).join(', ')} (tolerance ±${spec.tolerance})`,
          { runId: run.id, totalDifference: each },
        );
      }
      const difference = new Dec(run.summary.totalDifference);
      const within = difference.abs().lte(String(spec.tolerance));
      return result(
        within,
        `total difference ${run.summary.totalDifference} (tolerance ±${spec.tolerance})`,
        {
          runId: run.id,
          totalDifference: run.summary.totalDifference,
        },
      );
    }
    case 'unbillable_queue_empty': {
      const unrated = await facts.unratedUsage();
      const shown = unrated > 10_000 ? 'over 10,000' : String(unrated);
      return result(
        unrated === 0,
        unrated === 0 ? 'No unrated usage.' : `${shown} unrated usage records wait`,
        {
          unrated,
        },
      );
    }
    case 'import_validated': {
      const imported = await facts.import();
      if (!imported) return unknown('No completed legacy import yet.');
      const ok = imported.filesShort.length === 0;
      const detail = ok
        ? `${imported.files} files, every row accounted for (${imported.rejected} rejected with reasons)`
        : `rows unaccounted for in ${imported.filesShort.join(', ')}`;
      return result(ok, detail, { importId: imported.importId, filesShort: imported.filesShort });
    }
    case 'bill_run_succeeded': {
      const run = await facts.latestBillRun();
      if (!run) return unknown('No bill run has finished yet.');
      const ok = run.status === 'completed' && run.failed === 0;
      const detail = ok
        ? 'The latest bill run completed with no failed account.'
        : run.status === 'failed'
          ? 'The latest bill run failed.'
          : `The latest bill run has ${run.failed} failed account${run.failed === 1 ? '' : 's'}.`;
      return result(ok, detail, { billRunId: run.id, failed: run.failed });
    }
    case 'training_complete': {
      const training = await program.training();
      if (!training || training.expected === 0)
        return result(false, 'No trainees or required modules yet.', {});
      return result(training.complete, `${training.completed} of ${training.expected} required completions`, {
        completed: training.completed,
        expected: training.expected,
      });
    }
    case 'go_decision': {
      const decision = await facts.goDecision();
      return result(
        decision !== null,
        decision ? `Decided ${decision.outcome.replaceAll('_', ' ')}.` : 'No Go decision yet.',
        {
          reviewId: decision?.reviewId ?? null,
        },
      );
    }
    case 'checklist_area_done': {
      const area = spec.area as ChecklistArea;
      const open = program.items.filter(
        (item) => item.area === area && item.blocking && item.status === 'open',
      );
      return result(
        open.length === 0,
        open.length === 0
          ? `Every blocking item of ${describeArea(area)} is done.`
          : `${open.length} blocking item${open.length === 1 ? '' : 's'} of ${describeArea(area)} open`,
        { open: open.map((item) => item.title) },
      );
    }
    case 'campaigns_ready': {
      const campaigns = await facts.waveCampaigns((spec.waveId as string | undefined) ?? null);
      if (campaigns.length === 0) return result(false, 'No campaign to a cutover wave yet.', {});
      // Sent with failures is not ready: some customers may not have the message.
      const ready = campaigns.filter(
        (campaign) => ['approved', 'sending', 'sent'].includes(campaign.status) && campaign.testSent,
      );
      const waiting = campaigns
        .filter((campaign) => !ready.includes(campaign))
        .map((campaign) =>
          campaign.status === 'sent_with_failures' ? `${campaign.name} (sent with failures)` : campaign.name,
        );
      return result(
        waiting.length === 0,
        waiting.length === 0
          ? `All ${campaigns.length} campaigns approved and test-sent.`
          : `${ready.length} of ${campaigns.length} campaigns approved and test-sent; waiting: ${waiting.join(', ')}`,
        { campaigns: campaigns.map((campaign) => [campaign.id, campaign.status, campaign.testSent]) },
      );
    }
    default:
      return unknown(`Unknown check ${spec.kind}.`);
  }
}
