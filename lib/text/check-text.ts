/**
 * The one check every piece of text passes where it enters Switchboard: a GraphQL argument,
 * a CSV cell, a file name. PostgreSQL cannot store U+0000 or an unpaired surrogate (the whole
 * statement fails, audit entry included), and control or bidirectional-override characters
 * in a name let it pose as something else on screen, in a terminal or in a PDF
 * ("Invoice\u202Efdp.exe" reads as "Invoiceexe.pdf").
 */
export interface TextPolicy {
  /** Line breaks and tabs allowed (notes, template bodies, CSV text); other controls never are. */
  multiline?: boolean;
  /** The most UTF-16 code units accepted. */
  maxLength?: number;
  /** Kept exactly as sent, not NFC-normalised (passwords must match byte for byte later). */
  verbatim?: boolean;
}

/** One-line text: names, identifiers, references, search terms. */
export const DEFAULT_MAX_LENGTH = 500;
/** Multi-line text: notes, template bodies. */
export const DEFAULT_MULTILINE_MAX_LENGTH = 100_000;

export type CheckedText = { value: string } | { problem: string };

// C0 controls, DEL and C1 controls; tab, LF and CR are allowed only in multi-line text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// Bidirectional overrides and isolates are kept out of one-line text only: a note in a
// right-to-left language may carry them for good reasons, and notes are never identifiers.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const MULTILINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0) return `a NUL character (${hex})`;
  if (code === 0x0a || code === 0x0d) return `a line break (${hex})`;
  if (code === 0x09) return `a tab (${hex})`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return `a bidirectional override (${hex})`;
  return `a control character (${hex})`;
}

/** The text as it will be stored (NFC unless verbatim), or why it is refused. */
export function checkText(value: string, policy: TextPolicy = {}): CheckedText {
  const maxLength =
    policy.maxLength ?? (policy.multiline ? DEFAULT_MULTILINE_MAX_LENGTH : DEFAULT_MAX_LENGTH);
  // Checked before anything that walks the text, so a 100 MB string costs nothing more.
  if (value.length > maxLength)
    return { problem: `is longer than ${maxLength.toLocaleString('en-US')} characters` };
  if (LONE_SURROGATE.test(value)) return { problem: 'is not valid Unicode (it has an unpaired surrogate)' };
  const forbidden = (policy.multiline ? MULTILINE_FORBIDDEN : LINE_FORBIDDEN).exec(value);
  if (forbidden) return { problem: `contains ${describeCharacter(forbidden[0])}` };
  const stored = policy.verbatim ? value : value.normalize('NFC');
  // NFC can lengthen text (rarely); the limit is on what is stored.
  if (stored.length > maxLength)
    return { problem: `is longer than ${maxLength.toLocaleString('en-US')} characters` };
  return { value: stored };
}

/**
 * Text made safe to store or log whatever it holds: for audit entries and error reports
 * about refused input, which must be written even when the input could not be.
 */
export function storableText(value: string): string {
  return value.replace(LONE_SURROGATES, '\ufffd').replaceAll('\u0000', '\u2400');
}
