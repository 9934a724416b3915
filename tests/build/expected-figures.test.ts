/**
 * The sample site as built, against the hand-written table in tests/expectations/figures.ts:
 * each figure's exact text on its report page and its indicator page (both languages), its
 * row in the whole-set CSV, and its search record. Nothing here asks the formatter what to expect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadSite } from '../../src/lib/load-site.ts';
import { pageFigures } from '../../src/lib/search/figure-entry.ts';
import { FIGURES, REPORTS, splitKey } from '../expectations/figures.ts';
import { csvObjects, parseCsv, withoutTextFormulas } from '../helpers/csv.ts';
import { pageText } from '../helpers/html.ts';

const dist = inject('sampleDist');
const { site } = loadSite(process.cwd());
if (!site) throw new Error('The sample site must be valid');

const LANGS = ['zh', 'en'] as const;
const pages = new Map<string, string>();
function page(path: string): string {
  if (!pages.has(path)) pages.set(path, readFileSync(join(dist, path, 'index.html'), 'utf8'));
  return pages.get(path)!;
}
/** The text of the table row with this id, or "" when the page has no such row. */
function rowText(html: string, id: string): string {
  return pageText(new RegExp(`<tr id="${id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '');
}
/** Locates (does not format) a figure in the loaded site, for its indicator id. */
function located(key: string) {
  const { bureauId, year, figureId } = splitKey(key);
  const report = site!.reports.find((candidate) => candidate.bureauId === bureauId && String(candidate.year) === year);
  const figure = report?.figures.find((candidate) => candidate.id === figureId);
  if (!report || !figure) throw new Error(`${key} is not a figure of the sample site`);
  return { report, figure };
}

describe('the sample site shows the hand-written figures exactly', () => {
  it('the table covers about a hundred figures, from every report of the sample site', () => {
    expect(FIGURES.length).toBeGreaterThanOrEqual(95);
    expect(new Set(FIGURES.map((figure) => splitKey(figure.key).report))).toEqual(new Set(Object.keys(REPORTS)));
  });

  for (const lang of LANGS) {
    it(`on report pages, in the figure's own row (${lang})`, () => {
      const wrong: string[] = [];
      for (const expected of FIGURES) {
        const { bureauId, year, figureId } = splitKey(expected.key);
        const row = rowText(page(`${lang === 'en' ? 'en/' : ''}reports/${bureauId}/${year}`), figureId);
        if (!row.includes(expected[lang])) wrong.push(`${expected.key}: wanted ${expected[lang]} in «${row}»`);
      }
      expect(wrong).toEqual([]);
    });

    it(`on indicator pages, in the figure's own row (${lang})`, () => {
      const wrong: string[] = [];
      for (const expected of FIGURES) {
        const { bureauId, year, figureId } = splitKey(expected.key);
        const { figure } = located(expected.key);
        const row = rowText(page(`${lang === 'en' ? 'en/' : ''}indicators/${figure.indicatorId}`), `${bureauId}-${year}-${figureId}`);
        if (!row.includes(expected[lang])) wrong.push(`${expected.key}: wanted ${expected[lang]} in «${row}»`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('an English page never shows a Chinese scale word or qualifier in a figure', () => {
    for (const expected of FIGURES.filter((figure) => figure.value !== '')) {
      expect(expected.en, expected.key).not.toMatch(/[万亿余约近]/);
    }
  });

  it('in the whole-set CSV, column by column', () => {
    // Cells a spreadsheet would convert are written ="…" (docs/data-downloads.md; shown as
    // written in LibreOffice by tests/build/spreadsheet.test.ts); compare what they hold.
    const rows = csvObjects(withoutTextFormulas(parseCsv(readFileSync(join(dist, 'data/annals.csv'), 'utf8')).records));
    for (const expected of FIGURES) {
      const { bureauId, figureId, report } = splitKey(expected.key);
      const year = REPORTS[report]!.csvYear;
      const matching = rows.filter((row) => row.bureau_id === bureauId && row.year === year && row.figure_id === figureId);
      expect(matching, expected.key).toHaveLength(1);
      expect(matching[0], expected.key).toMatchObject({
        value_as_written: expected.asWritten,
        value: expected.value,
        range_low: expected.rangeLow ?? '',
        range_high: expected.rangeHigh ?? '',
        ratio: expected.ratio ?? '',
        qualifier: expected.qualifier ?? '',
        status: expected.status,
        as_of: expected.asOf,
        change_reported: expected.change?.reported ?? '',
        change_direction: expected.change?.direction ?? '',
        change_from: expected.change?.from ?? '',
        change_points: expected.change?.points ?? '',
        change_amount: expected.change?.amount ?? '',
        per: expected.per ?? '',
        measure_word: expected.measureWord ?? '',
        alternative_values: expected.alternatives ?? '',
      });
    }
  });

  for (const lang of LANGS) {
    it(`in the search hits (${lang}): the value shown and the year`, () => {
      for (const expected of FIGURES) {
        const { report, figure } = located(expected.key);
        const entries = pageFigures(site, report, lang);
        expect(entries.figures[figure.id]?.[1], expected.key).toBe(expected[lang]);
        expect(entries.year, expected.key).toBe(REPORTS[splitKey(expected.key).report]!.searchYear[lang]);
        // The year is among the words every row of the page shares (written once per page).
        expect(entries.context, expected.key).toContain(REPORTS[splitKey(expected.key).report]!.searchYear[lang]);
      }
    });
  }
});
