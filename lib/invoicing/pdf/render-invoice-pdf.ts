import { PDFDocument } from 'pdf-lib';
import type { InvoiceDocument } from './invoice-document';
import { drawInvoiceHeader } from './invoice-header';
import { COLOR, FONT_SIZE, PAGE, TABLE } from './invoice-layout';
import { InvoicePages, referenceOf } from './invoice-pages';
import { drawLinesTable } from './invoice-table';
import { drawTextLine, embedInvoiceFonts, type InvoiceFonts, type TextStyle, wrapLines } from './pdf-text';

/**
 * An invoice or credit note as an A4 PDF: head with seller, number and dates, the lines
 * table over as many pages as it needs, totals, the note, "Page n of m" footers, and a
 * diagonal DRAFT or VOID watermark unless the invoice is finalized. No I/O: fonts are the
 * standard PDF fonts, so this runs anywhere, bundled or not. The same finalized document
 * renders the same bytes every time: the file's dates are the document's, not the clock's.
 * @throws Error when an amount or quantity is not a plain decimal or the currency is unknown.
 */
export async function renderInvoicePdf(doc: InvoiceDocument): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PDFDocument.create();
  const fonts = await embedInvoiceFonts(pdf);
  pdf.setTitle(`${referenceOf(doc)} – ${doc.account.name}`);
  pdf.setAuthor(doc.seller.name);
  pdf.setCreator('Switchboard');
  pdf.setProducer('Switchboard');
  const { created, modified } = fileDates(doc);
  pdf.setCreationDate(created);
  pdf.setModificationDate(modified);

  const pages = new InvoicePages(pdf, fonts, doc);
  drawInvoiceHeader(pages, fonts, doc);
  drawLinesTable(pages, fonts, doc);
  if (doc.invoice.note) drawNote(pages, fonts, doc.invoice.note);
  pages.finish();
  // pdf-lib types its bytes as Uint8Array<ArrayBufferLike>, which `new Response(…)` and
  // `new Blob([…])` refuse; a copy (a few kilobytes) is typed as backed by a plain ArrayBuffer.
  return Uint8Array.from(await pdf.save());
}

/** CreationDate and ModDate: finalizing creates the document, voiding is its one change; a draft changes until then. */
function fileDates(doc: InvoiceDocument): { created: Date; modified: Date } {
  const { createdAt, finalizedAt, voidedAt } = doc.invoice;
  if (finalizedAt) {
    const created = new Date(finalizedAt);
    return { created, modified: voidedAt ? new Date(voidedAt) : created };
  }
  const now = new Date();
  return { created: createdAt ? new Date(createdAt) : now, modified: now };
}

/** The free-text note under the totals, wrapped and continued on a new page if long. */
function drawNote(pages: InvoicePages, fonts: InvoiceFonts, note: string): void {
  const style: TextStyle = { font: fonts.regular, size: FONT_SIZE.body, color: COLOR.text };
  const lineHeight = 13;
  // Paragraphs stay paragraphs: toEncodableText turns line breaks into spaces, so split first.
  const lines = note.split(/\r?\n/).flatMap((paragraph) => wrapLines(paragraph, style, TABLE.width));
  pages.y -= 24;
  pages.ensureRoom(14 + lineHeight * Math.min(lines.length, 3), 'text');
  drawTextLine(
    pages.page,
    'NOTE',
    { font: fonts.bold, size: FONT_SIZE.label, color: COLOR.muted },
    {
      x: PAGE.marginX,
      y: pages.y - FONT_SIZE.label,
    },
  );
  pages.y -= 14;
  for (const line of lines) {
    pages.ensureRoom(lineHeight, 'text');
    drawTextLine(pages.page, line, style, { x: PAGE.marginX, y: pages.y - FONT_SIZE.body });
    pages.y -= lineHeight;
  }
}
