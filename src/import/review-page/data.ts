/**
 * The review data of a draft, for the dev-only review page (page.ts): the input's lines as
 * the importer read them (simplified, with the reason of each dropped line), every figure
 * statement with its id, and the review items. The CLI writes it to
 * `.annals/import/<bureau>-<year>.json` in the site folder (ignored by git, never built).
 */
import type { ImportResult } from '../pipeline.ts';
import { rowBlock } from '../table-figures.ts';

export interface ReviewData {
  bureau: string;
  year: number;
  sourceFile: string;
  lines: Array<{ line: number; text: string; dropped?: string }>;
  figures: Array<{ line: number; written: string; id: string }>;
  review: Array<{ line: number; topic: string; text: string }>;
}

export const REVIEW_DATA_DIR = '.annals/import';

export function reviewData(result: ImportResult, args: { bureau: string; year: number; sourceFile: string; raw: string }): ReviewData {
  const byLine = new Map<number, { text: string; dropped?: string }>();
  args.raw.split(/\r\n|\r|\n/).forEach((text, index) => byLine.set(index + 1, { text: text.trim() }));
  for (const entry of result.cleaned.lines) byLine.set(entry.line, { text: entry.text });
  for (const entry of result.cleaned.dropped) byLine.set(entry.line, { text: entry.text, dropped: entry.reason });
  for (const block of result.blocks) if (block.title) byLine.set(block.anchors[0]?.line ?? 0, { text: block.text });
  // A table row as one line with all its cells, whichever report each belongs to.
  for (const row of result.cleaned.tables) byLine.set(row.line, { text: rowBlock(row).text.replace(/。$/, '') });
  return {
    bureau: args.bureau,
    year: args.year,
    sourceFile: args.sourceFile,
    lines: [...byLine].sort((a, b) => a[0] - b[0]).map(([line, entry]) => ({ line, ...entry })),
    figures: result.extraction.figures.map((figure, index) => ({ line: figure.line, written: figure.written, id: result.idOf[index] ?? '' })),
    review: result.review.map((item) => ({ line: item.line, topic: item.topic, text: item.text })),
  };
}
