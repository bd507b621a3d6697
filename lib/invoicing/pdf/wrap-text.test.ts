import { describe, expect, it } from 'vitest';
import { truncateText, wrapText } from './wrap-text';

// Every character one unit wide: widths are lengths, so expectations are easy to read.
const measure = (text: string) => Array.from(text).length;

describe('wrapText', () => {
  it('breaks at spaces and keeps lines within the width', () => {
    expect(wrapText('the quick brown fox jumps', measure, 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('cuts a word wider than the line', () => {
    expect(wrapText('abcdefghijklmnop xy', measure, 6)).toEqual(['abcdef', 'ghijkl', 'mnop', 'xy']);
  });

  it('ends the last allowed line with an ellipsis when text remains', () => {
    const lines = wrapText('one two three four five six', measure, 9, 2);
    expect(lines).toEqual(['one two', 'three…']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(9);
  });

  it('gives one empty line for blank text', () => {
    expect(wrapText('', measure, 10)).toEqual(['']);
    expect(wrapText('   ', measure, 10)).toEqual(['']);
  });

  it('never splits an emoji surrogate pair', () => {
    expect(wrapText('😀😀😀😀', measure, 2)).toEqual(['😀😀', '😀😀']);
  });
});

describe('truncateText', () => {
  it('returns text that fits as it is, and cuts the rest with an ellipsis', () => {
    expect(truncateText('short', measure, 10)).toBe('short');
    expect(truncateText('a much longer text', measure, 10)).toBe('a much lo…');
  });
});
