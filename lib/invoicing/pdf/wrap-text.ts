/** How wide a string is when drawn: the font's metrics at the size in use, in points. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces where it can and inside a word
 * only when the word alone is too wide (a long product code, a URL). Past `maxLines` the last
 * line ends with an ellipsis, so a table cell never grows without bound. Never returns an
 * empty list: blank text is one empty line.
 */
export function wrapText(
  text: string,
  measure: MeasureText,
  maxWidth: number,
  maxLines = Infinity,
): string[] {
  const words = text.split(' ').filter((word) => word !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    // A word wider than the line is cut where it stops fitting.
    let rest = word;
    while (measure(rest) > maxWidth) {
      const head = longestFittingPrefix(rest, measure, maxWidth);
      lines.push(head);
      rest = rest.slice(head.length);
    }
    current = rest;
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateText(kept[maxLines - 1] ?? '', measure, maxWidth, true);
  return kept;
}

/**
 * The text itself when it fits, otherwise as much of it as fits followed by an ellipsis.
 * `forceEllipsis` marks text that was already cut short by the caller.
 */
export function truncateText(
  text: string,
  measure: MeasureText,
  maxWidth: number,
  forceEllipsis = false,
): string {
  if (!forceEllipsis && measure(text) <= maxWidth) return text;
  const head = longestFittingPrefix(text, measure, maxWidth - measure(ELLIPSIS));
  return `${head.trimEnd()}${ELLIPSIS}`;
}

/** Cuts by code point, so an emoji's surrogate halves are never split. */
function longestFittingPrefix(text: string, measure: MeasureText, maxWidth: number): string {
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  // Binary search: widths only grow as characters are added.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, middle).join('')) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  // At least one character per line, or a too-narrow column would loop forever.
  return chars.slice(0, Math.max(low, 1)).join('');
}
