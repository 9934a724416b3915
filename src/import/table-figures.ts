/**
 * Table rows (table.ts) into the importer's stream: each row becomes a block placed among
 * the prose blocks by its line, whose text is what the draft narrative shows ("label：
 * 数量 1,750,824.6，上季度 1,142,713.9"), and each value cell becomes one figure whose
 * label is the row's label and, for any column but the first value column, the column's
 * name (so 上季度 and 环比 values get indicators of their own). A year column's values,
 * and a year row's (years down the side), are filed under that year (`reportYear`) when
 * it is an earlier year than the report's: the row is then split into one block per
 * report, so each report's narrative shows only its own cells. A later year's cell is
 * this report's target.
 */
import { withoutBracketUnit, type TableCell, type TableRow } from './table.ts';
import type { Block, ExtractedFigure } from './types.ts';

/** The year a cell's figure belongs to: its column's (a column per year) or its row's (years down the side). */
export const yearOfTableCell = (row: { year?: number }, cell: TableCell): number | undefined => cell.column?.year ?? row.year;

/**
 * The report a year's cell is filed under: an earlier year's own report; the document's
 * report for its own year and for a later one (a plan column, 2025年, is this report's
 * target, not a report of a year still to come).
 */
export const reportOfYear = (year: number | undefined, reportYear: number): number => (year !== undefined && year < reportYear ? year : reportYear);

/**
 * Blocks for the rows: one per row and report (the cells of the report's own year or of no
 * year first, then each other year's, as `otherReport`). Column names with digits
 * (2022年) are left out of the text: a narrative types no numbers.
 */
export function tableBlocks(rows: readonly TableRow[], reportYear: number): Block[] {
  return rows.flatMap((row) => {
    const groups = new Map<number, TableCell[]>();
    for (const cell of row.cells) {
      const year = reportOfYear(yearOfTableCell(row, cell), reportYear);
      groups.set(year, [...(groups.get(year) ?? []), cell]);
    }
    const years = [...groups.keys()].sort((a, b) => Number(b === reportYear) - Number(a === reportYear));
    return years.map((year) => ({ ...rowBlock({ ...row, cells: groups.get(year) ?? [] }), ...(year !== reportYear && { otherReport: year }) }));
  });
}

/** A row's narrative text ("label：数量 1,750,824.6，上季度 1,142,713.9。") with each cell's span. */
export function rowBlock(row: TableRow): Block {
  let text = `${row.label}：`;
  const cells: NonNullable<Block['table']>['cells'] = [];
  row.cells.forEach((cell, index) => {
    if (index > 0) text += '，';
    const name = cell.column?.name ?? '';
    if (name && !/\d/.test(name)) text += name;
    const start = text.length;
    text += cell.written;
    cells.push({ start, end: text.length, cell });
  });
  return { kind: 'paragraph', text: `${text}。`, anchors: [{ start: 0, line: row.line }], section: {}, table: { label: row.label, cells, ...(row.year && { year: row.year }) } };
}

/** Inserts table blocks among the prose blocks by source line, each taking the section of the block before it. */
export function mergeBlocks(prose: readonly Block[], table: readonly Block[]): Block[] {
  const out = [...prose];
  for (const block of table) {
    const line = block.anchors[0]?.line ?? 0;
    let at = out.findIndex((other) => (other.anchors[0]?.line ?? 0) > line);
    if (at === -1) at = out.length;
    const before = out[at - 1];
    out.splice(at, 0, { ...block, section: before ? { ...before.section } : {}, ...(before?.planSection && { planSection: before.planSection }) });
  }
  return out;
}

export function tableFigures(block: Block, blockIndex: number, reportYear: number): ExtractedFigure[] {
  const table = block.table;
  if (!table) return [];
  const line = block.anchors[0]?.line ?? 0;
  const first = table.cells[0]?.cell.column;
  return table.cells.map(({ start, end, cell }) => {
    const column = cell.column;
    // A year row's cells are counted by their column; a column per year's by their row.
    const label = table.year ? withoutBracketUnit(column?.name ?? '') : column && column !== first && !column.year ? `${table.label}（${column.name}）` : table.label;
    const year = yearOfTableCell(table, cell);
    const yearFrom = column?.year ? `column ${column.name}` : `row ${table.label}`;
    const notes: string[] = [];
    if (!cell.unit) notes.push(column?.rate ? `Column “${column.name}” is a change or share printed without %: check its unit.` : 'The table gives no unit for this row: check what it counts.');
    // Another year's figure: other-reports.ts writes it into that report and says so in the review list.
    return {
      line,
      block: blockIndex,
      start,
      end,
      written: cell.written,
      value: cell.value,
      scale: cell.scale,
      unit: cell.unit,
      shape: 'number' as const,
      status: year && year > reportYear ? ('target' as const) : ('actual' as const),
      ...(year && year > reportYear && { statusReason: `table ${yearFrom}: a later year than the report's` }),
      ...(year && { asOf: String(year), asOfReason: `table ${yearFrom}` }),
      ...(year && reportOfYear(year, reportYear) !== reportYear && { reportYear: year }),
      kind: column?.rate || cell.unit === '%' ? ('rate' as const) : cell.unit === '元' ? ('amount' as const) : ('count' as const),
      clause: block.text,
      sentence: block.text,
      context: `${block.text.slice(Math.max(0, start - 24), start)}【${cell.written}】${block.text.slice(end, end + 16)}`,
      label,
      notes,
    };
  });
}
