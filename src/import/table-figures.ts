/**
 * Table rows (table.ts) into the importer's stream: each row becomes a block placed among
 * the prose blocks by its line, whose text is what the draft narrative shows ("label：
 * 数量 1,750,824.6，上季度 1,142,713.9"), and each value cell becomes one figure whose
 * label is the row's label and, for any column but the first value column, the column's
 * name (so 上季度 and 环比 values get indicators of their own). A year column's values
 * are filed under that year (`reportYear`) when it is not the report's.
 */
import type { TableRow } from './table.ts';
import type { Block, ExtractedFigure } from './types.ts';

/** One block per row. Column names with digits (2022年) are left out of the text: a narrative types no numbers. */
export function tableBlocks(rows: readonly TableRow[]): Block[] {
  return rows.map((row) => {
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
    return { kind: 'paragraph', text: `${text}。`, anchors: [{ start: 0, line: row.line }], section: {}, table: { label: row.label, cells } };
  });
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
    const label = column && column !== first && !column.year ? `${table.label}（${column.name}）` : table.label;
    const notes: string[] = [];
    if (!cell.unit) notes.push(column?.rate ? `Column “${column.name}” is a change or share printed without %: check its unit.` : 'The table gives no unit for this row: check what it counts.');
    if (column?.year && column.year !== reportYear) notes.push(`Column ${column.name}: filed under the ${column.year} report.`);
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
      status: 'actual' as const,
      ...(column?.year && { asOf: String(column.year), asOfReason: `table column ${column.name}` }),
      ...(column?.year && column.year !== reportYear && { reportYear: column.year }),
      kind: column?.rate || cell.unit === '%' ? ('rate' as const) : cell.unit === '元' ? ('amount' as const) : ('count' as const),
      clause: block.text,
      sentence: block.text,
      context: `${block.text.slice(Math.max(0, start - 24), start)}【${cell.written}】${block.text.slice(end, end + 16)}`,
      label,
      notes,
    };
  });
}
