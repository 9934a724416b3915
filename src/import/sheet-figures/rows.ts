/**
 * The rows of a long table of figures → one entry per figure, with the cell each field
 * came from, and a located issue for every cell that cannot be read. A row that cannot be
 * placed (no bureau, year, indicator or value; an unknown bureau) gives no figure.
 */
import type { Issue } from '../../lib/issues.ts';
import type { MessageParams } from '../../lib/messages.ts';
import { cellAddress } from '../formats/sheet.ts';
import { BUREAU_ID } from '../bureau-entry.ts';
import { changeFields, qualifierOf, valueFields } from './cells.ts';
import { REQUIRED, type Column, type Header } from './columns.ts';

/** Where the table is, as messages name it: `figures.xlsx › Sheet1` (a CSV has no sheet). */
export interface SheetPlace {
  file: string;
  sheet: string;
}

export interface FigureSource {
  title?: string;
  date?: string;
  url?: string;
  kind?: string;
}

export interface FigureRow {
  /** Row index in the sheet (0-based). */
  row: number;
  bureau: string;
  year: number;
  indicator: string;
  /** The figure's id in its report: the `id` column, else the indicator. */
  id: string;
  indicatorName?: string;
  /** The figure's YAML fields, in the order they are written (source apart). */
  fields: Record<string, unknown>;
  source: FigureSource;
  /** The sheet and its columns, to point back into it. */
  place: SheetPlace;
  columns: Header['columns'];
}

export function cellRef(place: SheetPlace, row: number, column: number): string {
  return [place.file, place.sheet, cellAddress(row, column)].filter(Boolean).join(' › ');
}

export function sheetIssue(place: SheetPlace, row: number, column: number, field: string, code: Issue['code'], params: MessageParams): Issue {
  return { file: cellRef(place, row, column), line: row + 1, column: column + 1, field, code, params };
}

export function readFigureRows(rows: readonly (readonly string[])[], header: Header, place: SheetPlace, bureaus: ReadonlySet<string>): { figures: FigureRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const figures: FigureRow[] = [];
  const seen = new Map<string, number>();
  const { columns } = header;
  const missing = REQUIRED.filter((column) => columns[column] === undefined);
  for (const column of missing) issues.push(sheetIssue(place, header.row, 0, column, 'sheet-missing-column', { found: column }));
  for (const unknown of header.unknown) issues.push(sheetIssue(place, header.row, unknown.column, '', 'sheet-unknown-column', { found: unknown.text }));
  if (missing.length > 0) return { figures, issues };

  for (let row = header.row + 1; row < rows.length; row += 1) {
    const cells = rows[row] ?? [];
    if (cells.every((cell) => cell.trim() === '')) continue;
    const at = (column: Column): number => columns[column] ?? 0;
    const text = (column: Column): string => (columns[column] === undefined ? '' : (cells[at(column)] ?? '').trim());
    const problem = (column: Column, code: Issue['code'], params: MessageParams = {}): void => {
      issues.push(sheetIssue(place, row, at(column), column, code, { found: text(column), ...params }));
    };
    const before = issues.length;
    for (const column of REQUIRED) if (text(column) === '') problem(column, 'sheet-empty-cell', { column });
    const bureau = text('bureau');
    if (bureau && !BUREAU_ID.test(bureau)) problem('bureau', 'sheet-bad-id', { column: 'bureau' });
    else if (bureau && !bureaus.has(bureau)) problem('bureau', 'sheet-unknown-bureau');
    if (text('year') && !/^(19|20)\d{2}$/.test(text('year'))) problem('year', 'sheet-bad-year');
    for (const column of ['indicator', 'id'] as const) if (text(column) && !BUREAU_ID.test(text(column))) problem(column, 'sheet-bad-id', { column });

    const fields: Record<string, unknown> = {};
    if (text('id') && text('id') !== text('indicator')) fields['indicator'] = text('indicator');
    const value = text('value') ? valueFields(text('value')) : undefined;
    Object.assign(fields, value);
    const qualifier = text('qualifier');
    if (qualifier) {
      const code = qualifierOf(qualifier);
      if (code) fields['qualifier'] = code;
      else problem('qualifier', 'sheet-bad-qualifier');
    }
    for (const column of ['unit', 'status', 'as_of'] as const) if (text(column)) fields[column] = text(column);
    if (text('change')) {
      const change = changeFields(text('change'));
      if (change) fields['change'] = change;
      else problem('change', 'sheet-bad-change');
    }
    if (text('note') || text('note_en')) {
      if (text('note') && text('note_en')) fields['note'] = { zh: text('note'), en: text('note_en') };
      else problem(text('note') ? 'note' : 'note_en', 'sheet-note-one-language', { column: text('note') ? 'note_en' : 'note' });
    }
    if (issues.length > before) continue;

    const id = text('id') || text('indicator');
    const key = `${bureau}/${text('year')}/${id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(text('id') ? 'id' : 'indicator', 'sheet-duplicate-figure', { first: cellAddress(first, at(text('id') ? 'id' : 'indicator')) });
      continue;
    }
    seen.set(key, row);
    const source: FigureSource = {};
    for (const [column, name] of [['source', 'title'], ['source_date', 'date'], ['source_url', 'url'], ['source_kind', 'kind']] as const) {
      if (text(column)) source[name] = text(column);
    }
    figures.push({ row, place, columns, bureau, year: Number(text('year')), indicator: text('indicator'), id, fields, source, ...(text('indicator_name') && { indicatorName: text('indicator_name') }) });
  }
  return { figures, issues };
}
