/**
 * Every download of the sample site, as built, read back and compared figure by figure with
 * the YAML: CSV through the strict reader in tests/helpers/csv.ts, JSON through JSON.parse.
 *
 * Expectations come from the raw YAML text (failsafe schema, every scalar a string) and an
 * independent string-shift expansion of 万/亿, not from the code that wrote the files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { parse } from 'yaml';
import { ACCESSED_PLACEHOLDER } from '../../src/lib/citation.ts';
import { allRows, downloadJson, generatedDate, rowsToCsv, toJson } from '../../src/lib/downloads.ts';
import { bureauManifestSchema, manifestIndexSchema, type FileEntry } from '../../src/lib/downloads/manifest-schema.ts';
import { loadSite } from '../../src/lib/load-site.ts';
import type { Report } from '../../src/lib/model.ts';
import { LOCALES } from '../../src/schemas/common.ts';
import { csvObjects, parseCsv, withoutTextFormulas } from '../helpers/csv.ts';
import { pageText } from '../helpers/html.ts';

const dist = inject('sampleDist');
const root = process.cwd();
const { site } = loadSite(root);
if (!site) throw new Error('The sample site must be valid');

/** The documented columns (docs/data-downloads.md), in order. */
const DOCUMENTED_COLUMNS = [
  'figure_id', 'bureau_id', 'bureau_zh', 'bureau_en', 'year', 'indicator_id', 'indicator_zh', 'indicator_en',
  'topic', 'kind', 'value_as_written', 'value', 'range_low', 'range_high', 'ratio', 'unit_zh', 'unit_en',
  'qualifier', 'status', 'as_of', 'change_reported', 'change_direction', 'change_from', 'note_zh', 'note_en',
  'source_title', 'source_date', 'source_url', 'permalink_zh', 'permalink_en', 'label_zh', 'label_en', 'source_section',
  'ratio_numerator', 'ratio_denominator', 'region_code', 'source_kind', 'source_publisher_zh', 'source_publisher_en',
  'alternative_values', 'alternative_sources', 'revised_from', 'revision_dates', 'method_zh', 'method_en',
  'change_points', 'change_amount', 'change_basis', 'per', 'measure_word',
];

type Row = Record<string, string>;

interface RawFigure {
  indicator?: string;
  value?: string;
  range?: [string, string];
  unknown?: { as_written: string };
  qualifier?: string;
  status?: string;
  as_of?: string;
  change?: { reported?: string; direction?: string; from?: string; points?: string; amount?: string; basis?: string };
  source?: RawSource;
  alternatives?: Array<{ value: string; source: RawSource }>;
  revisions?: Array<{ value: string; date: string }>;
  method?: { zh: string; en: string };
  per?: string;
  measure_word?: string;
  label?: { zh: string; en: string };
  note?: { zh: string; en: string };
  where?: string;
}

interface RawSource { title: string; date?: string; url?: string; kind?: string; publisher?: { zh: string; en: string } }

interface RawReport {
  bureau: string;
  year: string;
  undated?: string;
  source: RawSource;
  figures: Record<string, RawFigure>;
}

function rawReport(report: Report): RawReport {
  return parse(readFileSync(join(root, report.dataFile), 'utf8'), { schema: 'failsafe' }) as RawReport;
}

/**
 * "20.7万" → "207000" by moving the decimal point in the string: no arithmetic at all. The
 * decimals written stay (2.0 → "2.0", 1.234560万 → "12345.60"; docs/data-format.md).
 */
function plainDecimal(written: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(万亿|万|亿)?$/.exec(written);
  if (!match) throw new Error(`Not a written decimal: ${written}`);
  const [, sign = '', whole = '', fraction = '', scale = ''] = match;
  const places = { '': 0, '万': 4, '亿': 8, '万亿': 12 }[scale] ?? 0;
  const digits = `${whole}${fraction.padEnd(places, '0')}`;
  const point = whole.length + places;
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point);
  return `${sign}${integer}${rest ? `.${rest}` : ''}`;
}

/** What the row of a figure must say, from the raw YAML. */
function expectedRow(raw: RawReport, figureId: string): Row {
  const figure = raw.figures[figureId]!;
  const indicatorId = figure.indicator ?? figureId;
  const indicator = site!.indicators[indicatorId]!;
  const bureau = site!.bureaus[raw.bureau]!;
  const isRatio = indicator.kind === 'ratio';
  return {
    figure_id: figureId,
    bureau_id: raw.bureau,
    bureau_zh: bureau.name.zh,
    bureau_en: bureau.name.en,
    // An undated report is filed under a year but states none: the download leaves it blank.
    year: raw.undated === 'true' ? '' : raw.year,
    indicator_id: indicatorId,
    indicator_zh: indicator.name.zh,
    indicator_en: indicator.name.en,
    topic: indicator.topic,
    kind: indicator.kind,
    value_as_written: figure.value ?? (figure.range ? `${figure.range[0]}—${figure.range[1]}` : figure.unknown!.as_written),
    value: figure.value !== undefined && !isRatio ? plainDecimal(figure.value) : '',
    range_low: figure.range ? plainDecimal(figure.range[0]) : '',
    range_high: figure.range ? plainDecimal(figure.range[1]) : '',
    ratio: isRatio && figure.value !== undefined ? figure.value : '',
    unit_zh: indicator.unit.zh,
    unit_en: indicator.unit.en,
    qualifier: figure.qualifier ?? '',
    status: figure.status ?? 'actual',
    as_of: figure.as_of ?? (raw.undated === 'true' ? '' : raw.year),
    change_reported: figure.change?.reported ?? '',
    change_direction: figure.change?.direction ?? '',
    change_from: figure.change?.from !== undefined ? plainDecimal(figure.change.from) : '',
    note_zh: figure.note?.zh ?? '',
    note_en: figure.note?.en ?? '',
    source_title: (figure.source ?? raw.source).title,
    source_date: (figure.source ?? raw.source).date ?? '',
    source_url: (figure.source ?? raw.source).url ?? '',
    label_zh: figure.label?.zh ?? '',
    label_en: figure.label?.en ?? '',
    source_section: figure.where ?? '',
    ratio_numerator: isRatio && figure.value !== undefined ? figure.value.split(':')[0]! : '',
    ratio_denominator: isRatio && figure.value !== undefined ? figure.value.split(':')[1]! : '',
    region_code: bureau.region_code ?? '',
    source_kind: (figure.source ?? raw.source).kind ?? '',
    source_publisher_zh: (figure.source ?? raw.source).publisher?.zh ?? '',
    source_publisher_en: (figure.source ?? raw.source).publisher?.en ?? '',
    alternative_values: (figure.alternatives ?? []).map((alternative) => alternative.value).join('; '),
    alternative_sources: (figure.alternatives ?? []).map(({ source }) => [source.title, source.kind, source.url].filter(Boolean).join(', ')).join('; '),
    revised_from: (figure.revisions ?? []).map((revision) => revision.value).join('; '),
    revision_dates: (figure.revisions ?? []).map((revision) => revision.date).join('; '),
    method_zh: figure.method?.zh ?? '',
    method_en: figure.method?.en ?? '',
    change_points: figure.change?.points ?? '',
    change_amount: figure.change?.amount !== undefined ? plainDecimal(figure.change.amount) : '',
    change_basis: figure.change?.basis ?? '',
    per: figure.per ?? '',
    measure_word: figure.measure_word ?? '',
  };
}

const keyOf = (row: Row): string => `${row.bureau_id}/${row.year}/${row.figure_id}`;
/** The year as downloads give it: blank for an undated report. */
const downloadYear = (report: Report): string => (report.undated ? '' : String(report.year));

/** Every figure of the site, keyed "bureau/year/figure", with its expected row, in YAML order. */
const expected = new Map<string, { report: Report; row: Row }>();
for (const report of site.reports) {
  const raw = rawReport(report);
  for (const figureId of Object.keys(raw.figures)) {
    const row = expectedRow(raw, figureId);
    expected.set(keyOf(row), { report, row });
  }
}

/** The guard the CSV must apply to text: an apostrophe before = + - @ tab CR, never before a number. */
function guarded(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?(万亿|万|亿)?$/.test(cell) ? `'${cell}` : cell;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(folder, path).split(sep).join('/'))
    .sort();
}

function readCsv(file: string): { bytes: Buffer; text: string; rows: Row[] } {
  const bytes = readFileSync(join(dist, 'data', file));
  // fatal: any invalid UTF-8 byte throws; ignoreBOM keeps the BOM in the text to check it.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const parsed = parseCsv(text);
  expect(parsed.bom, `${file} starts with the UTF-8 BOM`).toBe(true);
  expect(parsed.records[0], `${file} header`).toEqual(DOCUMENTED_COLUMNS);
  // Cells written as text formulas ="…" (so spreadsheets keep them) are compared by their text.
  return { bytes, text, rows: csvObjects(withoutTextFormulas(parsed.records)) };
}

function readJson(file: string): any {
  const bytes = readFileSync(join(dist, 'data', file));
  expect([...bytes.subarray(0, 3)], `${file} has no BOM`).not.toEqual([0xef, 0xbb, 0xbf]);
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

/** Checks rows against the YAML; returns their keys in order. */
function checkRows(file: string, rows: Row[], csv: boolean): string[] {
  const keys = rows.map(keyOf);
  expect(new Set(keys).size, `${file}: no figure twice`).toBe(keys.length);
  for (const row of rows) {
    const want = expected.get(keyOf(row));
    expect(want, `${file}: ${keyOf(row)} is a figure of the YAML`).toBeDefined();
    const wantRow = csv ? Object.fromEntries(Object.entries(want!.row).map(([column, cell]) => [column, guarded(cell)])) : want!.row;
    expect(row, `${file}: ${keyOf(row)}`).toMatchObject(wantRow);
    // Normalised values are plain decimals: no exponent, no grouping, no float artefacts; the
    // decimals the source writes stay (2.0‰ → "2.0").
    for (const column of ['value', 'range_low', 'range_high', 'change_from']) {
      expect(row[column], `${file}: ${keyOf(row)} ${column}`).toMatch(/^(-?(0|[1-9]\d*)(\.\d+)?)?$/);
    }
  }
  return keys;
}

const files = listFiles(join(dist, 'data'));
const reportFiles = site.reports.map((report) => `reports/${report.bureauId}-${report.year}`);
const indicatorFiles = Object.keys(site.indicators).map((id) => `indicators/${id}`);
const stems = ['annals', ...reportFiles, ...indicatorFiles];

describe('downloads of the sample site', () => {
  it('has a CSV, a JSON and an XLSX for the whole set, every report and every indicator, the catalogue and the citation files, and nothing else', () => {
    const downloads = stems.flatMap((stem) => [`${stem}.csv`, `${stem}.json`, `${stem}.xlsx`]);
    // docs/citations.md: RIS and CSL-JSON per language, BibTeX for English.
    const citations = [...reportFiles, ...indicatorFiles].flatMap((stem) => [
      `cite/zh/${stem}.ris`, `cite/zh/${stem}.csl.json`, `cite/en/${stem}.ris`, `cite/en/${stem}.csl.json`, `cite/en/${stem}.bib`,
    ]);
    // The manifests (src/lib/downloads/manifest.ts): the index and one per bureau with reports.
    const manifests = ['manifest.json', ...['chongqing', 'donghu', 'mca', 'unnamed-city', 'yingkou'].map((id) => `manifest/${id}.json`)];
    expect(files).toEqual([...downloads, 'catalog.jsonld', ...citations, ...manifests].sort());
  });

  it('the whole-set CSV holds every figure of the YAML, exactly, in site order', () => {
    const { text, rows } = readCsv('annals.csv');
    expect(checkRows('annals.csv', rows, true)).toEqual([...expected.keys()]);
    // Every record ends with CRLF; no bare LF outside quoted fields (the reader enforces it).
    expect(text.endsWith('\r\n')).toBe(true);
  });

  for (const report of site.reports) {
    const stem = `reports/${report.bureauId}-${report.year}`;
    it(`${stem}: every figure of the report, in the order of its data file`, () => {
      const want = [...expected.keys()].filter((key) => key.startsWith(`${report.bureauId}/${downloadYear(report)}/`));
      const { rows } = readCsv(`${stem}.csv`);
      expect(checkRows(`${stem}.csv`, rows, true)).toEqual(want);
      const json = readJson(`${stem}.json`);
      expect(checkRows(`${stem}.json`, json.figures, false)).toEqual(want);
      expect(Object.keys(json.bureaus)).toEqual([report.bureauId]);
      expect(json.metadata.scope).toEqual({ kind: 'report', id: `${report.bureauId}-${report.year}` });
    });
  }

  it('indicators: each file holds exactly the figures of its indicator', () => {
    for (const indicatorId of Object.keys(site.indicators)) {
      const stem = `indicators/${indicatorId}`;
      const want = [...expected.entries()].filter(([, { row }]) => row.indicator_id === indicatorId).map(([key]) => key).sort();
      const { rows } = readCsv(`${stem}.csv`);
      expect(checkRows(`${stem}.csv`, rows, true).sort(), stem).toEqual(want);
      const json = readJson(`${stem}.json`);
      expect(checkRows(`${stem}.json`, json.figures, false).sort(), stem).toEqual(want);
      expect(Object.keys(json.indicators)).toEqual([indicatorId]);
      expect(json.indicators[indicatorId].unit).toEqual(site.indicators[indicatorId]!.unit);
    }
  });

  it('every JSON holds the same rows as its CSV, as strings only, with metadata', () => {
    const generated = generatedDate(site, process.env);
    for (const stem of stems) {
      const csvRows = readCsv(`${stem}.csv`).rows;
      const json = readJson(`${stem}.json`);
      expect(json.figures.map((row: Row) => Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, guarded(cell)]))), stem).toEqual(csvRows);
      for (const row of json.figures) {
        expect(Object.keys(row)).toEqual(DOCUMENTED_COLUMNS);
        for (const cell of Object.values(row)) expect(typeof cell).toBe('string');
      }
      expect(json.metadata).toMatchObject({ generated: generated.date, generated_basis: generated.basis, columns: DOCUMENTED_COLUMNS, figure_count: json.figures.length });
      // By hand: the terms a reuser must follow, and where each row's source is named.
      expect(json.metadata.licence).toEqual({
        zh: '数据摘录自各民政部门主动公开的政府信息，数字按原文记录。转载或引用请注明原发布机构、原文标题及本站链接。',
        en: 'Figures are excerpted from government information the civil-affairs bureaus disclosed proactively, recorded exactly as the source states them. When reusing them, credit the original bureau, the source document and this site.',
      });
      expect(json.metadata.source).toEqual({
        zh: '民政年报：各民政部门公开发布的年度工作报告与数据。每行数据的原文见 source_title、source_date、source_url 列。',
        en: 'Civil Affairs Annals: the annual reports and figures civil-affairs bureaus published. Each row names its source document in source_title, source_date and source_url.',
      });
    }
    const whole = readJson('annals.json');
    expect(Object.keys(whole.indicators).sort()).toEqual(Object.keys(site.indicators).sort());
    expect(Object.keys(whole.bureaus).sort()).toEqual(Object.keys(site.bureaus).sort());
    expect(whole.bureaus.chongqing.region_code).toBe('500000');
  });

  it('spot-checks values by hand', () => {
    const rows = readCsv('annals.csv').rows;
    const row = (key: string) => rows.find((candidate) => keyOf(candidate) === key)!;
    expect(row('donghu/2022/dibao-funds-paid')).toMatchObject({ value_as_written: '2850.46万', value: '28504600' });
    expect(row('donghu/2022/dibao-standard')).toMatchObject({ value_as_written: '855', value: '855', change_reported: '7.6%', change_direction: 'up' });
    expect(row('yingkou/2019/elderly-population-60-plus')).toMatchObject({ value_as_written: '52.3万', value: '523000', as_of: '2017-12' });
    expect(row('chongqing/2021/dibao-standard-ratio')).toMatchObject({ value_as_written: '1:0.81', value: '', ratio: '1:0.81', unit_zh: '', unit_en: '' });
    const unknown = rows.find((candidate) => candidate.value_as_written === '20_0万')!;
    expect(unknown).toMatchObject({ value: '', range_low: '', range_high: '' });
  });

  it('permalinks are absolute and lead to the figure row on the report page in each language', () => {
    const { site: siteUrl } = readJson('annals.json').metadata as { site: string };
    for (const row of readCsv('annals.csv').rows) {
      for (const lang of LOCALES) {
        const url = new URL(row[`permalink_${lang}`]!);
        expect(url.origin).toBe(new URL(siteUrl).origin);
        expect(url.hash).toBe(`#${row.figure_id}`);
        const page = join(dist, decodeURIComponent(url.pathname), 'index.html');
        expect(existsSync(page), page).toBe(true);
        expect(readFileSync(page, 'utf8')).toContain(`<tr id="${row.figure_id}"`);
      }
    }
  });

  describe('byte-identical builds', () => {
    afterEach(() => vi.useRealTimers());

    it('the built files are what the pure functions make, whatever the clock says', () => {
      const { site: siteUrl } = readJson('annals.json').metadata as { site: string };
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2040-02-29T00:00:00Z'));
      const generated = generatedDate(site, process.env);
      expect(readFileSync(join(dist, 'data/annals.csv'), 'utf8')).toBe(rowsToCsv(allRows(site, { siteUrl })));
      expect(readFileSync(join(dist, 'data/annals.json'), 'utf8')).toBe(toJson(downloadJson(site, { kind: 'all' }, { siteUrl, generated })));
    });
  });
});

describe('the downloads manifest', () => {
  const index = manifestIndexSchema.parse(readJson('manifest.json'));
  const home = index.site;
  /** What a file entry must say, from the file itself: its size and SHA-256, and the rows its CSV holds. */
  function checkEntry(entry: FileEntry): void {
    const bytes = readFileSync(join(dist, entry.path));
    expect(entry.url, entry.path).toBe(`${home}${entry.path.slice(1)}`);
    expect(entry.bytes, entry.path).toBe(bytes.length);
    expect(entry.sha256, entry.path).toBe(createHash('sha256').update(bytes).digest('hex'));
    const stem = entry.path.replace(/^\/data\//, '').replace(/\.(csv|json|xlsx)$/, '');
    expect(entry.rows, entry.path).toBe(readCsv(`${stem}.csv`).rows.length);
  }

  it('the index offers the whole site (277 figures, under the 20,000 limit) and lists every bureau with its years, by hand', () => {
    expect(index.whole_site).toEqual({ offered: true, row_limit: 20000, rows: 277 });
    expect(index.bureaus.map(({ id, years, reports, manifest }) => ({ id, years, reports, manifest }))).toEqual([
      { id: 'chongqing', years: [2017, 2021], reports: 2, manifest: `${home}data/manifest/chongqing.json` },
      { id: 'donghu', years: [2022], reports: 1, manifest: `${home}data/manifest/donghu.json` },
      { id: 'mca', years: [2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2015, 2016, 2018, 2020, 2021, 2022, 2023, 2024, 2025], reports: 18, manifest: `${home}data/manifest/mca.json` },
      // The undated report is filed under 2022 but states no year.
      { id: 'unnamed-city', years: [], reports: 1, manifest: `${home}data/manifest/unnamed-city.json` },
      { id: 'yingkou', years: [2019], reports: 1, manifest: `${home}data/manifest/yingkou.json` },
    ]);
    expect(index.bureaus[1]!.name).toEqual({ zh: '南昌市东湖区民政局', en: 'Civil Affairs Bureau of Donghu District, Nanchang' });
    expect(index.bureaus.reduce((sum, bureau) => sum + bureau.rows, 0)).toBe(277);
  });

  it('the index lists the whole-site files, then every indicator’s, each measured from the built file', () => {
    const paths = index.files.map((entry) => entry.path);
    expect(paths.slice(0, 3)).toEqual(['/data/annals.csv', '/data/annals.json', '/data/annals.xlsx']);
    expect(paths.slice(3)).toEqual(Object.keys(site.indicators).sort().flatMap((id) => ['csv', 'json', 'xlsx'].map((format) => `/data/indicators/${id}.${format}`)));
    expect(index.files[0]).toMatchObject({ format: 'csv', media_type: 'text/csv', scope: 'all', id: 'annals', bureau: null, rows: 277 });
    expect(index.files[2]).toMatchObject({ format: 'xlsx', media_type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    for (const entry of index.files) checkEntry(entry);
  });

  it('each bureau’s manifest lists its report files, measured, by hand for Donghu', () => {
    const donghu = bureauManifestSchema.parse(readJson('manifest/donghu.json'));
    expect(donghu.bureau).toEqual({ id: 'donghu', name: { zh: '南昌市东湖区民政局', en: 'Civil Affairs Bureau of Donghu District, Nanchang' } });
    expect(donghu.files.map(({ path, format, scope, id, bureau, years }) => ({ path, format, scope, id, bureau, years }))).toEqual(
      ['csv', 'json', 'xlsx'].map((format) => ({ path: `/data/reports/donghu-2022.${format}`, format, scope: 'report', id: 'donghu-2022', bureau: 'donghu', years: [2022] })),
    );
    for (const bureau of index.bureaus) {
      const manifest = bureauManifestSchema.parse(readJson(`manifest/${bureau.id}.json`));
      expect(manifest.files.length, bureau.id).toBe(bureau.reports * 3);
      expect(manifest.files.filter((entry) => entry.format === 'csv').reduce((sum, entry) => sum + entry.rows, 0), bureau.id).toBe(bureau.rows);
      for (const entry of manifest.files) checkEntry(entry);
    }
    expect(bureauManifestSchema.parse(readJson('manifest/unnamed-city.json')).files[0]).toMatchObject({ id: 'unnamed-city-2022', years: [] });
  });

  it('the about page links the manifest and the whole-site files', () => {
    for (const prefix of ['', 'en/']) {
      const html = readFileSync(join(dist, prefix, 'about/index.html'), 'utf8');
      for (const href of ['/data/manifest.json', '/data/annals.xlsx', '/data/annals.csv', '/data/annals.json']) expect(html, `${prefix}about ${href}`).toContain(`href="${href}"`);
    }
  });
});

describe('report pages link their downloads and cite each figure', () => {
  it('cites figures exactly, written by hand (a dated report and the undated one)', () => {
    const citation = (lang: 'zh' | 'en', path: string, id: string): string => {
      const html = readFileSync(join(dist, lang === 'en' ? 'en' : '', path, 'index.html'), 'utf8');
      const row = new RegExp(`<tr id="${id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
      return pageText(/<p class="citation-text"[\s\S]*?<\/p>/.exec(row)?.[0] ?? '').trim().replace(/https?:\/\/[^/]+/, 'SITE');
    };
    expect(citation('zh', 'reports/donghu/2022', 'eldercare-beds')).toBe('南昌市东湖区民政局. 东湖区民政局2022年工作总结: 养老床位[EB/OL]. (2023-03-17)[引用日期]. SITE/reports/donghu/2022/#eldercare-beds.');
    expect(citation('en', 'reports/donghu/2022', 'eldercare-beds')).toBe('Civil Affairs Bureau of Donghu District, Nanchang. (2023, March 17). Donghu District Civil Affairs Bureau, 2022 work summary: Eldercare beds. Civil Affairs Annals. Retrieved [date], from SITE/en/reports/donghu/2022/#eldercare-beds');
    expect(citation('zh', 'reports/unnamed-city/2022', 'high-end-eldercare-project-investment')).toBe('某市民政局（原文隐去市名）. 某市民政局养老服务体系建设情况汇报: 高端养老项目投资额[EB/OL]. [引用日期]. SITE/reports/unnamed-city/2022/#high-end-eldercare-project-investment.');
    expect(citation('en', 'reports/unnamed-city/2022', 'high-end-eldercare-project-investment')).toBe('A city civil affairs bureau (name withheld in the source). (n.d.). A city civil affairs bureau\'s report on its eldercare service system: Investment in the high-end eldercare projects. Civil Affairs Annals. Retrieved [date], from SITE/en/reports/unnamed-city/2022/#high-end-eldercare-project-investment');
  });

  for (const report of site.reports) {
    for (const lang of LOCALES) {
      it(`${report.bureauId}/${report.year} (${lang})`, () => {
        const path = join(dist, lang === 'en' ? 'en' : '', 'reports', report.bureauId, String(report.year), 'index.html');
        const html = readFileSync(path, 'utf8');
        for (const format of ['csv', 'json', 'xlsx']) {
          const href = `/data/reports/${report.bureauId}-${report.year}.${format}`;
          expect(html).toContain(`href="${href}"`);
          expect(existsSync(join(dist, href))).toBe(true);
        }
        for (const figure of report.figures) {
          const row = new RegExp(`<tr id="${figure.id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
          const url = new URL(`${lang === 'en' ? '/en' : ''}/reports/${report.bureauId}/${report.year}/#${figure.id}`, 'https://x.invalid');
          const text = pageText(/<p class="citation-text"[\s\S]*?<\/p>/.exec(row)?.[0] ?? '').trim();
          // GB/T 7714 ends with the URL and a full stop, APA with the bare URL after the retrieval date.
          const ending = lang === 'zh' ? `[${ACCESSED_PLACEHOLDER.zh}]. SITE${url.pathname}${url.hash}.` : `Retrieved ${ACCESSED_PLACEHOLDER.en}, from SITE${url.pathname}${url.hash}`;
          // Our page's URL is the last one (a figure with its own source cites that first: 转引自 / as cited in).
          expect(text.replace(/https?:\/\/[^/\s]+(\/(?:en\/)?reports\/\S*)$/u, 'SITE$1').endsWith(ending), `${figure.id}: ${text}`).toBe(true);
          // Progressive enhancement: the copy button is hidden until the script reveals it.
          expect(row).toMatch(/<button[^>]*data-citation-copy[^>]*hidden/);
        }
      });
    }
  }
});
