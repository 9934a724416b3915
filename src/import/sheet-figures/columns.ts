/**
 * The columns of a long table of figures (one row per figure), as docs/importer.md
 * ("Spreadsheets of figures") documents them. Each column has its English name and the
 * Chinese headers statisticians write; matching ignores case, spaces, `_`/`-` and
 * full-width brackets, so `Source URL`, `source_url` and `来源网址` are one column.
 */

export const COLUMNS = {
  bureau: ['机构', '民政部门', '发布机构'],
  year: ['年度', '年份', '报告年度'],
  indicator: ['指标', '指标编号', '指标代码'],
  id: ['编号', '数据编号'],
  indicator_name: ['指标名称'],
  value: ['数值', '数值原文', '值'],
  unit: ['单位', '计量单位'],
  qualifier: ['限定词', '修饰'],
  status: ['状态'],
  as_of: ['时点', '截至', '统计时点'],
  change: ['变化', '增减', '比上年'],
  source: ['来源', '来源标题', '出处'],
  source_date: ['来源日期', '发布日期'],
  source_url: ['来源网址', '链接', '网址'],
  source_kind: ['来源类型'],
  note: ['备注', '说明'],
  note_en: ['备注英文', '英文备注'],
} as const;

export type Column = keyof typeof COLUMNS;

/** Without these a row cannot be placed: which report, which indicator, what value. */
export const REQUIRED: readonly Column[] = ['bureau', 'year', 'indicator', 'value'];

export interface Header {
  /** Row index of the header (0-based). */
  row: number;
  /** Column index of each column found. */
  columns: Partial<Record<Column, number>>;
  /** Headers that name no column, with their column index. */
  unknown: Array<{ text: string; column: number }>;
}

const normal = (text: string): string => text.toLowerCase().replace(/[\s_\-()（）]/g, '');

const BY_NAME = new Map<string, Column>(
  (Object.entries(COLUMNS) as Array<[Column, readonly string[]]>).flatMap(([column, names]) => [column, ...names].map((name) => [normal(name), column] as const)),
);

/**
 * The header of a long table of figures: the first non-empty row, when it names at least
 * three of the four required columns (with fewer, the sheet is an ordinary table and is
 * read as text). Undefined when it is not such a table.
 */
export function findHeader(rows: readonly (readonly string[])[]): Header | undefined {
  const row = rows.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  if (row < 0) return undefined;
  const header: Header = { row, columns: {}, unknown: [] };
  (rows[row] ?? []).forEach((text, column) => {
    if (text.trim() === '') return;
    const name = BY_NAME.get(normal(text));
    if (name && header.columns[name] === undefined) header.columns[name] = column;
    else header.unknown.push({ text, column });
  });
  const required = REQUIRED.filter((column) => header.columns[column] !== undefined).length;
  return required >= 3 ? header : undefined;
}
