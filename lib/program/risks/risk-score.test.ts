import { describe, expect, it } from 'vitest';
import { buildHeatMap, isReviewOverdue, isRiskLevel, riskScore } from './risk-score';

describe('risk scoring', () => {
  it('accepts the integers 1 to 5 as levels, nothing else', () => {
    expect([1, 2, 3, 4, 5].every(isRiskLevel)).toBe(true);
    expect([0, 6, -1, 2.5, Number.NaN].some(isRiskLevel)).toBe(false);
  });

  it('scores probability × impact', () => {
    expect(riskScore({ probability: 4, impact: 5 })).toBe(20);
    expect(riskScore({ probability: 1, impact: 1 })).toBe(1);
  });

  it('is overdue for review after the review date, unless closed', () => {
    expect(isReviewOverdue({ reviewOn: '2030-01-01', status: 'open' }, '2030-01-02')).toBe(true);
    expect(isReviewOverdue({ reviewOn: '2030-01-02', status: 'open' }, '2030-01-02')).toBe(false);
    expect(isReviewOverdue({ reviewOn: '2030-01-01', status: 'closed' }, '2030-01-02')).toBe(false);
    expect(isReviewOverdue({ reviewOn: null, status: 'open' }, '2030-01-02')).toBe(false);
  });

  it('lays the heat map out 5 × 5, highest probability first, empty cells at 0', () => {
    const map = buildHeatMap([
      { probability: 5, impact: 1, count: 2 },
      { probability: 1, impact: 5, count: 1 },
    ]);
    expect(map.cells).toHaveLength(25);
    expect(map.cells[0]).toEqual({ probability: 5, impact: 1, score: 5, count: 2 });
    expect(map.cells[24]).toEqual({ probability: 1, impact: 5, score: 5, count: 1 });
    expect(map.cells.filter((cell) => cell.count === 0)).toHaveLength(23);
    expect(map.openRisks).toBe(3);
  });
});
