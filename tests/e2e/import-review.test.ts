/**
 * The import review page (issue 12, deliverable 6) as an editor sees it: the real
 * `npm run import` makes a draft from a fictional report into a copy of the basic
 * fixture, the real dev server serves /_import/, and real Chromium shows every extracted
 * figure highlighted in its source line, each review item linking to its line, and no
 * WCAG 2.2 AA violation (axe).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewData } from '../../src/import/review-page/data.ts';
import { axeViolations } from '../helpers/axe.ts';
import { hasBrowser, launchBrowser } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';

const REPO = join(import.meta.dirname, '..', '..');
const REPORT = join(REPO, 'tests/fixtures/import-tables/report-with-years.txt');
const DRAFT = 'sample-county-2023';

describe.skipIf(!hasBrowser)('the import review page on the dev server', () => {
  let fixture: FixtureCopy;
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  let data: ReviewData;

  beforeAll(async () => {
    fixture = copyFixture('basic');
    const imported = spawnSync(
      process.execPath,
      [join(REPO, 'src/cli/import.ts'), REPORT, '--bureau', 'sample-county', '--year', '2023', '--zh-name', '示例县民政局（虚构）', '--en-name', 'Sample County Civil Affairs Bureau (fictional)', '--level', 'county', '--root', fixture.root],
      { encoding: 'utf8' },
    );
    expect(imported.status, imported.stderr).toBe(0);
    data = JSON.parse(readFileSync(join(fixture.root, '.annals/import', `${DRAFT}.json`), 'utf8')) as ReviewData;
    server = await startDevServer(fixture.root);
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${server.origin}/_import/`, { waitUntil: 'load' });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    expect(server?.alive()).toBe(false);
    fixture?.dispose();
  });

  it('highlights every extracted figure in its source line, each titled with its figure id', async () => {
    const marked = await page.$$eval(`tr[id^="${DRAFT}-L"]`, (rows) =>
      rows.flatMap((row) => {
        const marks = [...row.querySelectorAll('mark')].map((mark) => mark.textContent ?? '');
        return marks.length > 0 ? [`${row.id.replace(/.*-L/, '')}: ${marks.join(' · ')}`] : [];
      }),
    );
    // By hand from report-with-years.txt: the prose figures, both year columns, all three year rows.
    expect(marked).toEqual([
      '2: 126张 · 85.6万元',
      '6: 1,020.4 · 1,108.9',
      '7: 71.2 · 85.6',
      '10: 12 · 1,310 · 204',
      '11: 13 · 1,402 · 226',
      '12: 15 · 1,528 · 251',
    ]);
    const titles = await page.$$eval(`tr[id^="${DRAFT}-L"] mark`, (marks) => marks.map((mark) => mark.getAttribute('title')));
    expect(titles).toHaveLength(data.figures.length);
    expect(titles).toContain('eldercare-beds (2021 report)');
    expect(titles).toContain('eldercare-beds');
    // Highlighted as a person sees it: the mark's own background, not the row's.
    const background = await page.locator(`#${DRAFT}-L10 mark`).first().evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(background).toBe('rgb(255, 224, 138)');
  });

  it('links each review item to its line, and following a link shows that line', async () => {
    const links = await page.$$eval(`section[aria-labelledby="${DRAFT}"] li a`, (anchors) =>
      anchors.map((anchor) => ({ text: anchor.textContent ?? '', href: anchor.getAttribute('href') ?? '', target: document.getElementById((anchor.getAttribute('href') ?? '').slice(1))?.querySelector('th')?.textContent ?? null })),
    );
    expect(links).toHaveLength(data.review.length);
    for (const link of links) expect(link.text).toBe(`line ${link.target}`);
    const item = page.locator(`section[aria-labelledby="${DRAFT}"] li`, { hasText: 'belongs to the 2021 report' }).first();
    await item.locator('a').click();
    expect(new URL(page.url()).hash).toBe(`#${DRAFT}-L10`);
    await expect.poll(() => page.locator('tr:target').getAttribute('id')).toBe(`${DRAFT}-L10`);
    expect(await page.locator(`#${DRAFT}-L10`).isVisible()).toBe(true);
    expect(await page.locator(`#${DRAFT}-L10`).evaluate((row) => row.getBoundingClientRect().top >= 0 && row.getBoundingClientRect().top < window.innerHeight)).toBe(true);
  });

  it('passes axe WCAG 2.2 AA', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});
