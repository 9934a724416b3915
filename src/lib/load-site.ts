/**
 * Reads and validates a whole site: catalog, bureaus, every report's data and narratives.
 * Returns every problem at once; the site only when there are none.
 *
 * Pure with respect to its input folder: no Astro, so `npm run validate` is fast and the
 * same checks run inside `astro build` and `astro dev` through the integration.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { bureausFileSchema, bureauSchema } from '../schemas/bureau.ts';
import { idSchema, LOCALES, type Locale } from '../schemas/common.ts';
import { indicatorCatalogFileSchema, indicatorSchema } from '../schemas/indicator.ts';
import { disclosureSchema, figureSchema, reportDataSchema, sourceSchema, changeSchema } from '../schemas/report-data.ts';
import { checkChange, resolveFigure } from './figures.ts';
import type { Issue } from './issues.ts';
import type { BureauEntry, Figure, IndicatorEntry, NarrativeEntry, Report, Site } from './model.ts';
import { scanNarrative } from './narrative.ts';
import { closest } from './suggest.ts';
import { locate, parseYaml, type LoadedYaml } from './yaml-source.ts';
import { toIssues } from './zod-issues.ts';

export interface LoadResult {
  site?: Site;
  issues: Issue[];
  /** Every input file read, for the dev server to watch. */
  files: string[];
}

/** Allowed keys of the strict object at a path, for "unknown field … allowed: …". */
function keysOf(schema: z.ZodType, path: readonly PropertyKey[]): readonly string[] {
  const byDepth: Array<[RegExp, readonly string[]]> = [
    [/^$/, Object.keys(reportDataSchema.shape)],
    [/^disclosure$/, Object.keys(disclosureSchema.shape)],
    [/^source$/, Object.keys(sourceSchema.shape)],
    [/^figures\.[^.]+$/, Object.keys(figureSchema.shape)],
    [/^figures\.[^.]+\.change$/, Object.keys(changeSchema.shape)],
    [/^figures\.[^.]+\.unknown$/, ['as_written']],
  ];
  const joined = path.map(String).join('.');
  if (schema === reportDataSchema) return byDepth.find(([pattern]) => pattern.test(joined))?.[1] ?? ['zh', 'en'];
  if (schema === bureausFileSchema) return path.length === 1 ? Object.keys(bureauSchema.shape) : ['zh', 'en'];
  if (schema === indicatorCatalogFileSchema) return path.length === 1 ? Object.keys(indicatorSchema.shape) : ['zh', 'en'];
  return [];
}

function listFiles(folder: string, extension: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension) && statSync(join(folder, name)).isFile())
    .map((name) => join(folder, name))
    .sort();
}

export function loadSite(root: string): LoadResult {
  const issues: Issue[] = [];
  const files: string[] = [];
  const display = (absolute: string): string => relative(root, absolute).split(sep).join('/');

  const read = (absolute: string): LoadedYaml => {
    files.push(absolute);
    const loaded = parseYaml(readFileSync(absolute, 'utf8'), display(absolute));
    issues.push(...loaded.issues);
    return loaded;
  };

  const validate = <S extends z.ZodType>(schema: S, loaded: LoadedYaml): z.infer<S> | undefined => {
    if (loaded.data === undefined) return undefined;
    const result = schema.safeParse(loaded.data ?? {});
    if (result.success) return result.data;
    issues.push(...toIssues(result.error.issues, loaded.source, loaded.data, (path) => keysOf(schema, path)));
    return undefined;
  };

  /** Validates a record file entry by entry, so one bad entry does not hide the others. */
  const validateRecord = <S extends z.ZodType>(entrySchema: S, fileSchema: z.ZodType, loaded: LoadedYaml): Record<string, z.infer<S>> => {
    const entries: Record<string, z.infer<S>> = {};
    if (loaded.data === undefined) return entries;
    if (loaded.data === null || typeof loaded.data !== 'object' || Array.isArray(loaded.data)) {
      validate(fileSchema, loaded);
      return entries;
    }
    for (const [id, raw] of Object.entries(loaded.data)) {
      const idResult = idSchema.safeParse(id);
      const result = entrySchema.safeParse(raw ?? {});
      if (!idResult.success) {
        issues.push({ file: loaded.source.file, ...locate(loaded.source, [id], true), field: id, code: 'bad-id', params: { found: id } });
      }
      if (!result.success) {
        const prefixed = result.error.issues.map((issue) => ({ ...issue, path: [id, ...issue.path] }));
        issues.push(...toIssues(prefixed, loaded.source, loaded.data, (path) => keysOf(fileSchema, path)));
      } else if (idResult.success) {
        entries[id] = result.data;
      }
    }
    return entries;
  };

  const emptyFolder = (folder: string, whatZh: string, whatEn: string): void => {
    issues.push({ file: display(folder) || '.', line: 1, column: 1, field: '', code: 'empty-data', params: { found: display(folder) || '.', whatZh, whatEn } });
  };

  // 1. Indicator catalog, possibly split across files; an id may be defined once.
  const indicators: Record<string, IndicatorEntry> = {};
  const brokenIndicatorIds = new Set<string>();
  const catalogFiles = listFiles(join(root, 'data', 'indicators'), '.yaml');
  if (catalogFiles.length === 0) emptyFolder(join(root, 'data', 'indicators'), '指标目录文件（.yaml）', 'indicator catalog files (.yaml)');
  for (const path of catalogFiles) {
    const loaded = read(path);
    const catalog = validateRecord(indicatorSchema, indicatorCatalogFileSchema, loaded);
    if (loaded.data && typeof loaded.data === 'object') {
      for (const id of Object.keys(loaded.data)) if (!catalog[id]) brokenIndicatorIds.add(id);
    }
    for (const [id, indicator] of Object.entries(catalog)) {
      const existing = indicators[id];
      if (existing) {
        issues.push({ file: loaded.source.file, ...locate(loaded.source, [id], true), field: id, code: 'duplicate-indicator', params: { key: id, other: existing.file } });
        continue;
      }
      indicators[id] = { ...indicator, id, file: loaded.source.file };
    }
  }

  // 2. Bureaus.
  const bureaus: Record<string, BureauEntry> = {};
  /** Bureau ids that exist but failed validation: their own errors say enough. */
  const brokenBureauIds = new Set<string>();
  const bureausPath = join(root, 'data', 'bureaus.yaml');
  if (!existsSync(bureausPath)) {
    emptyFolder(join(root, 'data'), '机构文件 bureaus.yaml', 'bureaus file bureaus.yaml');
  } else {
    const loaded = read(bureausPath);
    const parsed = validateRecord(bureauSchema, bureausFileSchema, loaded);
    for (const [id, bureau] of Object.entries(parsed)) bureaus[id] = { ...bureau, id };
    if (loaded.data && typeof loaded.data === 'object') {
      for (const id of Object.keys(loaded.data)) if (!bureaus[id]) brokenBureauIds.add(id);
    }
    for (const bureau of Object.values(bureaus)) {
      if (bureau.parent && !bureaus[bureau.parent] && !brokenBureauIds.has(bureau.parent)) {
        issues.push({
          file: loaded.source.file, ...locate(loaded.source, [bureau.id, 'parent']), field: `${bureau.id}.parent`,
          code: 'unknown-bureau', params: { found: bureau.parent, suggestion: closest(bureau.parent, Object.keys(bureaus)) ?? '' },
        });
      }
    }
  }

  // 3. Reports' data.
  const reports = new Map<string, Report>();
  /** Ids declared in each report's YAML, valid or not, so narratives are not blamed for data errors. */
  const declaredFigureIds = new Map<string, Set<string>>();
  const figuresRoot = join(root, 'data', 'figures');
  const dataFiles = listFiles(figuresRoot, '.yaml');
  if (dataFiles.length === 0) emptyFolder(figuresRoot, '报告数据文件', 'report data files');
  for (const path of dataFiles) {
    const parts = relative(figuresRoot, path).split(sep);
    const [bureauDir, yearFile] = parts;
    const yearFromPath = /^(\d{4})\.yaml$/.exec(yearFile ?? '')?.[1];
    if (parts.length !== 2 || !yearFromPath) {
      issues.push({ file: display(path), line: 1, column: 1, field: '', code: 'bad-data-path', params: { found: display(path) } });
      continue;
    }
    const loaded = read(path);
    const data = validate(reportDataSchema, loaded);
    if (!data) continue;
    const { source } = loaded;
    let placed = true;
    if (data.bureau !== bureauDir) {
      issues.push({ file: source.file, ...locate(source, ['bureau']), field: 'bureau', code: 'path-mismatch', params: { field: 'bureau', found: data.bureau, expected: bureauDir ?? '' } });
      placed = false;
    }
    if (String(data.year) !== yearFromPath) {
      issues.push({ file: source.file, ...locate(source, ['year']), field: 'year', code: 'path-mismatch', params: { field: 'year', found: String(data.year), expected: yearFromPath } });
      placed = false;
    }
    if (!bureaus[data.bureau] && !brokenBureauIds.has(data.bureau)) {
      issues.push({ file: source.file, ...locate(source, ['bureau']), field: 'bureau', code: 'unknown-bureau', params: { found: data.bureau, suggestion: closest(data.bureau, Object.keys(bureaus)) ?? '' } });
    }
    const figures: Figure[] = [];
    for (const [id, input] of Object.entries(data.figures)) {
      const resolved = resolveFigure(id, input, { source, bureauId: data.bureau, year: data.year, indicators, brokenIndicatorIds });
      issues.push(...resolved.issues);
      if (resolved.figure) figures.push(resolved.figure);
    }
    if (!placed) continue;
    declaredFigureIds.set(`${data.bureau}/${data.year}`, new Set(Object.keys(data.figures)));
    reports.set(`${data.bureau}/${data.year}`, {
      bureauId: data.bureau,
      year: data.year,
      ...(data.year_note && { yearNote: data.year_note }),
      ...(data.disclosure && { disclosure: data.disclosure }),
      source: data.source,
      figures,
      narratives: {},
      dataFile: source.file,
    });
  }

  // 4. Narratives: placed next to a report's data, referencing only its figures.
  const contentRoot = join(root, 'content', 'reports');
  for (const path of listFiles(contentRoot, '.mdx')) {
    files.push(path);
    const parts = relative(contentRoot, path).split(sep);
    const [bureauId, yearText, fileName] = parts;
    const lang = fileName?.replace(/\.mdx$/, '');
    if (parts.length !== 3 || !/^\d{4}$/.test(yearText ?? '') || !(LOCALES as readonly string[]).includes(lang ?? '')) {
      issues.push({ file: display(path), line: 1, column: 1, field: '', code: 'bad-narrative-path', params: { found: display(path) } });
      continue;
    }
    const scanned = scanNarrative(readFileSync(path, 'utf8'), display(path));
    issues.push(...scanned.issues);
    const report = reports.get(`${bureauId}/${yearText}`);
    if (!report) {
      if (existsSync(join(figuresRoot, bureauId ?? '', `${yearText}.yaml`))) continue; // its data file has errors of its own
      issues.push({ file: display(path), line: 1, column: 1, field: '', code: 'missing-data', params: { bureau: bureauId ?? '', year: yearText ?? '' } });
      continue;
    }
    const figureIds = declaredFigureIds.get(`${bureauId}/${yearText}`) ?? new Set<string>();
    const reportIndicators = new Set(report.figures.map((figure) => figure.indicatorId));
    const figureRefs: string[] = [];
    for (const use of scanned.components) {
      const at = { file: display(path), line: use.line, column: use.column };
      if (use.name === 'Figure') {
        const id = use.attributes.id;
        if (!id) issues.push({ ...at, field: '', code: 'figure-without-id', params: {} });
        else if (!figureIds.has(id)) issues.push({ ...at, field: `Figure#${id}`, code: 'unknown-figure', params: { found: id, dataFile: report.dataFile, suggestion: closest(id, figureIds) ?? '' } });
        else figureRefs.push(id);
      } else if (use.name === 'Chart') {
        const indicator = use.attributes.indicator ?? '';
        if (!reportIndicators.has(indicator)) issues.push({ ...at, field: `Chart#${indicator}`, code: 'unknown-indicator-ref', params: { found: indicator } });
      }
    }
    if (scanned.frontmatter) {
      const narrative: NarrativeEntry = {
        lang: lang as Locale,
        file: display(path),
        title: scanned.frontmatter.title,
        ...(scanned.frontmatter.summary && { summary: scanned.frontmatter.summary }),
        figureRefs,
      };
      report.narratives[lang as Locale] = narrative;
    }
  }

  // 5. Every report needs a narrative in at least one language.
  for (const report of reports.values()) {
    const hasNarrativeFile = LOCALES.some((lang) => existsSync(join(contentRoot, report.bureauId, String(report.year), `${lang}.mdx`)));
    if (!hasNarrativeFile) {
      issues.push({ file: report.dataFile, line: 1, column: 1, field: '', code: 'missing-narrative', params: { bureau: report.bureauId, year: String(report.year) } });
    }
  }

  // 6. A reported change without "from" is checked against the bureau's previous year.
  issues.push(...checkYearOnYearChanges([...reports.values()], root));

  const sortedReports = [...reports.values()].sort((a, b) => a.bureauId.localeCompare(b.bureauId) || a.year - b.year);
  return issues.length > 0 ? { issues, files } : { site: { indicators, bureaus, reports: sortedReports }, issues, files };
}

function checkYearOnYearChanges(reports: Report[], root: string): Issue[] {
  const issues: Issue[] = [];
  const byKey = new Map(reports.map((report) => [`${report.bureauId}/${report.year}`, report]));
  for (const report of reports) {
    const previous = byKey.get(`${report.bureauId}/${report.year - 1}`);
    if (!previous) continue;
    for (const figure of report.figures) {
      if (!figure.change?.reported || figure.change.from || figure.value.type !== 'number') continue;
      const earlier = previous.figures.find(
        (candidate) => candidate.indicatorId === figure.indicatorId && candidate.status === 'actual' && candidate.value.type === 'number' && !candidate.qualifier,
      );
      if (!earlier || earlier.value.type !== 'number') continue;
      const mismatch = checkChange({
        from: earlier.value.number,
        to: figure.value.number,
        reported: figure.change.reported,
        direction: figure.change.direction,
        basis: {
          zh: `${previous.year} 年为 ${earlier.value.written}（${previous.dataFile}），${report.year} 年为 ${figure.value.written}`,
          en: `${previous.year} was ${earlier.value.written} (${previous.dataFile}), ${report.year} is ${figure.value.written}`,
        },
      });
      if (!mismatch) continue;
      const loaded = parseYaml(readFileSync(join(root, report.dataFile), 'utf8'), report.dataFile);
      const path = ['figures', figure.id, 'change', 'reported'];
      issues.push({ file: report.dataFile, ...locate(loaded.source, path), field: path.join('.'), code: mismatch.code, params: mismatch.params });
    }
  }
  return issues;
}
