/**
 * A parsed HTML tree (a saved web page's main content, or mammoth's HTML of a .docx) →
 * the plain lines the text pipeline reads: one line per paragraph, heading or list item,
 * and each data table as `|` lines (table-text.ts). Works on the DOM interface that
 * linkedom provides; no HTML is parsed here.
 */
import { fillSpans, renderTable, type SpannedCell } from './table-text.ts';

/** Elements whose text stands on lines of its own. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'UL',
]);
/** Never text: scripts, styles, form controls and embedded objects. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'SELECT', 'BUTTON', 'HEAD']);
/** A cell this long is a page laid out with a table, not a table of figures. */
const LAYOUT_CELL_LENGTH = 200;

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute?: (name: string) => string | null;
}

/** The lines of `root`, without empty ones. */
export function domToLines(root: NodeLike): string[] {
  const lines: string[] = [];
  let current = '';
  const breakLine = (): void => {
    const text = current.replace(/[ \t\u00A0\u3000]+/g, ' ').trim();
    if (text) lines.push(text);
    current = '';
  };
  const walk = (node: NodeLike): void => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return;
    if (node.nodeName === 'BR') return breakLine();
    if (node.nodeName === 'TABLE' && isDataTable(node)) {
      breakLine();
      lines.push(...renderTable(fillSpans(tableRows(node))));
      return;
    }
    const block = BLOCK.has(node.nodeName) || node.nodeName === 'TR' || node.nodeName === 'TABLE';
    if (block) breakLine();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) breakLine();
    else if (node.nodeName === 'TD' || node.nodeName === 'TH') current += ' ';
  };
  walk(root);
  breakLine();
  return lines;
}

function children(node: NodeLike, names: ReadonlySet<string>): NodeLike[] {
  return Array.from(node.childNodes).filter((child) => child.nodeType === 1 && names.has(child.nodeName));
}

const SECTIONS = new Set(['THEAD', 'TBODY', 'TFOOT']);
const ROW = new Set(['TR']);
const CELL = new Set(['TD', 'TH']);

/** The table's own rows (not those of a table nested in a cell), header section first. */
function ownRows(table: NodeLike): NodeLike[] {
  const sections = children(table, SECTIONS).sort((a, b) => sectionOrder(a) - sectionOrder(b));
  return [...children(table, ROW), ...sections.flatMap((section) => children(section, ROW))];
}

function sectionOrder(section: NodeLike): number {
  return section.nodeName === 'THEAD' ? 0 : section.nodeName === 'TBODY' ? 1 : 2;
}

function tableRows(table: NodeLike): SpannedCell[][] {
  return ownRows(table).map((row) =>
    children(row, CELL).map((cell) => ({
      text: domToLines(cell).join(' '),
      colSpan: Number(cell.getAttribute?.('colspan') ?? 1),
      rowSpan: Number(cell.getAttribute?.('rowspan') ?? 1),
    })),
  );
}

/** A data table has rows of cells, none holding a table or a long text (a layout table does). */
function isDataTable(table: NodeLike): boolean {
  const cells = ownRows(table).flatMap((row) => children(row, CELL));
  if (cells.length === 0) return false;
  return cells.every((cell) => (cell.textContent ?? '').trim().length <= LAYOUT_CELL_LENGTH && !hasTable(cell));
}

function hasTable(node: NodeLike): boolean {
  return Array.from(node.childNodes).some((child) => child.nodeName === 'TABLE' || (child.nodeType === 1 && hasTable(child)));
}
