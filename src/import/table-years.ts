/**
 * Tables with the years down the side: each row is one year (2021年, 2022, 2023年末), each
 * value column one indicator, named by the header row above (养老床位（张） · 低保人数 ·
 * 救助资金（万元）). The transpose of a table with a column per year, read as a kind: by
 * the shape of its rows, never by the words of one document.
 *
 *   年份 | 养老床位（张） | 低保人数（人）       one header row (its first cell may be blank,
 *   2022年 | 1,702 | 3,200                      or 年份/年度/指标 …), a year in the first cell
 *   2023年 | 1,830 | 3,100                      of every row, numbers (or blanks) after it
 *
 * Rules:
 *   - a header is a line of text cells only (no numbers, no sentence punctuation), at
 *     least one of them Chinese, right before the first year row or before another header
 *     line of the same width (a merged group header, 城乡低保 over 人数（人） and 资金（万元）:
 *     a short, generic column name of three characters or fewer is then named group +
 *     name, 城乡低保人数; a longer one, 养老床位, names its indicator alone);
 *   - a year row's first cell is a year, alone or with 年/年度/年末/年底; the other cells
 *     are numbers or blanks, one per header column (a header one cell shorter has a blank
 *     first cell, which the readers drop; a shorter row lost its trailing blanks);
 *   - a unit row (单位 | 家 | 张 | 万元) gives each column its unit; a bracketed unit in the
 *     column name (床位（张）) or a 单位：万元 line does too (table.ts reads those).
 */
import type { TableCell, TableColumn, TableRow } from './table.ts';

const YEAR_CELL = /^((?:19|20)\d{2})\s*(?:年(?:度|末|底)?)?$/;
const NUMBER_OR_BLANK = /^$|^[-−]?\d{1,3}(,\d{3})+(\.\d+)?%?$|^[-−]?\d+(\.\d+)?%?$/;
/** A header cell: text without digits other than a bracketed unit's, short, no sentence punctuation. */
const TEXT_CELL = /^[^\d。；;，,]{0,30}$/;
const UNIT_ROW_LABEL = /^(计量)?单位$/;

export interface YearSideHeader {
  /** The header's lines: the column names' and a merged group header's above them. */
  lines: number[];
  /** One name per column, the first (the year column) included; "" where blank. */
  names: string[];
  /** A unit row's cells, by column, when the table has one. */
  units?: string[];
}

/** The year a table row's first cell names (2022年 → 2022), else undefined. */
export function yearOfCell(cell: string): number | undefined {
  const year = YEAR_CELL.exec(cell.trim())?.[1];
  return year ? Number(year) : undefined;
}

/** Whether the cells (of a positional or space-separated row) are a year row: a year, then numbers or blanks. */
export function isYearRow(cells: readonly string[]): boolean {
  return cells.length >= 2 && yearOfCell(cells[0] ?? '') !== undefined && cells.slice(1).every((cell) => NUMBER_OR_BLANK.test(cell)) && cells.slice(1).some((cell) => cell !== '');
}

/** Whether the cells can be a header of a year-side table: two or more text cells, one of them Chinese. */
export function isTextRow(cells: readonly string[]): boolean {
  const named = cells.filter((cell) => cell !== '');
  return named.length >= 2 && cells.every((cell) => TEXT_CELL.test(cell)) && named.some((cell) => /[\u4e00-\u9fff]/.test(cell));
}

/** A unit row (单位 | 家 | 张): its cells by column. */
export function unitRow(cells: readonly string[]): string[] | undefined {
  return UNIT_ROW_LABEL.test(cells[0] ?? '') ? [...cells] : undefined;
}

/**
 * The header of a year-side table from the text rows above its first year row (nearest
 * last), aligned to the year row's width; undefined when no text row fits.
 */
export function yearSideHeader(above: ReadonlyArray<{ line: number; cells: string[] }>, width: number): YearSideHeader | undefined {
  const align = (cells: readonly string[]): string[] | undefined => (cells.length === width ? [...cells] : cells.length === width - 1 ? ['', ...cells] : undefined);
  const leaf = above[above.length - 1];
  const names = leaf && align(leaf.cells);
  if (!leaf || !names) return undefined;
  const group = above[above.length - 2];
  const groupNames = group && align(group.cells);
  const combined = names.map((name, index) => {
    const top = groupNames?.[index] ?? '';
    const generic = name.replace(/[（(][^）)]*[)）]$/, '').trim().length <= 3;
    return index > 0 && top && generic && top !== name && !/^(年份|年度|项目|指标)/.test(top) ? `${top}${name}` : name;
  });
  return { lines: groupNames && group ? [group.line, leaf.line] : [leaf.line], names: combined };
}

/** The value columns of a year-side header: each names the indicator its cells count. */
export function yearSideColumns(header: YearSideHeader, bracketUnit: (text: string) => string | undefined): Array<TableColumn | undefined> {
  return header.names.map((name, index) => {
    if (index === 0 || name === '') return undefined;
    const unit = header.units?.[index] || bracketUnit(name);
    return { name, rate: /增长|增幅|占比|比重|率|%/.test(name) && (!unit || unit === '%'), percentSign: /%/.test(name) || unit === '%', ...(unit && { unit }) };
  });
}

/**
 * A line-by-line reader of year-side tables, for findTables (table.ts). `read` takes each
 * line's cells in order and returns the year row it makes (with the table's lines:
 * header, unit row, the row), `held` for a line it keeps as a possible header or unit
 * row (the caller reads it as usual, but not as a stray line ending a table), or
 * undefined.
 */
export function yearSideReader(helpers: {
  bracketUnit: (text: string) => string | undefined;
  cellOf: (written: string, column: TableColumn) => TableCell;
  cleanLabel: (text: string) => string;
}): (line: number, cells: string[]) => { row?: TableRow; lines: number[] } | 'held' | undefined {
  let above: Array<{ line: number; cells: string[] }> = [];
  let units: { line: number; cells: string[] } | undefined;
  let table: { header: YearSideHeader; columns: Array<TableColumn | undefined>; lines: number[] } | undefined;

  return (line, rowCells) => {
    if (isYearRow(rowCells)) {
      // Trailing blank cells are lost when a line is trimmed: a shorter row is padded to its header.
      const width = Math.max(rowCells.length, table?.header.names.length ?? above[above.length - 1]?.cells.length ?? 0);
      const cells = [...rowCells, ...new Array<string>(width - rowCells.length).fill('')];
      if (!table || table.header.names.length !== cells.length) {
        const header = yearSideHeader(above, cells.length);
        if (!header) return undefined;
        if (units && units.cells.length === cells.length) header.units = units.cells;
        table = { header, columns: yearSideColumns(header, helpers.bracketUnit), lines: [...header.lines, ...(units ? [units.line] : [])] };
      }
      const year = yearOfCell(cells[0] ?? '') as number;
      const found = cells.flatMap((written, index) => {
        const column = table?.columns[index];
        return index > 0 && written !== '' && column ? [helpers.cellOf(written, column)] : [];
      });
      const lines = [...table.lines, line];
      table.lines = [];
      above = [];
      units = undefined;
      return found.length > 0 ? { row: { line, label: helpers.cleanLabel(cells[0] ?? ''), year, cells: found }, lines } : { lines };
    }
    table = undefined;
    const cells = rowCells;
    const unitCells = unitRow(cells);
    if (unitCells && above.length > 0) {
      units = { line, cells: unitCells };
      return 'held';
    }
    units = undefined;
    if (isTextRow(cells)) {
      above = [...above.slice(-1), { line, cells }];
      return 'held';
    }
    above = [];
    return undefined;
  };
}
