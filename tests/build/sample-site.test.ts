/**
 * The sample site, built once by the global setup: every figure of every report appears
 * on its report page in both languages exactly as the YAML gives it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { loadSite } from '../../src/lib/load-site.ts';
import { indicatorRowId } from '../../src/lib/routes.ts';
import { LOCALES } from '../../src/schemas/common.ts';
import { MCA_ALTERNATIVES, MCA_FIGURES, MCA_YEARS } from '../expectations/mca.ts';
import { pageText } from '../helpers/html.ts';

/** The text of the table row with this id, or "" when the page has no such row. */
const rowText = (html: string, id: string): string => pageText(new RegExp(`<tr id="${id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '');

const dist = inject('sampleDist');
const { site } = loadSite(process.cwd());
if (!site) throw new Error('The sample site must be valid');

describe('the sample site', () => {
  it('has all five seed reports', () => {
    expect(site.reports.map((report) => `${report.bureauId}/${report.year}`)).toEqual(
      expect.arrayContaining(['chongqing/2017', 'chongqing/2021', 'donghu/2022', 'yingkou/2019']),
    );
    expect(site.reports.some((report) => report.bureauId === 'unnamed-city')).toBe(true);
  });

  describe('the Ministry of Civil Affairs, national series (../shared/data/mca-national)', () => {
    const mca = site.reports.filter((report) => report.bureauId === 'mca');

    it('has one report per year with national figures, and no other', () => {
      expect(mca.map((report) => report.year)).toEqual([...MCA_YEARS]);
    });

    it('publishes every national figure of the series exactly once, each with its own source', () => {
      const published = mca.flatMap((report) => report.figures.map((figure) => [
        `${report.year}/${figure.id}`,
        figure.value.type === 'number' ? figure.value.written : '',
        figure.source?.kind ?? '',
        figure.source?.url ?? '',
      ]));
      const expected = MCA_FIGURES.map(([key, value, , kind, url]) => [key, value, kind, url]);
      expect(published.sort()).toEqual([...expected].sort());
      expect(published).toHaveLength(119);
    });

    it('shows each figure in the unit the source prints (measure word and period included)', () => {
      const wrong: string[] = [];
      for (const [key, value, csvUnit] of MCA_FIGURES) {
        const [year, id] = key.split('/');
        const html = readFileSync(join(dist, 'reports', 'mca', year!, 'index.html'), 'utf8');
        // 764.3 + 万对 → 764.3万对; 2.8 + 万个 → 2.8万个 (not 家); 4301 + 元/人·年 (not 月). The one
        // "more than" figure puts 余 between number and unit (2270万余人), so 余 is left out here.
        const wanted = `${value}${csvUnit.replace(/^[万亿]/, '')}`;
        const row = rowText(html, id!).replace(/余/g, '');
        if (!row.includes(wanted)) wrong.push(`${key}: wanted ${wanted} in «${row}»`);
      }
      expect(wrong).toEqual([]);
    });

    it('records the known disagreements between sources as alternatives, the bulletin value staying published', () => {
      const recorded = mca.flatMap((report) => report.figures.flatMap((figure) => (figure.alternatives ?? []).map((alternative) => ({
        key: `${report.year}/${figure.id}`,
        published: figure.value.type === 'number' ? figure.value.written : '',
        other: alternative.value.type === 'number' ? alternative.value.written : '',
      }))));
      expect(recorded).toEqual([...MCA_ALTERNATIVES]);
    });

    it('its bureau page lists every year and never calls the Ministry provincial', () => {
      for (const lang of LOCALES) {
        const text = pageText(readFileSync(join(dist, lang === 'en' ? 'en' : '', 'bureaus', 'mca', 'index.html'), 'utf8'));
        for (const year of MCA_YEARS) expect(text, `${lang} ${year}`).toContain(String(year));
        expect(text).not.toMatch(/省级|Province/);
      }
      expect(pageText(readFileSync(join(dist, 'bureaus', 'mca', 'index.html'), 'utf8'))).toContain('中华人民共和国民政部');
    });

    it('the marriage-registrations indicator page carries the national series beside the district figure', () => {
      const html = readFileSync(join(dist, 'indicators', 'marriage-registrations', 'index.html'), 'utf8');
      const years = ['2013', '2020', '2021', '2022', '2023', '2024'];
      for (const year of years) expect(rowText(html, indicatorRowId('mca', Number(year), 'marriage-registrations')), year).not.toBe('');
      expect(rowText(html, indicatorRowId('mca', 2021, 'marriage-registrations'))).toContain('764.3万对');
      expect(rowText(html, indicatorRowId('donghu', 2022, 'marriage-registrations'))).toContain('2328对');
    });
  });

  // Exact zh/en text is checked against the hand-written table in
  // tests/build/expected-figures.test.ts; here every figure of the YAML has its rows, and the
  // Chinese row shows the value exactly as the YAML writes it (Chinese keeps the writing).
  for (const report of site.reports) {
    it(`${report.bureauId}/${report.year}: every figure has its row in both languages, the zh row as written`, () => {
      const raw = parse(readFileSync(join(process.cwd(), report.dataFile), 'utf8'), { schema: 'failsafe' }) as {
        figures: Record<string, { value?: string; range?: [string, string]; unknown?: { as_written: string }; indicator?: string }>;
      };
      expect(Object.keys(raw.figures)).toEqual(report.figures.map((figure) => figure.id));
      const zh = readFileSync(join(dist, 'reports', report.bureauId, String(report.year), 'index.html'), 'utf8');
      const en = readFileSync(join(dist, 'en', 'reports', report.bureauId, String(report.year), 'index.html'), 'utf8');
      const wrong: string[] = [];
      for (const [id, figure] of Object.entries(raw.figures)) {
        const zhRow = rowText(zh, id);
        const written = figure.value ?? figure.unknown?.as_written ?? `${figure.range![0]}—${figure.range![1]}`;
        if (!zhRow.includes(written)) wrong.push(`${id} (zh): wanted ${written} in «${zhRow}»`);
        if (rowText(en, id) === '') wrong.push(`${id} (en): no row`);
        for (const lang of LOCALES) {
          const indicatorId = figure.indicator ?? id;
          const page = readFileSync(join(dist, lang === 'en' ? 'en' : '', 'indicators', indicatorId, 'index.html'), 'utf8');
          if (rowText(page, indicatorRowId(report.bureauId, report.year, id)) === '') wrong.push(`${id}: no row on /${lang}/indicators/${indicatorId}/`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('the undated report (seed 002) never shows an invented year or date', () => {
    const report = site.reports.find((candidate) => candidate.bureauId === 'unnamed-city')!;
    expect(report.undated).toBe(true);
    const zh = pageText(readFileSync(join(dist, 'reports', 'unnamed-city', String(report.year), 'index.html'), 'utf8'));
    const en = pageText(readFileSync(join(dist, 'en', 'reports', 'unnamed-city', String(report.year), 'index.html'), 'utf8'));
    expect(zh).toContain('年份不详');
    expect(en).toContain('undated');
    const withoutDate = report.figures.filter((figure) => figure.asOf === '');
    expect(withoutDate.length).toBeGreaterThan(0);
    const html = readFileSync(join(dist, 'reports', 'unnamed-city', String(report.year), 'index.html'), 'utf8');
    for (const figure of withoutDate) {
      const row = new RegExp(`<tr id="${figure.id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
      expect(pageText(row)).toContain('未注明');
    }
  });

  it('spot-checks figures against the seed documents, by hand', () => {
    const donghuZh = pageText(readFileSync(join(dist, 'reports/donghu/2022/index.html'), 'utf8'));
    const donghuEn = pageText(readFileSync(join(dist, 'en/reports/donghu/2022/index.html'), 'utf8'));
    expect(donghuZh).toContain('2850.46万元');
    expect(donghuEn).toContain('CNY 28,504,600');
    expect(donghuZh).toContain('2328对');
    const chongqingZh = pageText(readFileSync(join(dist, 'reports/chongqing/2021/index.html'), 'utf8'));
    expect(chongqingZh).toContain('1:0.81');
    expect(chongqingZh).toContain('3800余名');
  });
});
