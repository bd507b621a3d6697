import { describe, expect, it } from 'vitest';
import { averageText } from '../../money/average-text';
import { sortedJson } from './expected-result';

describe('averageText', () => {
  it('prints the ARPU figures as the shared sample does', () => {
    expect(averageText('78621.31', 58)).toBe('1355.539827586206896551724138');
    expect(averageText('83788.26', 59)).toBe('1420.14');
    expect(averageText('10.20', 2)).toBe('5.10');
    expect(averageText('10.01', 2)).toBe('5.005');
    expect(averageText('0.00', 0)).toBe('0.00');
  });
});

describe('sortedJson', () => {
  it('sorts keys at every level, one-space indent', () => {
    expect(sortedJson({ b: 1, a: { d: [2], c: 'x' } })).toBe(
      '{\n "a": {\n  "c": "x",\n  "d": [\n   2\n  ]\n },\n "b": 1\n}',
    );
  });
});
