import { describe, expect, it } from 'vitest';
import { describeEvidenceChange, evidenceHash, stableStringify } from './evidence-hash';

describe('evidence hashing', () => {
  it('does not depend on key order', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    expect(evidenceHash({ a: 1, b: 2 })).toBe(evidenceHash({ b: 2, a: 1 }));
    expect(evidenceHash({ a: 1 })).not.toBe(evidenceHash({ a: 2 }));
  });

  it('says what changed', () => {
    expect(describeEvidenceChange({ notes: 'a', latestRunId: 'x' }, { notes: 'b', latestRunId: 'y' })).toBe(
      'The evidence changed since the request: its notes, a newer parallel run.',
    );
  });
});
