import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, storableText } from './check-text';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const anyText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
});

describe('checkText', () => {
  it.each([
    ['Acme\u0000', 'contains a NUL character (U+0000)'],
    ['Acme\u0007', 'contains a control character (U+0007)'],
    ['Acme\r\nInjected: yes', 'contains a line break (U+000D)'],
    ['Acme\tCorp', 'contains a tab (U+0009)'],
    ['Acme\u009b31m', 'contains a control character (U+009B)'],
    ['Invoice\u202Efdp.exe', 'contains a bidirectional override (U+202E)'],
    ['\u2067Acme', 'contains a bidirectional override (U+2067)'],
    ['Acme\udc00', 'is not valid Unicode (it has an unpaired surrogate)'],
    ['x'.repeat(501), 'is longer than 500 characters'],
  ])('refuses one-line text (case %#)', (text, problem) => {
    expect(checkText(text)).toEqual({ problem });
  });

  it('lets multi-line text keep line breaks, tabs and bidi marks, but never a NUL or other controls', () => {
    expect(checkText('one\r\ntwo\tthree \u202B', { multiline: true })).toEqual({
      value: 'one\r\ntwo\tthree \u202B',
    });
    expect(checkText('a\u0000b', { multiline: true })).toEqual({
      problem: 'contains a NUL character (U+0000)',
    });
    expect(checkText('a\u000bb', { multiline: true })).toEqual({
      problem: 'contains a control character (U+000B)',
    });
  });

  it('normalises to NFC unless told to keep the text verbatim, and keeps emoji', () => {
    expect(checkText('Cafe\u0301 😀')).toEqual({ value: 'Caf\u00e9 😀' });
    expect(checkText('Cafe\u0301', { verbatim: true })).toEqual({ value: 'Cafe\u0301' });
  });

  it('never accepts text that PostgreSQL cannot store, and accepted text is stable', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, multiline) => {
        const checked = checkText(text, { multiline, maxLength: 10_000 });
        if ('value' in checked) {
          expect(checked.value).not.toMatch(UNSTORABLE);
          expect(checkText(checked.value, { multiline, maxLength: 10_000 })).toEqual(checked);
        }
      }),
    );
  });
});

describe('storableText', () => {
  it('makes any text storable, showing a NUL as ␀ and an unpaired surrogate as U+FFFD', () => {
    expect(storableText('a\u0000b\ud800c😀')).toBe('a\u2400b\ufffdc😀');
    fc.assert(
      fc.property(anyText, (text) => {
        expect(storableText(text)).not.toMatch(UNSTORABLE);
      }),
    );
  });
});
