import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Metrics of the 14 standard fonts, which pdf.js loads from its package to lay out text.
const standardFontDataUrl = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts/',
);

/**
 * The text of each page as a PDF reader extracts it: one entry per drawn string. Read with
 * pdf.js (Firefox's PDF engine), not pdf-lib, so a test sees what a viewer sees.
 */
export async function extractPageTexts(bytes: Uint8Array): Promise<string[][]> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: string[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item.str] : [])));
  }
  await pdf.destroy();
  return pages;
}
