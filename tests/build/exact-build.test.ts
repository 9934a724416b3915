/**
 * Exact or refused, through a real build of the basic fixture: a value at the limit of the
 * precision reaches the pages and downloads digit for digit, and one beyond it (80 nines
 * followed by 亿, once published as 1 followed by 88 zeros) stops the build with nothing written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { InvalidSiteError } from '../../src/lib/issues.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { pageText } from '../helpers/html.ts';

const DATA_2022 = 'data/figures/example-district/2022.yaml';
const SIXTY_FOUR_NINES = '9'.repeat(64);

describe('a value of 64 significant digits', () => {
  let fixture: FixtureCopy;
  let dist: string;
  beforeAll(async () => {
    fixture = copyFixture('basic');
    fixture.replace(DATA_2022, '{ value: 2850.46万 }', `{ value: ${SIXTY_FOUR_NINES}亿 }`);
    dist = (await buildSite({ root: fixture.root, quiet: true })).outDir;
  }, 240_000);
  afterAll(() => fixture.dispose());

  it('is shown exactly on both report pages', () => {
    const zh = pageText(readFileSync(join(dist, 'reports/example-district/2022/index.html'), 'utf8'));
    const en = pageText(readFileSync(join(dist, 'en/reports/example-district/2022/index.html'), 'utf8'));
    expect(zh).toContain(`全年发放低保金${SIXTY_FOUR_NINES}亿元`);
    expect(en).toContain(`CNY ${'999,'.repeat(21)}900,000,000`);
    expect(en).not.toMatch(/\de\+?\d/i);
  });

  it('is written exactly in the CSV and JSON downloads', () => {
    const csv = readFileSync(join(dist, 'data/reports/example-district-2022.csv'), 'utf8');
    const json = JSON.parse(readFileSync(join(dist, 'data/reports/example-district-2022.json'), 'utf8')) as { figures: Array<{ figure_id: string; value: string }> };
    // Both are text to a spreadsheet (over 15 significant digits), so both are written ="…".
    expect(csv).toContain(`,"=""${SIXTY_FOUR_NINES}亿""","=""${SIXTY_FOUR_NINES}00000000""",`);
    expect(json.figures.find((row) => row.figure_id === 'dibao-paid')?.value).toBe(`${SIXTY_FOUR_NINES}00000000`);
  });
});

describe('80 nines followed by 亿', () => {
  it('stops the build at its place; no page or download is written', async () => {
    const fixture = copyFixture('basic');
    try {
      fixture.replace(DATA_2022, '{ value: 2850.46万 }', `{ value: ${'9'.repeat(80)}亿 }`);
      const failure = await buildSite({ root: fixture.root, quiet: true }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(InvalidSiteError);
      expect((failure as InvalidSiteError).issues.map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column}`)).toEqual([
        `too-precise ${DATA_2022}:17:24`,
      ]);
      expect(existsSync(join(fixture.root, 'dist'))).toBe(false);
    } finally {
      fixture.dispose();
    }
  });
});
