import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { toEncodableText } from './encodable-text';

let winAnsi: ReadonlySet<number>;

beforeAll(async () => {
  const pdf = await PDFDocument.create();
  winAnsi = new Set((await pdf.embedFont(StandardFonts.Helvetica)).getCharacterSet());
});

const clean = (text: string) => toEncodableText(text, winAnsi);

describe('toEncodableText', () => {
  it('keeps what WinAnsi has: Latin-1 letters, €, dashes, ellipsis', () => {
    for (const text of ['Zoë Müller', 'Straße 5', 'Œuvre — € 12 …', 'Škoda', 'Ærø']) {
      expect(clean(text)).toBe(text);
    }
  });

  it('drops accents WinAnsi lacks and maps stroked letters to their look-alikes', () => {
    expect(clean('Łódź')).toBe('Lódz');
    expect(clean('Őrség Đorđe')).toBe('Orség Dorde');
    expect(clean('ﬁle')).toBe('file');
  });

  it('joins a decomposed accent to its letter rather than losing it', () => {
    expect(clean('Zoe\u0308')).toBe('Zoë');
  });

  it('drops emoji, including joined and skin-toned ones, without leaving double spaces', () => {
    expect(clean('Rocket 🚀 Telecom')).toBe('Rocket Telecom');
    expect(clean('Team 👩🏽‍💻✓ ok')).toBe('Team ok');
    expect(clean('Flag 🇵🇱')).toBe('Flag ');
  });

  it('writes one "?" for each run of another script', () => {
    expect(clean('東京 office')).toBe('? office');
    expect(clean('Ελληνικά και 東京')).toBe('? ? ?');
  });

  it('turns line breaks and tabs into spaces', () => {
    expect(clean('a\nb\tc\r\nd')).toBe('a b c d');
  });
});
