import { degrees, type PDFDocument, type PDFPage } from 'pdf-lib';
import { documentTitle, type InvoiceDocument } from './invoice-document';
import { COLOR, FONT_SIZE, PAGE, TABLE } from './invoice-layout';
import { drawTextLine, type InvoiceFonts } from './pdf-text';

/**
 * The pages of one invoice and a cursor moving down them. Whatever is drawn asks for room
 * first; when the page is full a continuation page starts, headed by the seller and the
 * invoice number and with the lines table's header repeated, so every page reads on its own.
 */
export class InvoicePages {
  readonly #pdf: PDFDocument;
  readonly #fonts: InvoiceFonts;
  readonly #doc: InvoiceDocument;
  readonly #pages: PDFPage[] = [];
  /** Top of the free space left on the current page, in points from the bottom edge. */
  y = PAGE.top;

  constructor(pdf: PDFDocument, fonts: InvoiceFonts, doc: InvoiceDocument) {
    this.#pdf = pdf;
    this.#fonts = fonts;
    this.#doc = doc;
    this.#addPage();
  }

  get page(): PDFPage {
    const page = this.#pages.at(-1);
    if (!page) throw new Error('InvoicePages has no page');
    return page;
  }

  /**
   * Moves to a continuation page unless `height` points fit above the footer. Pages that
   * continue the lines table repeat its header; pages that continue the note do not.
   */
  ensureRoom(height: number, continuing: 'table' | 'text' = 'table'): void {
    if (this.y - height >= PAGE.contentBottom) return;
    this.#continueOnNewPage();
    if (continuing === 'table') this.drawTableHeader();
  }

  /** Whether `height` points would fit on an otherwise empty continuation page. */
  fitsOnAFreshPage(height: number): boolean {
    return continuationContentTop() - TABLE.headerHeight - height >= PAGE.contentBottom;
  }

  drawTableHeader(): void {
    const { page } = this;
    const top = this.y;
    page.drawRectangle({
      x: TABLE.left,
      y: top - TABLE.headerHeight,
      width: TABLE.width,
      height: TABLE.headerHeight,
      color: COLOR.band,
    });
    const style = { font: this.#fonts.bold, size: FONT_SIZE.label, color: COLOR.muted };
    const baseline = top - TABLE.headerHeight / 2 - FONT_SIZE.label * 0.36;
    drawTextLine(page, 'DESCRIPTION', style, { x: TABLE.descriptionX, y: baseline });
    drawTextLine(page, 'QUANTITY', style, { x: TABLE.quantityRight, y: baseline, align: 'right' });
    drawTextLine(page, 'UNIT PRICE', style, { x: TABLE.unitPriceRight, y: baseline, align: 'right' });
    drawTextLine(page, `AMOUNT (${this.#doc.invoice.currency})`, style, {
      x: TABLE.amountRight,
      y: baseline,
      align: 'right',
    });
    this.y = top - TABLE.headerHeight;
  }

  /**
   * Draws what needs the page count or sits over the content: "Page n of m" footers and, on
   * drafts and void invoices, the diagonal watermark (over the content, faint, so no table
   * band can hide it).
   */
  finish(): void {
    const total = this.#pages.length;
    this.#pages.forEach((page, index) => {
      this.#drawFooter(page, index + 1, total);
      this.#drawWatermark(page);
    });
  }

  #addPage(): void {
    this.#pages.push(this.#pdf.addPage([PAGE.width, PAGE.height]));
    this.y = PAGE.top;
  }

  #continueOnNewPage(): void {
    this.#addPage();
    const { page } = this;
    const { seller } = this.#doc;
    const baseline = PAGE.top - 10;
    drawTextLine(
      page,
      seller.name,
      { font: this.#fonts.bold, size: 10, color: COLOR.text },
      {
        x: PAGE.marginX,
        y: baseline,
        maxWidth: TABLE.width / 2,
      },
    );
    drawTextLine(
      page,
      `${referenceOf(this.#doc)} (continued)`,
      {
        font: this.#fonts.regular,
        size: 9,
        color: COLOR.muted,
      },
      { x: TABLE.right, y: baseline, align: 'right', maxWidth: TABLE.width / 2 - 10 },
    );
    page.drawLine({
      start: { x: TABLE.left, y: PAGE.top - 20 },
      end: { x: TABLE.right, y: PAGE.top - 20 },
      thickness: 0.75,
      color: COLOR.strongRule,
    });
    this.y = continuationContentTop();
  }

  #drawFooter(page: PDFPage, number: number, total: number): void {
    const style = { font: this.#fonts.regular, size: FONT_SIZE.small, color: COLOR.muted };
    page.drawLine({
      start: { x: TABLE.left, y: PAGE.footerY + 12 },
      end: { x: TABLE.right, y: PAGE.footerY + 12 },
      thickness: 0.5,
      color: COLOR.rule,
    });
    const left = `${this.#doc.seller.name} · ${referenceOf(this.#doc)} · ${this.#doc.account.name}`;
    drawTextLine(page, left, style, { x: TABLE.left, y: PAGE.footerY, maxWidth: TABLE.width - 90 });
    drawTextLine(page, `Page ${number} of ${total}`, style, {
      x: TABLE.right,
      y: PAGE.footerY,
      align: 'right',
    });
  }

  #drawWatermark(page: PDFPage): void {
    const { status } = this.#doc.invoice;
    if (status === 'finalized') return;
    const text = status === 'void' ? 'VOID' : 'DRAFT';
    const font = this.#fonts.bold;
    // As large as fits along the diagonal, with room to spare at the corners.
    const size = Math.min(160, 520 / font.widthOfTextAtSize(text, 1));
    const width = font.widthOfTextAtSize(text, size);
    const capHeight = size * 0.72;
    // Text rotates about its baseline start: step back half its width and half its cap
    // height along the 45° axes so the word's middle lands on the page's middle.
    const angle = Math.PI / 4;
    const x = PAGE.width / 2 - (width / 2) * Math.cos(angle) + (capHeight / 2) * Math.sin(angle);
    const y = PAGE.height / 2 - (width / 2) * Math.sin(angle) - (capHeight / 2) * Math.cos(angle);
    page.drawText(text, {
      x,
      y,
      size,
      font,
      rotate: degrees(45),
      color: status === 'void' ? COLOR.voidWatermark : COLOR.draftWatermark,
      opacity: 0.13,
    });
  }
}

function continuationContentTop(): number {
  return PAGE.top - 34;
}

/** "Invoice INV-000042", or "Draft invoice" before it has a number. */
export function referenceOf(doc: InvoiceDocument): string {
  const title = documentTitle(doc.invoice.kind);
  return doc.invoice.number === null ? `Draft ${title.toLowerCase()}` : `${title} ${doc.invoice.number}`;
}
