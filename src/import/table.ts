/**
 * Text tables: a statistics table flattened to lines, one row a line, its cells separated
 * by `|` (what the html/docx/pdf/xlsx readers write), by tabs (a copied spreadsheet), or by
 * single spaces (a web page's table copied as text). A row is a label, an optional unit
 * cell, an optional code cell and value cells; the header row names the value columns
 * (数量 · 上季度 · 环比 · 2022年 …). A header line 单位：万元 gives the unit of rows
 * that have none.
 *
 * General rules (none is taken from one document):
 *   - a header row is a line of at least two column words (指标, 单位, 数量, 本期, 上年,
 *     环比, 2022年 …) and no sentence punctuation;
 *   - a row is a line whose first cell has Chinese text and whose last cells are numbers;
 *     single-space rows count only under a header or in a run of three;
 *   - cells are typed by what they hold, not by position, when spaces separate them
 *     (a blank unit cell leaves no trace): unit words, codes (JZH0110…, long digit runs),
 *     numbers; `|` and tab rows keep positions, so blank cells stay blank;
 *   - a change column (环比 同比 增长 增幅) or share column (占比 比重) takes no unit from
 *     the row: its values are percentages, written with % only when the header says so;
 *   - a year column (2022年) files its values under that year;
 *   - a table with the years down the side (a year in each row's first cell, an indicator
 *     per column) is read by table-years.ts: each cell is that row's year's figure.
 */
import { yearOfCell, yearSideReader } from './table-years.ts';

export interface TableColumn {
  name: string;
  /** A year column ("2022年"): the values are that year's. */
  year?: number;
  /** A change or share column: its values are percentages. */
  rate: boolean;
  percentSign: boolean;
  /** A unit the column name carries in brackets: 金额（万元）. */
  unit?: string;
}

export interface TableCell {
  written: string;
  value: string;
  scale: '' | '万' | '亿';
  unit: string;
  column?: TableColumn;
}

export interface TableRow {
  line: number;
  label: string;
  cells: TableCell[];
  /** A row of one year (years down the side): every cell is that year's, and its column names what it counts. */
  year?: number;
}

export interface TableScan {
  rows: TableRow[];
  /** Line numbers that belong to a table (header, rows, column-number rows, unit line). */
  lines: Set<number>;
}

const HEADER_WORD = /^(指标(名称)?|项目(名称)?|名称|单位|计量单位|代码|编码|数量|数值|合计|总计|本期|上期|本年|上年|同期|上年同期|本月|上月|累计|本季|上季度?|本季度|季度|环比|同比|增长|增幅|增减|占比|比重|备注|完成数?|年度|(?:19|20)\d{2}\s*年(度|末|底)?|[（(]?%[)）]?)/;
const NUMBER_CELL = /^[-−]?\d{1,3}(,\d{3})+(\.\d+)?%?$|^[-−]?\d+(\.\d+)?%?$/;
const CODE_CELL = /^[A-Z]{2,}[A-Z\d]*\d+$|^\d{9,}$/;
/** Measure words a unit cell may hold (with 万/亿 before them): the same open class as prose. */
const UNIT_CELL = /^(万|亿)?(元|人次|户次|个|家|张|人|名|户|对|件|条|次|所|处|座|亩|项|起|位|支|辆|台|套|间|册|场|床|袋|箱|%|‰|平方米|公里)$/;
const RATE_COLUMN = /环比|同比|增长|增幅|增减|占比|比重|%/;
const UNIT_LINE = /^[（(]?\s*(?:计量)?单位\s*[:：]\s*((?:万|亿)?[元人户个家张名对件次项%]+次?)\s*[)）]?$/;
const COLUMN_NUMBERS = /^(\d{1,2}\s+){1,}\d{1,2}$/;

function splitCells(text: string): { cells: string[]; positional: boolean } {
  if (text.includes('|')) return { cells: text.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((cell) => cell.trim()), positional: true };
  if (text.includes('\t')) return { cells: text.split('\t').map((cell) => cell.trim()), positional: true };
  return { cells: text.trim().split(/\s+/), positional: false };
}

function isHeader(cells: readonly string[]): boolean {
  const words = cells.filter((cell) => cell !== '' && HEADER_WORD.test(cell));
  return words.length >= 2 && !cells.some((cell) => /[。；;，,]/.test(cell));
}

function readColumns(cells: readonly string[]): { label: number; unit?: number; code?: number; values: Array<{ index: number; column: TableColumn }> } {
  const unit = cells.findIndex((cell) => /^(计量)?单位$/.test(cell));
  const code = cells.findIndex((cell) => /^(代码|编码)$/.test(cell));
  const values: Array<{ index: number; column: TableColumn }> = [];
  cells.forEach((cell, index) => {
    if (index === 0 || index === unit || index === code || cell === '') return;
    if (/^(指标|项目|名称|备注)/.test(cell)) return;
    const year = /^((?:19|20)\d{2})\s*年/.exec(cell)?.[1];
    const columnUnit = bracketUnit(cell);
    values.push({ index, column: { name: cell, ...(year && { year: Number(year) }), rate: RATE_COLUMN.test(cell), percentSign: /%/.test(cell), ...(columnUnit && { unit: columnUnit }) } });
  });
  return { label: 0, ...(unit !== -1 && { unit }), ...(code !== -1 && { code }), values };
}

/** "养老床位（张）", "金额(万元)": the unit a label or column name gives in closing brackets. */
export function bracketUnit(text: string): string | undefined {
  const unit = /[（(]\s*((?:万|亿)?[\u4e00-\u9fff%‰]{1,3})\s*[)）]$/.exec(text.trim())?.[1];
  return unit && UNIT_CELL.test(unit) ? unit : undefined;
}

/** "(一)", "1.", "其中:", "(1)", "A ", "I " before a row's label: numbering, not the name. */
export function cleanLabel(text: string): string {
  let label = text.trim();
  for (let round = 0; round < 4; round += 1) {
    label = label
      .replace(/^其中\s*[:：]\s*/, '')
      .replace(/^[（(][一二三四五六七八九十\d]+[)）]\s*/, '')
      .replace(/^[一二三四五六七八九十]+、\s*/, '')
      .replace(/^\d{1,2}[.．、]\s*/, '')
      .replace(/^[A-Z]{1,3}\s+/, '')
      .trim();
  }
  return label;
}

function cellOf(written: string, unitText: string, headerUnit: string, column?: TableColumn): TableCell {
  const value = written.replace(/,/g, '').replace(/%$/, '').replace(/^−/, '-');
  if (column?.rate || written.endsWith('%')) {
    return { written, value, scale: '', unit: written.endsWith('%') || column?.percentSign ? '%' : '', ...(column && { column }) };
  }
  const unit = unitText || column?.unit || headerUnit;
  const scale = (/^(万|亿)/.exec(unit)?.[1] ?? '') as TableCell['scale'];
  return { written, value, scale, unit: scale ? unit.slice(1) : unit, ...(column && { column }) };
}

/** Finds the tables among cleaned lines. Lines are simplified text, numbered as in the input. */
export function findTables(lines: ReadonlyArray<{ line: number; text: string }>): TableScan {
  const rows: TableRow[] = [];
  const tableLines = new Set<number>();
  let header: ReturnType<typeof readColumns> | undefined;
  let headerPositional = false;
  let headerUnit = '';
  let misses = 0;
  const readYearRow = yearSideReader({ bracketUnit, cleanLabel, cellOf: (written, column) => cellOf(written, '', headerUnit, column) });

  lines.forEach(({ line, text }, index) => {
    const unitLine = UNIT_LINE.exec(text.trim());
    if (unitLine) {
      headerUnit = unitLine[1] ?? '';
      tableLines.add(line);
      misses = 0; // the table starts here: the prose before it must not end it
      return;
    }
    const { cells, positional } = splitCells(text);
    const yearRow = readYearRow(line, cells);
    if (yearRow && yearRow !== 'held') {
      if (yearRow.row) rows.push(yearRow.row);
      for (const part of [...yearRow.lines, line]) tableLines.add(part);
      misses = 0;
      return;
    }
    if (isHeader(cells)) {
      header = readColumns(cells);
      headerPositional = positional;
      tableLines.add(line);
      misses = 0;
      return;
    }
    if (header && COLUMN_NUMBERS.test(text.trim())) {
      tableLines.add(line);
      return;
    }
    const row = readRow(cells, positional && headerPositional ? header : undefined, header, headerUnit);
    const spaceRowsAround = (): boolean => {
      const neighbours = [lines[index - 1], lines[index + 1], lines[index + 2]].filter(Boolean);
      return neighbours.filter((other) => readRow(splitCells(other?.text ?? '').cells, undefined, undefined, '') !== undefined).length >= 2;
    };
    if (row && (positional || header || spaceRowsAround())) {
      rows.push({ line, ...row });
      tableLines.add(line);
      misses = 0;
      return;
    }
    // A header's rows may include label-only lines (一、综合 JZH011000000): part of the table.
    if (header && !/[。；;，,]/.test(text) && cells.length >= 2 && cells.some((cell) => CODE_CELL.test(cell))) {
      tableLines.add(line);
      return;
    }
    if (yearRow === 'held') return; // a possible header of a year-side table: not a stray line
    misses += 1;
    if (misses >= 2) {
      header = undefined;
      headerUnit = '';
    }
  });
  return { rows, lines: tableLines };
}

export const withoutBracketUnit = (label: string): string => (bracketUnit(label) ? label.replace(/\s*[（(][^（()）]*[)）]$/, '') : label);

function readRow(
  cells: readonly string[],
  positionalHeader: ReturnType<typeof readColumns> | undefined,
  header: ReturnType<typeof readColumns> | undefined,
  headerUnit: string,
): Omit<TableRow, 'line'> | undefined {
  // The label may start with a numbering cell ("A 孤儿…", "I 城市低保金"): Chinese text within the first two cells.
  if (cells.length < 2 || !/[\u4e00-\u9fff]/.test(`${cells[0]}${/^[A-Za-z\d]{1,4}$/.test(cells[0] ?? '') ? cells[1] : ''}`) || cells.some((cell) => /[。；;]/.test(cell))) return undefined;
  if (positionalHeader) {
    const unitText = positionalHeader.unit !== undefined ? (cells[positionalHeader.unit] ?? '') : '';
    const found = positionalHeader.values
      .filter(({ index }) => NUMBER_CELL.test(cells[index] ?? ''))
      .map(({ index, column }) => cellOf(cells[index] ?? '', UNIT_CELL.test(unitText) ? unitText : (bracketUnit(cells[0] ?? '') ?? ''), headerUnit, column));
    return found.length > 0 && yearOfCell(cleanLabel(cells[0] ?? '')) === undefined ? { label: withoutBracketUnit(cleanLabel(cells[0] ?? '')), cells: found } : undefined;
  }
  // Typed cells: label words, then unit, code and numbers in any order.
  let cut = cells.findIndex((cell, index) => index > 0 && (NUMBER_CELL.test(cell) || CODE_CELL.test(cell) || UNIT_CELL.test(cell)));
  if (cut === -1) return undefined;
  const rest = cells.slice(cut);
  if (!rest.every((cell) => NUMBER_CELL.test(cell) || CODE_CELL.test(cell) || UNIT_CELL.test(cell) || cell === '')) return undefined;
  const numbers = rest.filter((cell) => NUMBER_CELL.test(cell) && !CODE_CELL.test(cell));
  if (numbers.length === 0) return undefined;
  const label = cleanLabel(cells.slice(0, cut).join(' '));
  // A year alone (2022年 | 14) without a header naming the column does not say what it counts.
  if (yearOfCell(label) !== undefined) return undefined;
  const unitText = rest.find((cell) => UNIT_CELL.test(cell)) ?? bracketUnit(label) ?? '';
  const columns = header?.values ?? [];
  if (!header && numbers.length > 1) return undefined;
  return {
    label: withoutBracketUnit(label),
    cells: numbers.map((written, index) => cellOf(written, unitText, headerUnit, columns[index]?.column)),
  };
}
