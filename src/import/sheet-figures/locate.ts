/**
 * Pointing a validator problem in a written file back into the spreadsheet: a figure's
 * field to the cell it came from (`figures.<id>.value` → the value cell of that figure's
 * row), a report-level field to the report's first row, a proposed indicator to the first
 * row naming it. The printed location names both places:
 *   figures.xlsx › Sheet1 › D14  ←  data/figures/example-county/2023.yaml:9:12  figures.dibao-paid.value
 */
import { formatIssue, type Issue } from '../../lib/issues.ts';
import type { Column } from './columns.ts';
import type { ReportFiles } from './render.ts';
import { cellRef, type FigureRow } from './rows.ts';

/** A problem, where it is in the spreadsheet and (when written) in the YAML. */
export interface LocatedIssue {
  issue: Issue;
  /** `data/figures/…yaml:9:12  figures.x.value` when the problem is in a written file. */
  written?: string;
}

const COLUMN_OF_FIELD: Record<string, Column> = {
  value: 'value', range: 'value', unknown: 'value', qualifier: 'qualifier', unit: 'unit', status: 'status', as_of: 'as_of',
  change: 'change', note: 'note', source: 'source', indicator: 'indicator',
};

export function locate(issue: Issue, reports: readonly ReportFiles[], proposals: { path: string; rowOf: Map<string, FigureRow> }): LocatedIssue {
  const written = `${issue.file}:${issue.line}:${issue.column}${issue.field ? `  ${issue.field}` : ''}`;
  const parts = issue.field.split('.');
  let row: FigureRow | undefined;
  let column: Column = 'bureau';
  if (issue.file === proposals.path) {
    row = proposals.rowOf.get(parts[0] ?? '');
    column = 'indicator';
  }
  const report = reports.find((candidate) => candidate.figuresPath === issue.file || candidate.narrativePath === issue.file);
  if (report && issue.file === report.figuresPath && parts[0] === 'figures' && report.rowOf.has(parts[1] ?? '')) {
    row = report.rowOf.get(parts[1] ?? '');
    column = COLUMN_OF_FIELD[parts[2] ?? ''] ?? 'indicator';
  } else if (report) {
    row = [...report.rowOf.values()].sort((a, b) => a.row - b.row)[0];
    column = parts[0] === 'source' ? 'source' : 'bureau';
  }
  if (!row) return { issue };
  const index = row.columns[column] ?? row.columns.indicator ?? 0;
  return { issue: { ...issue, file: cellRef(row.place, row.row, index), line: row.row + 1, column: index + 1, field: column }, written };
}

/** One problem as printed: the cell, the written file when there is one, then zh and en. */
export function formatLocated(located: LocatedIssue): string {
  const [where = '', ...text] = formatIssue(located.issue).split('\n');
  const cell = where.replace(/:\d+:\d+/, '');
  return [located.written ? `${cell}  ←  ${located.written}` : cell, ...text].join('\n');
}
