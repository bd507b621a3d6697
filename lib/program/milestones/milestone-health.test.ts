import { describe, expect, it } from 'vitest';
import type { MilestoneRow } from '../../../db/schema/program';
import { createsCycle, withHealth } from './milestone-health';

const milestone = (id: string, fields: Partial<MilestoneRow> = {}): MilestoneRow => ({
  id,
  programId: 'p',
  standardKey: null,
  phase: 'cutover',
  title: id,
  description: '',
  ownerId: null,
  dueOn: '2026-12-20',
  status: 'not_started',
  completedAt: null,
  check: null,
  checkState: 'unknown',
  checkDetail: null,
  healthOverride: null,
  healthOverrideReason: null,
  createdAt: new Date(),
  updatedAt: new Date(),
  ...fields,
});

describe('withHealth', () => {
  const today = '2026-12-01';

  it('is off track when overdue and on track when done, whatever the date', () => {
    const [late, done] = withHealth(
      [
        milestone('late', { dueOn: '2026-11-30' }),
        milestone('done', { dueOn: '2026-11-01', status: 'done' }),
      ],
      [],
      today,
    );
    expect(late?.suggestedHealth).toBe('off_track');
    expect(done?.suggestedHealth).toBe('on_track');
  });

  it('flags what depends on a late milestone', () => {
    const records = withHealth(
      [milestone('signoff', { dueOn: '2026-11-25' }), milestone('golive')],
      [{ milestoneId: 'golive', dependsOnId: 'signoff' }],
      today,
    );
    const golive = records.find((record) => record.id === 'golive');
    expect(golive?.suggestedHealth).toBe('at_risk');
    expect(golive?.lateDependencyIds).toEqual(['signoff']);
    expect(golive?.healthReasons[0]).toContain('signoff');
  });

  it('is at risk when a dependency is due after it, or failing evidence nears its date', () => {
    const records = withHealth(
      [
        milestone('a', { dueOn: '2026-12-10' }),
        milestone('b', { dueOn: '2026-12-30' }),
        milestone('c', { dueOn: '2026-12-05', checkState: 'failing', checkDetail: 'accuracy 0.9' }),
        milestone('d', { dueOn: '2027-03-01', checkState: 'failing' }),
      ],
      [{ milestoneId: 'a', dependsOnId: 'b' }],
      today,
    );
    expect(records.map((record) => record.suggestedHealth)).toEqual([
      'at_risk',
      'on_track',
      'at_risk',
      'on_track',
    ]);
  });
});

describe('createsCycle', () => {
  const deps = [
    { milestoneId: 'b', dependsOnId: 'a' },
    { milestoneId: 'c', dependsOnId: 'b' },
  ];
  it('finds a loop through other milestones and to itself', () => {
    expect(createsCycle(deps, 'a', ['c'])).toBe(true);
    expect(createsCycle(deps, 'a', ['a'])).toBe(true);
    expect(createsCycle(deps, 'c', ['a'])).toBe(false);
  });
});
