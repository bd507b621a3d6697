// Risk scoring: probability and impact are each rated 1 (rare / negligible) to 5 (almost
// certain / severe); the score is their product, 1 to 25. Pure, no I/O.

export const riskLevels = [1, 2, 3, 4, 5] as const;

/** Whether a rating is one of the five levels (an integer 1–5). */
export function isRiskLevel(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/** probability × impact, 1 to 25. */
export function riskScore(risk: { probability: number; impact: number }): number {
  return risk.probability * risk.impact;
}

/** A risk is due for review when its review date has passed and it is not closed. */
export function isReviewOverdue(risk: { reviewOn: string | null; status: string }, today: string): boolean {
  return risk.reviewOn !== null && risk.reviewOn < today && risk.status !== 'closed';
}

export interface HeatMapCell {
  probability: number;
  impact: number;
  score: number;
  count: number;
}

export interface RiskHeatMap {
  /** All 25 cells, probability 5 first (the top row), impact 1 to 5 within a row. */
  cells: HeatMapCell[];
  /** Open risks counted in the cells. */
  openRisks: number;
}

/** The 5×5 grid from per-cell counts (cells without risks count 0). */
export function buildHeatMap(counts: readonly { probability: number; impact: number; count: number }[]) {
  const countOf = new Map(counts.map((c) => [`${c.probability}:${c.impact}`, c.count]));
  const cells = [...riskLevels].reverse().flatMap((probability) =>
    riskLevels.map((impact) => ({
      probability,
      impact,
      score: probability * impact,
      count: countOf.get(`${probability}:${impact}`) ?? 0,
    })),
  );
  return { cells, openRisks: cells.reduce((total, cell) => total + cell.count, 0) } satisfies RiskHeatMap;
}
