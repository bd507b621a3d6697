import { type Color, type PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { toEncodableText } from './encodable-text';
import { type MeasureText, truncateText, wrapText } from './wrap-text';

export interface InvoiceFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface TextStyle {
  font: PDFFont;
  size: number;
  color: Color;
}

/**
 * Helvetica and Helvetica Bold: standard PDF fonts every viewer has, so nothing is embedded
 * but their names and the file stays a few kilobytes.
 */
export async function embedInvoiceFonts(pdf: PDFDocument): Promise<InvoiceFonts> {
  const [regular, bold] = await Promise.all([
    pdf.embedFont(StandardFonts.Helvetica),
    pdf.embedFont(StandardFonts.HelveticaBold),
  ]);
  return { regular, bold };
}

const encodableByFont = new WeakMap<PDFFont, ReadonlySet<number>>();

/** `text` reduced to what the style's font can encode (see toEncodableText). */
export function drawableText(text: string, style: TextStyle): string {
  let encodable = encodableByFont.get(style.font);
  if (!encodable) {
    encodable = new Set(style.font.getCharacterSet());
    encodableByFont.set(style.font, encodable);
  }
  return toEncodableText(text, encodable);
}

export function measureWith(style: TextStyle): MeasureText {
  return (text) => style.font.widthOfTextAtSize(text, style.size);
}

/** Drawable lines of at most `maxWidth` points (see wrapText). */
export function wrapLines(text: string, style: TextStyle, maxWidth: number, maxLines?: number): string[] {
  return wrapText(drawableText(text, style), measureWith(style), maxWidth, maxLines);
}

/**
 * One line of text with its baseline at `y`, starting at `x` or, right-aligned, ending there.
 * Text wider than `maxWidth` is cut short with an ellipsis rather than running off its column.
 */
export function drawTextLine(
  page: PDFPage,
  text: string,
  style: TextStyle,
  at: { x: number; y: number; align?: 'left' | 'right'; maxWidth?: number },
): void {
  const measure = measureWith(style);
  let drawable = drawableText(text, style);
  if (at.maxWidth !== undefined) drawable = truncateText(drawable, measure, at.maxWidth);
  const x = at.align === 'right' ? at.x - measure(drawable) : at.x;
  setFontOnce(page, style.font);
  page.drawText(drawable, { x, y: at.y, size: style.size, color: style.color });
}

/** The font each page is set to, as drawTextLine set it. */
const fontOfPage = new WeakMap<PDFPage, PDFFont>();

/**
 * Sets the page's font only when it changes. pdf-lib 1.17 adds a new entry to the page's font
 * resources whenever a font is set, and drawText given a `font` sets it and then the previous
 * one back: two entries per line of text, each found a free name by a scan of the others, so
 * a page of lines rendered quadratically and its resources listed the same two fonts hundreds
 * of times.
 */
function setFontOnce(page: PDFPage, font: PDFFont): void {
  if (fontOfPage.get(page) === font) return;
  page.setFont(font);
  fontOfPage.set(page, font);
}

/**
 * An amount or quantity right-aligned in its column, a size smaller when a very large figure
 * would not fit: never cut short, as a truncated figure would misstate it.
 */
export function drawFigure(
  page: PDFPage,
  figure: string,
  style: TextStyle,
  right: number,
  y: number,
  width: number,
): void {
  const natural = style.font.widthOfTextAtSize(figure, style.size);
  const size = natural <= width ? style.size : (style.size * width) / natural;
  drawTextLine(page, figure, { ...style, size }, { x: right, y, align: 'right' });
}
