/**
 * The narratives, content/reports/<bureau>/<year>/<lang>.mdx: each must sit next to a
 * report's data and reference only its figures; each report needs one in some language.
 */
import { join, relative, sep } from 'node:path';
import { LOCALES, type Locale } from '../../schemas/common.ts';
import { toDecimal } from '../decimal.ts';
import type { Issue } from '../issues.ts';
import type { NarrativeEntry, Report } from '../model.ts';
import { scanNarrative, type ComponentUse } from '../narrative.ts';
import { closest } from '../suggest.ts';
import type { LoadContext } from './context.ts';
import { NARRATIVE_LINE_LIMIT } from './limits.ts';
import { entryExists } from './read-file.ts';
import type { LoadedReports } from './reports.ts';

export function attachNarratives(context: LoadContext, { reports, declaredFigureIds }: LoadedReports): void {
  const folder = join(context.root, 'content', 'reports');
  for (const path of context.list(folder, '.mdx')) {
    context.files.push(path);
    const file = context.display(path);
    const parts = relative(folder, path).split(sep);
    const [bureauId = '', yearText = '', fileName = ''] = parts;
    const lang = fileName.replace(/\.mdx$/, '');
    if (parts.length !== 3 || !/^\d{4}$/.test(yearText) || !(LOCALES as readonly string[]).includes(lang)) {
      context.issues.push({ file, line: 1, column: 1, field: '', code: 'bad-narrative-path', params: { found: file } });
      continue;
    }
    const text = context.readText(path);
    if (text === undefined || tooLongLines(context, text, file)) continue;
    const scanned = scanNarrative(text, file);
    const key = `${bureauId}/${yearText}`;
    const report = reports.get(key);
    context.issues.push(...(report ? scanned.issues.map((issue) => withFigureToUse(issue, report)) : scanned.issues));
    if (!report) {
      // A data file that exists but failed validation has said so already.
      if (!entryExists(join(context.root, 'data', 'figures', bureauId, `${yearText}.yaml`))) {
        context.issues.push({ file, line: 1, column: 1, field: '', code: 'missing-data', params: { bureau: bureauId, year: yearText } });
      }
      continue;
    }
    const figureRefs = checkComponents(context, file, scanned.components, {
      figureIds: declaredFigureIds.get(key) ?? new Set(),
      indicatorIds: new Set(report.figures.map((figure) => figure.indicatorId)),
      dataFile: report.dataFile,
    });
    if (!scanned.frontmatter) continue;
    const narrative: NarrativeEntry = {
      lang: lang as Locale,
      file,
      title: scanned.frontmatter.title,
      ...(scanned.frontmatter.summary && { summary: scanned.frontmatter.summary }),
      figureRefs,
    };
    report.narratives[lang as Locale] = narrative;
  }

  for (const report of reports.values()) {
    const hasNarrative = LOCALES.some((lang) => entryExists(join(folder, report.bureauId, String(report.year), `${lang}.mdx`)));
    if (!hasNarrative) {
      context.issues.push({ file: report.dataFile, line: 1, column: 1, field: '', code: 'missing-narrative', params: { bureau: report.bureauId, year: String(report.year) } });
    }
  }
}

/**
 * A typed number's message names the figure to write instead: the report's figure of that
 * exact value (or range end), else the data file to add it to.
 */
function withFigureToUse(issue: Issue, report: Report): Issue {
  if (issue.code !== 'number-in-narrative') return issue;
  const typed = issue.params['value'];
  const same = (plain: string): boolean => typed !== undefined && toDecimal(plain).equals(toDecimal(typed));
  const figure = report.figures.find(({ value }) =>
    value.type === 'number' ? same(value.number.plain) : value.type === 'range' ? same(value.low.plain) || same(value.high.plain) : false,
  );
  return { ...issue, params: { ...issue.params, dataFile: report.dataFile, ...(figure && { figure: figure.id }) } };
}

/**
 * Lines over NARRATIVE_LINE_LIMIT are reported (at the first character past the limit) and
 * the narrative is not scanned further: a megabyte paragraph would stall search indexing.
 */
function tooLongLines(context: LoadContext, text: string, file: string): boolean {
  let found = false;
  text.split('\n').forEach((content, index) => {
    const length = content.replace(/\r$/, '').length;
    if (length <= NARRATIVE_LINE_LIMIT) return;
    context.issues.push({ file, line: index + 1, column: NARRATIVE_LINE_LIMIT + 1, field: '', code: 'line-too-long', params: { length: String(length), limit: String(NARRATIVE_LINE_LIMIT) } });
    found = true;
  });
  return found;
}

/** Checks <Figure id> and <Chart indicator> against the report; returns the figure ids cited. */
function checkComponents(
  context: LoadContext,
  file: string,
  uses: readonly ComponentUse[],
  report: { figureIds: ReadonlySet<string>; indicatorIds: ReadonlySet<string>; dataFile: string },
): string[] {
  const cited: string[] = [];
  for (const use of uses) {
    const at = { file, line: use.line, column: use.column };
    if (use.name === 'Figure') {
      const id = use.attributes.id;
      if (!id) context.issues.push({ ...at, field: '', code: 'figure-without-id', params: {} });
      else if (!report.figureIds.has(id)) {
        context.issues.push({ ...at, field: `Figure#${id}`, code: 'unknown-figure', params: { found: id, dataFile: report.dataFile, suggestion: closest(id, report.figureIds) ?? '' } });
      } else cited.push(id);
    } else if (use.name === 'Chart') {
      const indicator = use.attributes.indicator ?? '';
      if (!report.indicatorIds.has(indicator)) context.issues.push({ ...at, field: `Chart#${indicator}`, code: 'unknown-indicator-ref', params: { found: indicator } });
    }
  }
  return cited;
}
