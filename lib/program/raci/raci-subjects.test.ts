import { describe, expect, it } from 'vitest';
import { isEscalationLevel, isPhoneNumber, parseArea } from './raci-subjects';

describe('RACI subjects', () => {
  it('reads a checklist area in any case, and nothing else', () => {
    expect(parseArea('data_validation')).toBe('data_validation');
    expect(parseArea(' CONTINGENCY ')).toBe('contingency');
    expect(parseArea('billing')).toBeNull();
    expect(parseArea('')).toBeNull();
  });

  it('takes phone numbers as people write them', () => {
    for (const phone of ['+1 (555) 010-2030', '020 7946 0000', '555.0100 x12', '+44 20 7946 0000 ext. 4'])
      expect(isPhoneNumber(phone), phone).toBe(true);
    for (const phone of ['', 'call me', '12', '+', '555-CALL-NOW'])
      expect(isPhoneNumber(phone), phone).toBe(false);
  });

  it('has escalation levels 1 to 9', () => {
    expect([1, 9].every(isEscalationLevel)).toBe(true);
    expect([0, 10, 1.5].some(isEscalationLevel)).toBe(false);
  });
});
