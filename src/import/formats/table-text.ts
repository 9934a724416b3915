/**
 * Tables as the text pipeline reads them: one row per line, cells joined by ` | `, the
 * header row first. Every format reader (HTML, .docx, .xlsx, .csv) hands its table here as
 * rows of cells with their spans, so merged cells are filled in the same way everywhere:
 * a cell spanning two columns or rows is repeated in each, so that every line has one cell
 * per column and a value column keeps its header (`年度` over `2022年` and `2023年`).
 */

export interface SpannedCell {
  text: string;
  /** Columns and rows the cell covers (HTML colspan/rowspan, an .xlsx merge); default 1. */
  colSpan?: number;
  rowSpan?: number;
}

/** Spans beyond this are treated as 1, and columns beyond it dropped: a hostile colspan="1000" on every cell must not build a huge grid. */
const MAX_SPAN = 1000;

/**
 * Rows of spanned cells → a full grid of texts, merged cells filled into every position
 * they cover. Rows may be ragged; shorter rows are padded with "".
 */
export function fillSpans(rows: readonly (readonly SpannedCell[])[]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((cells, rowIndex) => {
    const line = grid[rowIndex] ?? [];
    let column = 0;
    for (const cell of cells) {
      while (line[column] !== undefined) column += 1; // taken by a rowspan from above
      if (column >= MAX_SPAN) break; // no table of figures is this wide; a hostile one stops here
      const colSpan = Math.min(span(cell.colSpan), MAX_SPAN - column);
      const rowSpan = Math.min(span(cell.rowSpan), rows.length - rowIndex);
      for (let down = 0; down < rowSpan; down += 1) {
        const target = grid[rowIndex + down] ?? [];
        for (let across = 0; across < colSpan; across += 1) target[column + across] = cell.text;
      }
      column += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, index) => line[index] ?? ''));
}

function span(value: number | undefined): number {
  return value && Number.isInteger(value) && value > 1 && value <= MAX_SPAN ? value : 1;
}

/** Cell text on one line: inner line breaks and runs of spaces become one space, and a `|` inside a cell becomes `｜` so it cannot split the cell. */
export function cellText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replaceAll('|', '｜');
}

/**
 * A grid → `a | b | c` lines. Rows with no text at all are left out, and so are columns
 * that are empty in every row (layout columns of a spreadsheet or a Word table). A row
 * with one text only (a caption or `单位：万元` across the table, merged or not) is that
 * text alone, as a line of prose.
 */
export function renderTable(grid: readonly (readonly string[])[]): string[] {
  const rows = grid.map((row) => row.map(cellText)).filter((row) => row.some((cell) => cell !== ''));
  const width = Math.max(0, ...rows.map((row) => row.length));
  const used = Array.from({ length: width }, (_, column) => rows.some((row) => (row[column] ?? '') !== ''));
  return rows.map((row) => {
    const texts = new Set(row.filter((cell) => cell !== ''));
    return texts.size === 1 ? [...texts][0]! : row.filter((_, column) => used[column]).join(' | ');
  });
}
