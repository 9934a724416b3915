/**
 * Figures a document states for other years than its own: a table with a column per year
 * (2022年 | 2023年) or a row per year (table-figures.ts marks them with `reportYear`). Each
 * belongs in its own year's report, so the import writes a draft for that year too:
 * data/figures/<bureau>/<year>.yaml with those figures, and a narrative listing the table's
 * rows with <Figure>, unless the report has one.
 *
 * An editor's file is never changed (write-draft.ts creates files exclusively): when that
 * year's figures file exists, nothing is written for it, and the review list compares its
 * figures with the table's, indicator by indicator: already there, different (which is
 * right?), or missing (with the YAML line to add).
 */
import { parse } from 'yaml';
import { assignIds, type Assignment, type DraftFigure, type ProposalRegistry } from './assign-ids.ts';
import type { CatalogIndicator } from './map-indicators.ts';
import { renderNarrative, type NarrativeDraft } from './narrative.ts';
import { scalar } from './render-yaml.ts';
import type { Block, ExtractedFigure, ReviewItem } from './types.ts';

export interface OtherReport {
  year: number;
  paths: { figures: string; narrative: string };
  assignment: Assignment;
  narrative: NarrativeDraft;
  /** What to write; a file that exists already (the editor's) is left out, never overwritten. */
  files: { figures?: string; narrative?: string };
  review: ReviewItem[];
}

/** A site file's text, '' for one that exists but is not read (a link), undefined when absent. */
export type SiteFileReader = (path: string) => string | undefined;

/** The other years the figures belong to, ascending. */
export function otherYears(extracted: readonly ExtractedFigure[]): number[] {
  return [...new Set(extracted.flatMap((figure) => (figure.reportYear === undefined ? [] : [figure.reportYear])))].sort((a, b) => a - b);
}

/**
 * assignIds over the figures of one report (`year` undefined: the document's own), with
 * `idOf` over all of `extracted` ('' for the other reports' figures).
 */
export function assignReport(
  extracted: readonly ExtractedFigure[],
  year: number | undefined,
  args: { catalog: readonly CatalogIndicator[]; titleBlocks: ReadonlySet<number>; registry: ProposalRegistry },
): Assignment {
  const positions = extracted.flatMap((figure, index) => (figure.reportYear === year ? [index] : []));
  const assignment = assignIds(positions.map((index) => extracted[index] as ExtractedFigure), args.catalog, args.titleBlocks, args.registry);
  const idOf = new Array<string>(extracted.length).fill('');
  positions.forEach((index, at) => (idOf[index] = assignment.idOf[at] ?? ''));
  return { ...assignment, idOf };
}

export function otherReport(args: {
  year: number;
  bureau: string;
  extracted: readonly ExtractedFigure[];
  blocks: readonly Block[];
  assignment: Assignment;
  sourceFile: string;
  renderFigures: (year: number, figures: readonly DraftFigure[]) => string;
  siteFile: SiteFileReader;
}): OtherReport {
  const { year, bureau, assignment } = args;
  const paths = { figures: `data/figures/${bureau}/${year}.yaml`, narrative: `content/reports/${bureau}/${year}/zh.mdx` };
  const narrative = renderNarrative({
    title: 'TODO',
    blocks: args.blocks,
    occurrences: args.extracted,
    idOf: assignment.idOf,
    include: (block) => block.otherReport === year,
    note: `草稿：由 npm run import 从 ${args.sourceFile} 的表格生成（本年度的数字）。请写标题和叙述，逐条处理 review 清单。`,
  });
  const existing = args.siteFile(paths.figures);
  const hasNarrative = ['zh', 'en'].some((language) => args.siteFile(`content/reports/${bureau}/${year}/${language}.mdx`) !== undefined);
  const files = existing === undefined ? { figures: args.renderFigures(year, assignment.figures), ...(!hasNarrative && { narrative: narrative.text }) } : {};
  const review = assignment.figures.map((figure) => reviewItem(figure, paths, existing === undefined ? undefined : existingFigures(existing), hasNarrative));
  return { year, paths, assignment, narrative, files, review };
}

function existingFigures(text: string): Map<string, { id: string; value: string }> {
  const byIndicator = new Map<string, { id: string; value: string }>();
  let figures: unknown;
  try {
    figures = (parse(text, { schema: 'failsafe' }) as { figures?: unknown } | null)?.figures;
  } catch {
    return byIndicator; // the validator reports a broken file; here it only means no comparison
  }
  if (!figures || typeof figures !== 'object') return byIndicator;
  for (const [id, entry] of Object.entries(figures as Record<string, Record<string, unknown>>)) {
    const indicator = typeof entry?.['indicator'] === 'string' ? entry['indicator'] : id;
    if (!byIndicator.has(indicator)) byIndicator.set(indicator, { id, value: String(entry?.['value'] ?? '') });
  }
  return byIndicator;
}

function reviewItem(figure: DraftFigure, paths: OtherReport['paths'], existing: Map<string, { id: string; value: string }> | undefined, hasNarrative: boolean): ReviewItem {
  const first = figure.occurrences[0] as ExtractedFigure;
  const value = `${first.value}${first.scale}`;
  const about = `“${first.written}” (${first.asOfReason ?? 'table'}) belongs to the ${first.reportYear} report`;
  const item = (text: string): ReviewItem => ({ line: first.line, topic: 'figure', text: `${about}: ${text}` });
  if (!existing) {
    const narrative = hasNarrative ? 'its narrative exists and was not changed: cite it there with <Figure> if wanted' : `its narrative draft ${paths.narrative} lists the table's rows`;
    return item(`written to ${paths.figures} as \`${figure.id}\` (a new draft; ${narrative}). Check it there.`);
  }
  const there = existing.get(figure.indicatorId);
  if (there && there.value.replace(/,/g, '') === value) return item(`${paths.figures} already has it (\`${there.id}\`): not written again.`);
  if (there) return item(`${paths.figures} has \`${there.id}\` = ${there.value} for indicator \`${figure.indicatorId}\`, the table says ${value}. That file was not changed: check which is right (a revised figure is a revision, see docs/data-format.md).`);
  const catalogUnit = figure.match?.indicator.unit.zh ?? figure.proposed?.unit.zh;
  const fields = [`value: ${scalar(value)}`, ...(figure.id !== figure.indicatorId ? [`indicator: ${figure.indicatorId}`] : []), ...(first.unit && first.unit === catalogUnit ? [`unit: ${scalar(first.unit)}`] : [])];
  return item(`${paths.figures} exists and was not changed: add \`${figure.id}: { ${fields.join(', ')} }\` to its figures.`);
}
