/**
 * Downloads for journalists: every figure as one flat row, as CSV (opens in Excel) and
 * JSON, for one report, one indicator across bureaus and years, or the whole dataset.
 * The columns are documented in docs/data-downloads.md.
 *
 * Pure functions of the validated Site: no Astro, no clock, no environment except what is
 * passed in, so a build is byte-identical for the same input. Values are the exact strings
 * of the data model (what the YAML says and its exact plain-decimal expansion); nothing
 * here ever goes through a JS number.
 */
import type { Localized } from '../schemas/common.ts';
import { figureSource } from './figure-notes.ts';
import { plainNumber } from './format.ts';
import type { BureauEntry, Figure, FigureValue, IndicatorEntry, Report, Site } from './model.ts';
import { routes } from './routes.ts';
import { figuresOfIndicator } from './series.ts';
import { cellKind, exactSpreadsheetNumber, startsLikeNumber } from './downloads/cells.ts';

/** The columns of every download, in order. Positions never change; new columns go at the end. */
export const COLUMNS = [
  'figure_id',
  'bureau_id',
  'bureau_zh',
  'bureau_en',
  'year',
  'indicator_id',
  'indicator_zh',
  'indicator_en',
  'topic',
  'kind',
  'value_as_written',
  'value',
  'range_low',
  'range_high',
  'ratio',
  'unit_zh',
  'unit_en',
  'qualifier',
  'status',
  'as_of',
  'change_reported',
  'change_direction',
  'change_from',
  'note_zh',
  'note_en',
  'source_title',
  'source_date',
  'source_url',
  'permalink_zh',
  'permalink_en',
  'label_zh',
  'label_en',
  'source_section',
  'ratio_numerator',
  'ratio_denominator',
  'region_code',
  'source_kind',
  'source_publisher_zh',
  'source_publisher_en',
  'alternative_values',
  'alternative_sources',
  'revised_from',
  'revision_dates',
  'method_zh',
  'method_en',
  'change_points',
  'change_amount',
  'change_basis',
  'per',
  'measure_word',
] as const;

export type Column = (typeof COLUMNS)[number];

/** One figure as a download row: every cell a string, "" when the figure has no such field. */
export type DownloadRow = Record<Column, string>;

export type DownloadScope =
  | { kind: 'report'; bureauId: string; year: number }
  | { kind: 'indicator'; indicatorId: string }
  | { kind: 'all' };

/** The public URL when the configuration gives none (the same default as the page layout). */
export const FALLBACK_SITE_URL = 'https://annals.example.org';

export interface DownloadOptions {
  /** The site's public URL (Astro's `site`), for the absolute permalinks. */
  siteUrl: string | URL;
}

/** Between the items of a list cell (alternative values, revision dates): "763.6万; 760.1万". */
export const LIST_SEPARATOR = '; ';

/** The written range "4000—6000": both ends as written, joined by the em dash the Chinese pages use. */
export const RANGE_SEPARATOR = '—';

/** The value exactly as the YAML writes it: "20.7万", "1:0.81", "4000—6000", "20_0万". */
export function valueAsWritten(value: FigureValue): string {
  switch (value.type) {
    case 'number':
    case 'ratio':
      return value.written;
    case 'range':
      return `${value.written[0]}${RANGE_SEPARATOR}${value.written[1]}`;
    case 'unknown':
      return value.asWritten;
  }
}

function permalink(siteUrl: string | URL, lang: 'zh' | 'en', figure: Figure): string {
  return new URL(routes.figure(lang, figure.bureauId, figure.year, figure.id), siteUrl).href;
}

/** One figure of one report as a row. */
export function figureRow(site: Site, report: Report, figure: Figure, options: DownloadOptions): DownloadRow {
  const indicator = site.indicators[figure.indicatorId];
  const bureau = site.bureaus[report.bureauId];
  if (!indicator) throw new Error(`Validated site lost indicator ${figure.indicatorId}`);
  if (!bureau) throw new Error(`Validated site lost bureau ${report.bureauId}`);
  const { value } = figure;
  // The figure's own source when it has one (issue 11), else its report's.
  const source = figureSource(figure, report);
  const list = (items: readonly string[] | undefined): string => (items ?? []).join(LIST_SEPARATOR);
  return {
    figure_id: figure.id,
    bureau_id: report.bureauId,
    bureau_zh: bureau.name.zh,
    bureau_en: bureau.name.en,
    // An undated report is filed under a year, but the document states none: leave it blank.
    year: report.undated ? '' : String(report.year),
    indicator_id: indicator.id,
    indicator_zh: indicator.name.zh,
    indicator_en: indicator.name.en,
    topic: indicator.topic,
    kind: indicator.kind,
    value_as_written: valueAsWritten(value),
    value: plainNumber(value),
    range_low: value.type === 'range' ? value.low.plain : '',
    range_high: value.type === 'range' ? value.high.plain : '',
    ratio: value.type === 'ratio' ? `${value.ratio.left}:${value.ratio.right}` : '',
    unit_zh: indicator.unit.zh,
    unit_en: indicator.unit.en,
    qualifier: figure.qualifier ?? '',
    status: figure.status,
    as_of: figure.asOf,
    change_reported: figure.change?.reported ?? '',
    change_direction: figure.change?.direction ?? '',
    change_from: figure.change?.from?.plain ?? '',
    note_zh: figure.note?.zh ?? '',
    note_en: figure.note?.en ?? '',
    source_title: source.title,
    source_date: source.date ?? '',
    source_url: source.url ?? '',
    permalink_zh: permalink(options.siteUrl, 'zh', figure),
    permalink_en: permalink(options.siteUrl, 'en', figure),
    label_zh: figure.label?.zh ?? '',
    label_en: figure.label?.en ?? '',
    source_section: figure.where ?? '',
    ratio_numerator: value.type === 'ratio' ? value.ratio.left : '',
    ratio_denominator: value.type === 'ratio' ? value.ratio.right : '',
    region_code: bureau.region_code ?? '',
    source_kind: source.kind ?? '',
    source_publisher_zh: source.publisher?.zh ?? '',
    source_publisher_en: source.publisher?.en ?? '',
    alternative_values: list(figure.alternatives?.map((alternative) => valueAsWritten(alternative.value))),
    alternative_sources: list(figure.alternatives?.map((alternative) => [alternative.source.title, alternative.source.kind, alternative.source.url].filter(Boolean).join(', '))),
    revised_from: list(figure.revisions?.map((revision) => valueAsWritten(revision.value))),
    revision_dates: list(figure.revisions?.map((revision) => revision.date)),
    method_zh: figure.method?.zh ?? '',
    method_en: figure.method?.en ?? '',
    change_points: figure.change?.points ?? '',
    change_amount: figure.change?.amount?.plain ?? '',
    change_basis: figure.change?.basis ?? '',
    per: figure.per ?? '',
    measure_word: figure.measureWord ?? '',
  };
}

/** (a) Every figure of one report, in the order of its data file. */
export function reportRows(site: Site, report: Report, options: DownloadOptions): DownloadRow[] {
  return report.figures.map((figure) => figureRow(site, report, figure, options));
}

/** (b) Every figure of one indicator, by bureau, then year (the order of the indicator page). */
export function indicatorRows(site: Site, indicatorId: string, options: DownloadOptions): DownloadRow[] {
  return figuresOfIndicator(site, indicatorId).map(({ report, figure }) => figureRow(site, report, figure, options));
}

/** (c) Every figure of the site: reports by bureau then year, each in the order of its data file. */
export function allRows(site: Site, options: DownloadOptions): DownloadRow[] {
  return site.reports.flatMap((report) => reportRows(site, report, options));
}

export function rowsFor(site: Site, scope: DownloadScope, options: DownloadOptions): DownloadRow[] {
  switch (scope.kind) {
    case 'report': {
      const report = site.reports.find((candidate) => candidate.bureauId === scope.bureauId && candidate.year === scope.year);
      if (!report) throw new Error(`No report ${scope.bureauId}/${scope.year}`);
      return reportRows(site, report, options);
    }
    case 'indicator':
      if (!site.indicators[scope.indicatorId]) throw new Error(`No indicator ${scope.indicatorId}`);
      return indicatorRows(site, scope.indicatorId, options);
    case 'all':
      return allRows(site, options);
  }
}

// ── File names: stable, language-neutral URLs ────────────────────────────────────────────

/** The file name stem of a report's downloads: "donghu-2022". Ids are kebab-case, years 4 digits. */
export function reportFileId(report: Pick<Report, 'bureauId' | 'year'>): string {
  return `${report.bureauId}-${report.year}`;
}

/** Paths inside the site, without its base (they name the endpoint's files); links use `routes.file(path)`. */
export const downloadPaths = {
  all: (format: DownloadFormat) => `/data/annals.${format}`,
  report: (bureauId: string, year: number, format: DownloadFormat) => `/data/reports/${reportFileId({ bureauId, year })}.${format}`,
  indicator: (indicatorId: string, format: DownloadFormat) => `/data/indicators/${indicatorId}.${format}`,
} as const;

export type DownloadFormat = 'csv' | 'json' | 'xlsx';

// ── CSV ──────────────────────────────────────────────────────────────────────────────────

/** UTF-8 byte order mark: without it Excel reads a CSV as the local ANSI code page and garbles Chinese. */
export const BOM = '\uFEFF';
const CRLF = '\r\n';

/** An exact decimal as the data model writes one: "855", "-3", "2850.46万". Only digits, a sign, a point, 万/亿. */
const WRITTEN_NUMBER = /^-?\d+(\.\d+)?(万亿|万|亿)?$/;
/** Characters with which a spreadsheet starts a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Protects a cell against formula injection: a text starting with = + - @ (or tab, CR) gets a
 * leading apostrophe so a spreadsheet shows it as text instead of running it. A number
 * (the whole cell an exact decimal such as "-3" or "-2.5万") is never altered: it cannot call
 * anything, and its digits are sacred.
 */
export function guardFormula(cell: string): string {
  if (!FORMULA_START.test(cell) || WRITTEN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

/** RFC 4180: a field with a comma, a double quote, CR or LF is quoted, its quotes doubled. */
export function quoteCsvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One CSV cell: formula-guarded, then quoted as needed. */
export function csvCell(cell: string): string {
  return quoteCsvField(guardFormula(cell));
}

/** A whole CSV file: BOM, header, rows, every record ended by CRLF (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((record) => record.map(csvCell).join(','));
  return `${BOM}${lines.map((line) => `${line}${CRLF}`).join('')}`;
}

/** Excel's limit for a text constant in a formula; a longer cell is left as it is. */
const FORMULA_TEXT_LIMIT = 255;

/**
 * One cell as the CSV writes it so that a spreadsheet opening it shows it as written
 * (rules: docs/data-downloads.md "CSV"): a formula-looking text is guarded; a number a
 * spreadsheet holds exactly (a year, a decimal of ≤ 15 significant digits) is bare; any
 * other cell that starts like a number (a ratio `1:0.81`, a period `2017-05`, a code
 * `099901`, `7.6%`, `2.0`, a 20-digit amount) becomes the text formula `="…"`, which Excel
 * and LibreOffice show as the text inside. Returns the cell before RFC 4180 quoting.
 */
export function spreadsheetCsvCell(column: Column, cell: string): string {
  const guarded = guardFormula(cell);
  if (guarded !== cell || !startsLikeNumber(cell)) return guarded;
  const kind = cellKind(column);
  if (kind === 'year' || (kind === 'decimal' && exactSpreadsheetNumber(cell) !== undefined)) return cell;
  if (cell.length > FORMULA_TEXT_LIMIT || /[\r\n]/.test(cell)) return cell;
  return `="${cell.replaceAll('"', '""')}"`;
}

/** Download rows as CSV, columns in the documented order, each cell as a spreadsheet must show it. */
export function rowsToCsv(rows: readonly DownloadRow[]): string {
  const records = [COLUMNS.map(csvCell), ...rows.map((row) => COLUMNS.map((column) => quoteCsvField(spreadsheetCsvCell(column, row[column]))))];
  return `${BOM}${records.map((record) => `${record.join(',')}${CRLF}`).join('')}`;
}

// ── JSON ─────────────────────────────────────────────────────────────────────────────────

/**
 * The terms under which the downloads are offered. Placeholder wording for the project to
 * confirm: the figures are government information the bureaus disclosed publicly.
 */
export const DATA_LICENCE: Localized = {
  zh: '数据摘录自各民政部门主动公开的政府信息，数字按原文记录。转载或引用请注明原发布机构、原文标题及本站链接。',
  en: 'Figures are excerpted from government information the civil-affairs bureaus disclosed proactively, recorded exactly as the source states them. When reusing them, credit the original bureau, the source document and this site.',
};

export const DATA_SOURCE: Localized = {
  zh: '民政年报：各民政部门公开发布的年度工作报告与数据。每行数据的原文见 source_title、source_date、source_url 列。',
  en: 'Civil Affairs Annals: the annual reports and figures civil-affairs bureaus published. Each row names its source document in source_title, source_date and source_url.',
};

export interface GeneratedDate {
  /** YYYY-MM-DD (or as precise as the data's latest date). */
  date: string;
  /** Where the date came from, so a reader knows it is not the moment of the build. */
  basis: 'SOURCE_DATE_EPOCH' | 'latest-source-date';
}

/**
 * The "generated" date of the downloads, from the build's input and never the wall clock,
 * so the same input always builds the same bytes: `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) when the build sets it, else the latest publication or
 * disclosure date in the data.
 */
export function generatedDate(site: Site, env: { SOURCE_DATE_EPOCH?: string | undefined }): GeneratedDate {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) {
    return { date: new Date(Number(epoch) * 1000).toISOString().slice(0, 10), basis: 'SOURCE_DATE_EPOCH' };
  }
  const dates = site.reports.flatMap((report) => [report.source.date, report.disclosure?.date?.slice(0, 10)]).filter((date): date is string => Boolean(date));
  const latest = dates.reduce((max, date) => (date > max ? date : max), '');
  return { date: latest || String(Math.max(0, ...site.reports.map((report) => report.year))), basis: 'latest-source-date' };
}

export interface JsonIndicator {
  name: Localized;
  topic: string;
  kind: string;
  unit: { zh: string; en: string };
  definition?: Localized;
}

export interface JsonBureau {
  name: Localized;
  short: Localized;
  level: string;
  region_code?: string;
  parent?: string;
  fictional: boolean;
  note?: Localized;
}

export interface DownloadJson {
  metadata: {
    title: Localized;
    scope: { kind: DownloadScope['kind']; id: string };
    site: string;
    licence: Localized;
    source: Localized;
    generated: string;
    generated_basis: GeneratedDate['basis'];
    columns: readonly Column[];
    figure_count: number;
  };
  figures: DownloadRow[];
  indicators: Record<string, JsonIndicator>;
  bureaus: Record<string, JsonBureau>;
}

function jsonIndicator(indicator: IndicatorEntry): JsonIndicator {
  return {
    name: indicator.name,
    topic: indicator.topic,
    kind: indicator.kind,
    unit: indicator.unit,
    ...(indicator.definition && { definition: indicator.definition }),
  };
}

function jsonBureau(bureau: BureauEntry): JsonBureau {
  return {
    name: bureau.name,
    short: bureau.short,
    level: bureau.level,
    ...(bureau.region_code && { region_code: bureau.region_code }),
    ...(bureau.parent && { parent: bureau.parent }),
    fictional: bureau.fictional ?? false,
    ...(bureau.note && { note: bureau.note }),
  };
}

export function scopeTitle(site: Site, scope: DownloadScope): Localized {
  switch (scope.kind) {
    case 'report': {
      const bureau = site.bureaus[scope.bureauId];
      return {
        zh: `${bureau?.name.zh ?? scope.bureauId}${scope.year}年报告数据`,
        en: `Figures of the ${scope.year} report of ${bureau?.name.en ?? scope.bureauId}`,
      };
    }
    case 'indicator': {
      const indicator = site.indicators[scope.indicatorId];
      return {
        zh: `指标“${indicator?.name.zh ?? scope.indicatorId}”各机构各年度数据`,
        en: `${indicator?.name.en ?? scope.indicatorId}: every bureau and year`,
      };
    }
    case 'all':
      return { zh: '民政年报全部数据', en: 'Civil Affairs Annals: all figures' };
  }
}

function scopeId(scope: DownloadScope): string {
  switch (scope.kind) {
    case 'report':
      return reportFileId(scope);
    case 'indicator':
      return scope.indicatorId;
    case 'all':
      return 'annals';
  }
}

export interface JsonOptions extends DownloadOptions {
  generated: GeneratedDate;
}

/**
 * The JSON download: the same rows as the CSV (every value a string, never a JSON number,
 * so no reader turns a figure into a float), the catalog entries and bureaus the rows refer
 * to (all of them for the whole dataset), and metadata.
 */
export function downloadJson(site: Site, scope: DownloadScope, options: JsonOptions): DownloadJson {
  const figures = rowsFor(site, scope, options);
  const whole = scope.kind === 'all';
  const indicatorIds = whole ? Object.keys(site.indicators).sort() : [...new Set(figures.map((row) => row.indicator_id))].sort();
  if (scope.kind === 'indicator' && !indicatorIds.includes(scope.indicatorId)) indicatorIds.push(scope.indicatorId);
  const bureauIds = whole ? Object.keys(site.bureaus).sort() : [...new Set(figures.map((row) => row.bureau_id))].sort();
  if (scope.kind === 'report' && !bureauIds.includes(scope.bureauId)) bureauIds.push(scope.bureauId);
  const indicators: Record<string, JsonIndicator> = {};
  for (const id of indicatorIds) {
    const indicator = site.indicators[id];
    if (indicator) indicators[id] = jsonIndicator(indicator);
  }
  const bureaus: Record<string, JsonBureau> = {};
  for (const id of bureauIds) {
    const bureau = site.bureaus[id];
    if (bureau) bureaus[id] = jsonBureau(bureau);
  }
  return {
    metadata: {
      title: scopeTitle(site, scope),
      scope: { kind: scope.kind, id: scopeId(scope) },
      site: new URL(routes.home('zh'), options.siteUrl).href,
      licence: DATA_LICENCE,
      source: DATA_SOURCE,
      generated: options.generated.date,
      generated_basis: options.generated.basis,
      columns: COLUMNS,
      figure_count: figures.length,
    },
    figures,
    indicators,
    bureaus,
  };
}

/** Serialised JSON: two-space indented, UTF-8 (no BOM: JSON forbids one), ending with a newline. */
export function toJson(data: DownloadJson): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

// ── Endpoint responses ───────────────────────────────────────────────────────────────────

/** The media type of each download format (links' `type`, endpoints' Content-Type). */
export const MEDIA_TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const CONTENT_TYPES: Record<Exclude<DownloadFormat, 'xlsx'>, string> = {
  csv: `${MEDIA_TYPES.csv}; charset=utf-8; header=present`,
  json: `${MEDIA_TYPES.json}; charset=utf-8`,
};

/** Options for an endpoint: Astro's `site` (or the fallback) and the build's input date. */
export function endpointOptions(site: Site, siteUrl: URL | undefined, env: { SOURCE_DATE_EPOCH?: string | undefined }): JsonOptions {
  return { siteUrl: siteUrl ?? FALLBACK_SITE_URL, generated: generatedDate(site, env) };
}

/** What a static endpoint returns for a download (the headers matter in `astro dev` only). */
export function downloadResponse(site: Site, scope: DownloadScope, format: Exclude<DownloadFormat, 'xlsx'>, options: JsonOptions): Response {
  const body = format === 'csv' ? rowsToCsv(rowsFor(site, scope, options)) : toJson(downloadJson(site, scope, options));
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}
