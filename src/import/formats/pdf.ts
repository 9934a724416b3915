/**
 * A PDF → plain lines, rebuilt from text positions (pdfjs-dist). A PDF has no lines or
 * tables, only pieces of text placed on the page; pieces on one baseline form a line, in
 * order from left to right. A gap wider than GAP_CELLS font sizes between two pieces is a
 * column boundary, so a table row becomes `城乡低保金 | 万元 | 1100.2 | 1234.5`; a narrower
 * gap is a space between Latin words (Chinese is written without spaces). Merged cells cannot be seen in a PDF: a merged header comes out once.
 * A scanned PDF (pictures only) gives no lines, which the caller reports.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IMPORT_LIMITS } from './limits.ts';

/** Gap between pieces, in font sizes, from which they are in different columns. */
const GAP_CELLS = 1.5;
/** Gap, in font sizes, from which two pieces are separate words. */
const GAP_SPACE = 0.2;

interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export async function pdfToLines(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const lines: string[] = [];
    for (let number = 1; number <= Math.min(pdf.numPages, IMPORT_LIMITS.pdfPages); number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[];
        pieces.push({ text: item.str, x, y, width: item.width, size: Math.max(1, item.height || Math.hypot(a, b) || Math.abs(d)) });
      }
      lines.push(...baselines(pieces).map(joinLine));
      page.cleanup();
    }
    return lines.filter((line) => line.trim() !== '');
  } finally {
    await task.destroy();
  }
}

/** Pieces grouped by baseline (within a third of the font size), top of the page first. */
function baselines(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Array<{ y: number; pieces: Piece[] }> = [];
  for (const piece of sorted) {
    const group = groups.find((candidate) => Math.abs(candidate.y - piece.y) <= piece.size / 3);
    if (group) group.pieces.push(piece);
    else groups.push({ y: piece.y, pieces: [piece] });
  }
  return groups.sort((g, h) => h.y - g.y).map((group) => group.pieces.sort((p, q) => p.x - q.x));
}

function joinLine(pieces: Piece[]): string {
  let text = '';
  let end: number | undefined;
  for (const piece of pieces) {
    if (end !== undefined) {
      const gap = piece.x - end;
      if (gap > GAP_CELLS * piece.size) text += ' | ';
      else if (gap > GAP_SPACE * piece.size && /[\x21-\x7E]$/.test(text) && /^[\x21-\x7E]/.test(piece.text)) text += ' ';
    }
    text += piece.text;
    end = piece.x + piece.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}
