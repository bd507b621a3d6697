import { describe, expect, it } from 'vitest';
import { signOffOutcome } from './sign-off-outcome';

describe('signOffOutcome', () => {
  it('needs every approval under ALL, one under ANY, the quorum under QUORUM', () => {
    expect(signOffOutcome('all', null, ['approved', null])).toBe('pending');
    expect(signOffOutcome('all', null, ['approved', 'approved'])).toBe('approved');
    expect(signOffOutcome('any', null, [null, 'approved', null])).toBe('approved');
    expect(signOffOutcome('quorum', 2, ['approved', null, null])).toBe('pending');
    expect(signOffOutcome('quorum', 2, ['approved', null, 'approved'])).toBe('approved');
  });

  it('is stopped by one rejection or request for changes, even when the rule is met', () => {
    expect(signOffOutcome('any', null, ['approved', 'rejected'])).toBe('rejected');
    expect(signOffOutcome('quorum', 1, ['approved', 'changes_requested'])).toBe('changes_requested');
  });
});
