/**
 * The sample site, built once by the global setup: every figure of every report appears
 * on its report page in both languages exactly as the YAML gives it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatFigureValue } from '../../src/lib/format.ts';
import { loadSite } from '../../src/lib/load-site.ts';
import { indicatorRowId } from '../../src/lib/routes.ts';
import { LOCALES } from '../../src/schemas/common.ts';
import { pageText } from '../helpers/html.ts';

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

  for (const report of site.reports) {
    for (const lang of LOCALES) {
      it(`${report.bureauId}/${report.year} (${lang}) shows every figure exactly`, () => {
        const path = join(dist, lang === 'en' ? 'en' : '', 'reports', report.bureauId, String(report.year), 'index.html');
        const html = readFileSync(path, 'utf8');
        const text = pageText(html);
        const missing = report.figures.filter((figure) => {
          const expected = formatFigureValue(figure, site.indicators[figure.indicatorId]!, lang);
          const row = new RegExp(`<tr id="${figure.id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
          return !text.includes(expected) || !pageText(row).includes(expected);
        });
        expect(missing.map((figure) => figure.id)).toEqual([]);
      });
    }
  }

  for (const lang of LOCALES) {
    it(`every figure is on its indicator page, in its own row (${lang})`, () => {
      const missing: string[] = [];
      for (const report of site.reports) {
        for (const figure of report.figures) {
          const path = join(dist, lang === 'en' ? 'en' : '', 'indicators', figure.indicatorId, 'index.html');
          const html = readFileSync(path, 'utf8');
          const rowId = indicatorRowId(report.bureauId, report.year, figure.id);
          const row = new RegExp(`<tr id="${rowId}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
          if (!pageText(row).includes(formatFigureValue(figure, site.indicators[figure.indicatorId]!, lang))) missing.push(rowId);
        }
      }
      expect(missing).toEqual([]);
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
