/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet opening a CSV evaluates a
 * cell that starts with one of these characters as a formula (`=cmd|' /C calc'!A0`,
 * `@SUM(1)`). The full-width forms are there because Apple Numbers normalises them to
 * their ASCII twins before it decides.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * Text our writer prefixes with a quote: text that starts with a formula character, after
 * any quotes it already has. Counting the quotes it already has makes the prefix reversible
 * (`'=x` is written `''=x` and reads back as `'=x`), so our own importers restore exactly what
 * was exported.
 */
function isFormulaLike(text: string): boolean {
  let start = 0;
  while (text[start] === "'") start += 1;
  return start < text.length && FORMULA_START.has(text[start] as string);
}

/** The cell as a spreadsheet shows it as text: a leading `'` when it would run as a formula. */
export function neutraliseFormula(text: string): { text: string; isNeutralised: boolean } {
  return isFormulaLike(text) ? { text: `'${text}`, isNeutralised: true } : { text, isNeutralised: false };
}

/**
 * The inverse of `neutraliseFormula`, for importers that read back CSV the product wrote:
 * drops the one quote the writer added. Text with no formula character after its quotes
 * (`'hello`) is left as it is.
 */
export function restoreNeutralisedText(text: string): string {
  return text.startsWith("'") && isFormulaLike(text) ? text.slice(1) : text;
}
