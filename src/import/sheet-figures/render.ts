/**
 * Figures rows → the files of the reports they belong to: one data/figures/<bureau>/<year>.yaml
 * per report (docs/data-format.md), a narrative stub for a report that has none, and the
 * proposed catalog entries for indicators the catalog lacks. Strings only; writing is the
 * caller's (write-draft.ts, which never overwrites).
 *
 * The report's `source` is the one most of its rows name; a row naming another gets it as
 * the figure's own `source` (docs/data-format.md, "A source per figure").
 */
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { CatalogIndicator } from '../map-indicators.ts';
import type { ProposedIndicator } from '../propose-indicator.ts';
import { renderProposedCatalog } from '../render-yaml.ts';
import type { FigureRow, FigureSource } from './rows.ts';

export interface ReportFiles {
  bureau: string;
  year: number;
  /** Relative to the site root. */
  figuresPath: string;
  figures: string;
  narrativePath: string;
  narrative: string;
  /** The rows, by figure id, for locating problems. */
  rowOf: Map<string, FigureRow>;
}

export function renderReports(rows: readonly FigureRow[], sheetName: string): ReportFiles[] {
  const reports = new Map<string, FigureRow[]>();
  for (const row of rows) {
    const key = `${row.bureau}/${row.year}`;
    reports.set(key, [...(reports.get(key) ?? []), row]);
  }
  return [...reports.values()].map((group) => {
    const { bureau, year } = group[0]!;
    const common = commonSource(group);
    const { kind: _kind, ...source } = common; // a report's source has no kind; only a figure's own has
    const figures: Record<string, unknown> = {};
    for (const row of group) {
      const own = sourceKey(row.source) !== '' && sourceKey(row.source) !== sourceKey(common) ? { source: row.source } : {};
      figures[row.id] = { ...row.fields, ...own };
    }
    const data = { bureau, year, source: source.title ? source : { title: 'TODO', date: 'TODO' }, figures };
    const document = new Document(data);
    document.commentBefore = ` Written by \`npm run import\` from ${sheetName}. Check with: npm run validate`;
    // Short collections on one line, as docs/data-format.md writes them: range: [4000, 6000].
    visit(document, {
      Pair(_, pair) {
        if (isPair(pair) && isScalar(pair.key) && ['range', 'note', 'change'].includes(String(pair.key.value)) && (isSeq(pair.value) || isMap(pair.value))) pair.value.flow = true;
      },
    });
    const title = source.title ?? 'TODO';
    return {
      bureau,
      year,
      figuresPath: `data/figures/${bureau}/${year}.yaml`,
      figures: document.toString({ lineWidth: 0 }),
      narrativePath: `content/reports/${bureau}/${year}/zh.mdx`,
      narrative: narrativeStub(title, sheetName),
      rowOf: new Map(group.map((row) => [row.id, row])),
    };
  });
}

function sourceKey(source: FigureSource): string {
  return source.title ? JSON.stringify([source.title, source.date, source.url, source.kind]) : '';
}

/** The source most rows of a report name (the first of equals). */
function commonSource(rows: readonly FigureRow[]): FigureSource {
  const counts = new Map<string, { count: number; source: FigureSource }>();
  for (const row of rows) {
    const key = sourceKey(row.source);
    if (!key) continue;
    const entry = counts.get(key) ?? { count: 0, source: row.source };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.source ?? {};
}

/**
 * Catalog entries for the indicators no catalog file has, one per indicator (the first row
 * that names it gives its name and unit), with TODOs the validator points at.
 */
export function proposeIndicators(rows: readonly FigureRow[], catalog: readonly CatalogIndicator[]): { proposals: ProposedIndicator[]; rowOf: Map<string, FigureRow> } {
  const known = new Set(catalog.map((indicator) => indicator.id));
  const rowOf = new Map<string, FigureRow>();
  for (const row of rows) if (!known.has(row.indicator) && !rowOf.has(row.indicator)) rowOf.set(row.indicator, row);
  const proposals = [...rowOf.values()].map((row): ProposedIndicator => {
    const unit = typeof row.fields['unit'] === 'string' ? row.fields['unit'] : '';
    const value = typeof row.fields['value'] === 'string' ? row.fields['value'] : '';
    const kind = unit === '%' ? 'rate' : value.includes(':') ? 'ratio' : /^(?:万|亿)?元/.test(unit) ? 'amount' : 'count';
    return {
      id: row.indicator,
      name: { zh: row.indicatorName ?? 'TODO', en: 'TODO' },
      topic: 'TODO',
      kind,
      unit: kind === 'rate' ? { zh: '%', en: '%' } : kind === 'amount' ? { zh: '元', en: 'CNY' } : { zh: unit || 'TODO', en: 'TODO' },
      placeholderId: false,
    };
  });
  return { proposals, rowOf };
}

export function proposalsFile(proposals: readonly ProposedIndicator[], sheetName: string): string {
  return renderProposedCatalog(proposals, `Indicators proposed by \`npm run import\` for ${sheetName}: no catalog file has them.\nNot checked: fix every TODO, merge entries into the catalog where an indicator already exists, then delete this note.`);
}

/** A narrative with only its title: the validator wants one per report, and the editor writes the text. */
function narrativeStub(title: string, sheetName: string): string {
  return `---\ntitle: ${JSON.stringify(title)}\n# 数据由 npm run import 从 ${sheetName} 导入；请用自己的话写叙述，数字用 <Figure id="…" /> 引用。\n---\n`;
}
