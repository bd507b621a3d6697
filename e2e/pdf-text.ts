import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts/',
);

/** The text of a PDF as a reader extracts it (pdf.js), all pages joined with spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js wants a plain Uint8Array (not a Buffer) and detaches it: hand it a copy.
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, standardFontDataUrl })
    .promise;
  const strings: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) strings.push(item.str);
  }
  return strings.join(' ');
}
