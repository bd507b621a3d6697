/** Days [start, end), as YYYY-MM-DD dates, end exclusive. */
export interface Span {
  start: string;
  end: string;
}

/** The part of `span` inside `within`, or null when they share no day; an open end runs forever. */
export function overlapOf(span: { start: string; end: string | null }, within: Span): Span | null {
  const start = span.start > within.start ? span.start : within.start;
  const end = span.end !== null && span.end < within.end ? span.end : within.end;
  return start < end ? { start, end } : null;
}

/** The days of some spans as sorted, disjoint, non-touching spans. */
export function unionOf(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.start < s.end).sort((a, b) => (a.start < b.start ? -1 : 1));
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = span.end > last.end ? span.end : last.end;
    else merged.push({ ...span });
  }
  return merged;
}

/** The days of `spans` that are not in `removed`, as sorted disjoint spans. */
export function subtractSpans(spans: readonly Span[], removed: readonly Span[]): Span[] {
  let remaining = unionOf(spans);
  for (const cut of unionOf(removed)) {
    remaining = remaining.flatMap((span) => {
      if (cut.end <= span.start || cut.start >= span.end) return [span];
      const pieces: Span[] = [];
      if (span.start < cut.start) pieces.push({ start: span.start, end: cut.start });
      if (cut.end < span.end) pieces.push({ start: cut.end, end: span.end });
      return pieces;
    });
  }
  return remaining;
}
