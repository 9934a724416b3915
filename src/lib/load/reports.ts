/** Each report's data file, data/figures/<bureau>/<year>.yaml, with its figures resolved. */
import { join, relative, sep } from 'node:path';
import { reportDataSchema } from '../../schemas/report-data.ts';
import { resolveFigure } from '../figures.ts';
import type { BureauEntry, Figure, IndicatorEntry, Report } from '../model.ts';
import { closest } from '../suggest.ts';
import { locate } from '../yaml-source.ts';
import type { LoadContext } from './context.ts';
import { checkReportFacts, feedDateWarning } from './facts.ts';

export interface LoadedReports {
  /** Keyed "<bureau>/<year>". */
  reports: Map<string, Report>;
  /** Ids declared in each report's YAML, valid or not, so narratives are not blamed for data errors. */
  declaredFigureIds: Map<string, Set<string>>;
}

interface Known {
  indicators: Record<string, IndicatorEntry>;
  brokenIndicatorIds: ReadonlySet<string>;
  bureaus: Record<string, BureauEntry>;
  brokenBureauIds: ReadonlySet<string>;
}

export function loadReports(context: LoadContext, known: Known): LoadedReports {
  const reports = new Map<string, Report>();
  const declaredFigureIds = new Map<string, Set<string>>();
  const folder = join(context.root, 'data', 'figures');
  const files = context.list(folder, '.yaml');
  if (files.length === 0) context.nothingIn(folder, '报告数据文件', 'report data files');

  for (const path of files) {
    const parts = relative(folder, path).split(sep);
    const [bureauDir, yearFile] = parts;
    const yearFromPath = /^(\d{4})\.yaml$/.exec(yearFile ?? '')?.[1];
    if (parts.length !== 2 || !yearFromPath) {
      context.issues.push({ file: context.display(path), line: 1, column: 1, field: '', code: 'bad-data-path', params: { found: context.display(path) } });
      continue;
    }
    const loaded = context.read(path);
    const data = context.validate(reportDataSchema, loaded);
    if (!data) continue;
    const { source } = loaded;
    const at = (field: string) => ({ file: source.file, ...locate(source, [field]), field });

    let placed = true;
    if (data.bureau !== bureauDir) {
      context.issues.push({ ...at('bureau'), code: 'path-mismatch', params: { field: 'bureau', found: data.bureau, expected: bureauDir ?? '' } });
      placed = false;
    }
    if (String(data.year) !== yearFromPath) {
      context.issues.push({ ...at('year'), code: 'path-mismatch', params: { field: 'year', found: String(data.year), expected: yearFromPath } });
      placed = false;
    }
    // With no bureau readable at all, data/bureaus.yaml's own issue says why; no report is blamed.
    const anyBureau = Object.keys(known.bureaus).length + known.brokenBureauIds.size > 0;
    if (anyBureau && !known.bureaus[data.bureau] && !known.brokenBureauIds.has(data.bureau)) {
      context.issues.push({ ...at('bureau'), code: 'unknown-bureau', params: { found: data.bureau, suggestion: closest(data.bureau, Object.keys(known.bureaus)) ?? '' } });
    }

    const impossible = checkReportFacts(data, source, context.buildDate);
    context.issues.push(...impossible);

    const figures: Figure[] = [];
    for (const [id, input] of Object.entries(data.figures)) {
      const resolved = resolveFigure(id, input, {
        source, bureauId: data.bureau, year: data.year, undated: data.undated === true,
        indicators: known.indicators, brokenIndicatorIds: known.brokenIndicatorIds,
        published: data.source.date ?? data.disclosure?.date?.slice(0, 10),
      });
      context.issues.push(...resolved.issues);
      if (resolved.figure) figures.push(resolved.figure);
    }
    if (!placed) continue;

    const key = `${data.bureau}/${data.year}`;
    declaredFigureIds.set(key, new Set(Object.keys(data.figures)));
    const report: Report = {
      bureauId: data.bureau,
      year: data.year,
      ...(data.year_note && { yearNote: data.year_note }),
      ...(data.undated && { undated: true }),
      ...(data.disclosure && { disclosure: data.disclosure }),
      source: data.source,
      figures,
      narratives: {},
      dataFile: source.file,
    };
    reports.set(key, report);
    // A date already reported as impossible needs no second message about the feed.
    const warning = impossible.length === 0 ? feedDateWarning(report, source, context.buildDate) : undefined;
    if (warning) context.warnings.push(warning);
  }
  return { reports, declaredFigureIds };
}
