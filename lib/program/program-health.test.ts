import { describe, expect, it } from 'vitest';
import type { MilestoneRecord } from './milestones/milestone-health';
import { programHealth } from './program-health';

const milestone = (title: string, suggestedHealth: MilestoneRecord['suggestedHealth'], reasons: string[]) =>
  ({ title, suggestedHealth, healthOverride: null, healthReasons: reasons }) as unknown as MilestoneRecord;

describe('programHealth', () => {
  const today = '2026-12-01';

  it('is on track when nothing is late or missed', () => {
    expect(programHealth([milestone('A', 'on_track', [])], [], [], today)).toEqual({
      health: 'on_track',
      reasons: [],
    });
  });

  it('is at risk from an overdue blocking item or a missed KPI, off track from an off-track milestone', () => {
    const items = [
      { title: 'Rollback plan', blocking: true, status: 'open' as const, dueOn: '2026-11-28' },
      { title: 'Explainer', blocking: false, status: 'open' as const, dueOn: '2026-11-01' },
    ];
    const kpis = [{ kpi: 'invoice_accuracy' as const, value: '0.8378', target: '0.99', meetsTarget: false }];
    expect(programHealth([], items, kpis, today)).toEqual({
      health: 'at_risk',
      reasons: [
        'Blocking item “Rollback plan” overdue since 2026-11-28.',
        'Invoice accuracy 0.8378 misses its target of 0.99.',
      ],
    });
    const result = programHealth(
      [milestone('Go-live', 'off_track', ['Overdue since 2026-11-30.'])],
      items,
      kpis,
      today,
    );
    expect(result.health).toBe('off_track');
    expect(result.reasons[0]).toBe('Go-live: Overdue since 2026-11-30.');
  });
});
