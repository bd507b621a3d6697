/**
 * Letters with no decomposition that a reader still recognises without their stroke.
 * Everything else that decomposes (ő → o + ˝) loses its mark through NFKD instead.
 */
const LOOK_ALIKES: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  ŧ: 't',
  Ŧ: 'T',
  '\u2212': '-', // minus sign
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
};

/**
 * Text the standard PDF fonts can draw. They encode WinAnsi only (Latin-1 plus a few
 * typographic marks), and pdf-lib throws on anything else, so one account named "Łódź 🚀"
 * would fail a whole bill run's PDFs. A character outside `encodable` (the font's code
 * points) becomes its unaccented or compatibility form when that is encodable ("ź" → "z",
 * "ﬁ" → "fi"), a look-alike for a few stroked letters ("Ł" → "L"), nothing for emoji, other
 * pictographs and invisible marks (joiners, variation selectors), and otherwise "?", once
 * for a whole run ("東京" → "?"). Line breaks and tabs become spaces: callers lay out lines.
 */
export function toEncodableText(text: string, encodable: ReadonlySet<number>): string {
  let result = '';
  let previousWasUnknown = false;
  // NFC first so "e" + combining diaeresis is the one encodable "ë".
  for (const char of text.normalize('NFC')) {
    const replacement = encodableChar(char, encodable);
    if (replacement === UNKNOWN && previousWasUnknown) continue;
    previousWasUnknown = replacement === UNKNOWN;
    result += replacement;
  }
  // Dropped pictographs leave their neighbouring spaces behind.
  return result.replace(/ {2,}/g, ' ');
}

const UNKNOWN = '?';

function encodableChar(char: string, encodable: ReadonlySet<number>): string {
  if (/\s|\p{Cc}/u.test(char)) return ' ';
  if (isEncodable(char, encodable)) return char;
  const unmarked = char.normalize('NFKD').replace(/\p{M}/gu, '');
  if (unmarked !== '' && isEncodable(unmarked, encodable)) return unmarked;
  const lookAlike = LOOK_ALIKES[char];
  if (lookAlike !== undefined) return lookAlike;
  // Marks, zero-width joiners and variation selectors draw nothing on their own; emoji and
  // dingbats carry no meaning an invoice depends on, and a "?" in a name reads as a typo.
  if (/[\p{M}\p{Cf}\p{So}\p{Extended_Pictographic}\p{Emoji_Modifier}]/u.test(char)) return '';
  return UNKNOWN;
}

function isEncodable(text: string, encodable: ReadonlySet<number>): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0);
    if (codePoint === undefined || !encodable.has(codePoint)) return false;
  }
  return true;
}
