/**
 * The document given to `npm run import`, whatever its format, → what the importer reads:
 * plain text for the text pipeline, and for a spreadsheet also its grids (a long table of
 * figures takes its own path, src/import/sheet-figures/). The format is the extension's.
 *
 * The file is untrusted: its size is checked before it is read, a .docx/.xlsx archive's
 * declared unpacked size before it is unpacked (zip-guard.ts), and every failure of a
 * reader becomes one located, bilingual issue (file:1:1), never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Issue } from '../../lib/issues.ts';
import type { MessageParams } from '../../lib/messages.ts';
import { declaredCharset, decodeDocument } from './decode.ts';
import { IMPORT_LIMITS } from './limits.ts';
import type { SheetGrid } from './sheet.ts';
import { checkArchive } from './zip-guard.ts';

export const FORMATS = { '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.pdf': 'pdf', '.xlsx': 'xlsx', '.csv': 'csv' } as const;
export type InputFormat = (typeof FORMATS)[keyof typeof FORMATS];

export interface ImportInput {
  format?: InputFormat;
  /** The document as plain lines joined by \n; tables as `|` lines. */
  text?: string;
  /** A spreadsheet's sheets, for the long-table check. */
  sheets?: SheetGrid[];
  issues: Issue[];
}

/** @param path the file as the user named it; messages show it so. */
export async function readImportInput(path: string): Promise<ImportInput> {
  const problem = (code: Issue['code'], params: MessageParams): ImportInput => ({ issues: [{ file: path, line: 1, column: 1, field: '', code, params: { found: path, ...params } }] });
  const extension = extname(path).toLowerCase();
  const format = (FORMATS as Record<string, InputFormat>)[extension];
  if (!format) return problem('import-format-unknown', { extension: extension || '(none)' });

  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return problem('not-a-file', {});
    if (stat.size > IMPORT_LIMITS.fileBytes) return problem('import-file-too-large', { size: String(stat.size), limit: String(IMPORT_LIMITS.fileBytes) });
    bytes = readFileSync(path);
  } catch (error) {
    return problem('unreadable-file', { reason: (error as NodeJS.ErrnoException).code ?? 'unknown' });
  }
  if (format === 'docx' || format === 'xlsx') {
    const verdict = checkArchive(bytes);
    if (!verdict.ok) {
      return 'reason' in verdict
        ? problem('import-file-unreadable', { format: extension, reason: verdict.reason })
        : problem('import-archive-too-large', { size: String(verdict.size), limit: String(verdict.limit) });
    }
  }

  let lines: string[];
  let sheets: SheetGrid[] | undefined;
  try {
    if (format === 'text' || format === 'html' || format === 'csv') {
      const decoded = decodeDocument(bytes, path, format === 'html' ? declaredCharset(bytes) : undefined);
      if ('issue' in decoded) return { format, issues: [decoded.issue] };
      if (format === 'text') return { format, text: decoded.text, issues: [] };
      if (format === 'html') lines = (await import('./html.ts')).htmlToLines(decoded.text);
      else {
        const { readCsv, sheetsToLines } = await import('./sheet.ts');
        lines = sheetsToLines((sheets = readCsv(decoded.text)));
      }
    } else if (format === 'docx') lines = await (await import('./docx.ts')).docxToLines(bytes);
    else if (format === 'pdf') lines = await (await import('./pdf.ts')).pdfToLines(bytes);
    else {
      // Each reader is loaded only for its format: the libraries are large, and a .txt import needs none.
      const { readXlsx, sheetsToLines } = await import('./sheet.ts');
      lines = sheetsToLines((sheets = await readXlsx(bytes)));
    }
  } catch (error) {
    return { format, issues: problem('import-file-unreadable', { format: extension, reason: reasonOf(error) }).issues };
  }
  if (lines.length === 0 && !sheets) return { format, issues: problem('import-no-text', { format: extension }).issues };
  return { format, text: lines.join('\n'), ...(sheets && { sheets }), issues: [] };
}

/** A library's error as one short line: no stack, no path of ours. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
