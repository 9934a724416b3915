/**
 * A Word .docx → plain lines. mammoth turns the document into HTML (headings, paragraphs,
 * lists, tables with their merged cells as colspan/rowspan); dom-text.ts renders that as
 * lines, tables as `|` rows. Pictures are left out (not embedded as data: URLs).
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { domToLines } from './dom-text.ts';

export async function docxToLines(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
  );
  return domToLines(parseHTML(`<html><body>${value}</body></html>`).document.body);
}
