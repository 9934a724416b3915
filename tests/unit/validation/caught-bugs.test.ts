/**
 * Bad input and edge cases behind bugs that once slipped through the suite (issue 14): each
 * asserts the exact code, position and field, or the exact text, written by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/load-site.ts';
import { formatFigureValue } from '../../../src/lib/format.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const DATA_2022 = 'data/figures/example-district/2022.yaml';
const DATA_2023 = 'data/figures/example-district/2023.yaml';
const CATALOG = 'data/indicators/catalog.yaml';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

function load(change: (site: FixtureCopy) => void) {
  fixture = copyFixture('basic');
  change(fixture);
  return loadSite(fixture.root);
}
const where = (issues: ReturnType<typeof loadSite>['issues']) => issues.map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.field}`);

describe('a bad id points at the key, not at its value', () => {
  it('a figure id that is not kebab-case', () => {
    const { site, issues } = load((copy) => copy.replace(DATA_2022, '  social-orgs: { value: 1576,', '  Social_Orgs: { indicator: social-orgs, value: 1576,'));
    expect(site).toBeUndefined();
    expect(where(issues)).toEqual([`bad-id ${DATA_2022}:22:3 figures.Social_Orgs`]);
  });

  it('an indicator id that is not kebab-case', () => {
    const { site, issues } = load((copy) =>
      copy.write(CATALOG, `${readCatalog(copy)}Old_Beds:\n  name: { zh: 旧床位, en: Old beds }\n  topic: eldercare\n  kind: count\n  unit: { zh: 张, en: beds }\n`),
    );
    expect(site).toBeUndefined();
    expect(where(issues)).toEqual([`bad-id ${CATALOG}:41:1 Old_Beds`]);
  });
});

function readCatalog(copy: FixtureCopy): string {
  return readFileSync(join(copy.root, CATALOG), 'utf8');
}

describe("the year-on-year check compares only with last year's plain actual figure", () => {
  // 2022: dibao-standard 855; 2023: 900, "增长5.3%" (+5.26%). "9.3%" disagrees with 855 → 900.
  it('checks against a plain actual figure (the control case)', () => {
    const { issues } = load((copy) => copy.replace(DATA_2023, 'reported: "5.3%"', 'reported: "9.3%"'));
    expect(where(issues)).toEqual([`change-mismatch ${DATA_2023}:7:53 figures.dibao-standard.change.reported`]);
  });

  it('does not check against a qualified figure ("more than 855")', () => {
    const { site, issues } = load((copy) => {
      copy.replace(DATA_2022, '{ value: 855, change', '{ value: 855, qualifier: over, change');
      copy.replace(DATA_2023, 'reported: "5.3%"', 'reported: "9.3%"');
    });
    expect(issues).toEqual([]);
    expect(site).toBeDefined();
  });

  it('does not check against a target', () => {
    const { site, issues } = load((copy) => {
      copy.replace(DATA_2022, '{ value: 855, change', '{ value: 855, status: target, change');
      copy.replace(DATA_2023, 'reported: "5.3%"', 'reported: "9.3%"');
    });
    expect(issues).toEqual([]);
    expect(site).toBeDefined();
  });
});

describe('an illegible value is never qualified', () => {
  const yuan = { kind: 'amount' as const, unit: { zh: '元', en: 'CNY' } };
  const rate = { kind: 'rate' as const, unit: { zh: '%', en: '%' } };
  it.each(['over', 'under', 'about', 'nearly', 'up-to', 'at-least'] as const)('%s', (qualifier) => {
    const figure = { value: { type: 'unknown' as const, asWritten: '20_0多万' }, qualifier };
    expect(formatFigureValue(figure, yuan, 'zh')).toBe('20_0多万（原文数字缺损）');
    expect(formatFigureValue(figure, yuan, 'en')).toBe('illegible in the source (written “20_0多万”)');
    expect(formatFigureValue(figure, rate, 'zh')).toBe('20_0多万（原文数字缺损）');
  });

  it('through the loader and onto the figure: a qualifier beside unknown is kept as data, not shown', () => {
    const { site, issues } = load((copy) => copy.replace(DATA_2022, '  dibao-paid: { value: 2850.46万 }', '  dibao-paid: { unknown: { as_written: "28_0.46万" }, qualifier: over }'));
    expect(issues).toEqual([]);
    const figure = site!.reports[0]!.figures.find((candidate) => candidate.id === 'dibao-paid')!;
    expect(formatFigureValue(figure, site!.indicators['dibao-paid']!, 'zh')).toBe('28_0.46万（原文数字缺损）');
    expect(formatFigureValue(figure, site!.indicators['dibao-paid']!, 'en')).toBe('illegible in the source (written “28_0.46万”)');
  });
});
