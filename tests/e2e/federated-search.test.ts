/**
 * Federated search: a portal site (tests/fixtures/basic plus data/federation.yaml) searches
 * a separately deployed Annals site (tests/fixtures/sharded) served on another port, with
 * Pagefind's mergeIndex. Hits show which site they come from, the "site" filter narrows,
 * and the portal works only when the other host sends Access-Control-Allow-Origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { axeViolations } from '../helpers/axe.ts';
import { hasBrowser, launchBrowser } from '../helpers/browser.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe.skipIf(!hasBrowser)('federated search across two separately served sites', () => {
  let portal: FixtureCopy;
  let bureau: FixtureCopy;
  let work: string;
  let portalServer: StaticServer;
  let bureauServer: StaticServer | undefined;
  let browser: Browser;
  let bureauOrigin: string;
  let portalPort: number;
  let bureauPort: number;

  beforeAll(async () => {
    [portalPort, bureauPort] = [await freePort(), await freePort()];
    bureauOrigin = `http://127.0.0.1:${bureauPort}`;
    portal = copyFixture('basic');
    bureau = copyFixture('sharded');
    portal.write('data/federation.yaml', `sites:\n  - name: { zh: 示例市民政局网站（虚构）, en: Example City bureau site (fictional) }\n    url: ${bureauOrigin}/\n`);
    work = mkdtempSync(join(portal.root, '..', 'federated-'));
    await buildSite({ root: portal.root, outDir: join(work, 'portal'), quiet: true });
    await buildSite({ root: bureau.root, outDir: join(work, 'bureau'), quiet: true });
    portalServer = await serveStatic(join(work, 'portal'), { port: portalPort });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portalServer?.close();
    await bureauServer?.close();
    rmSync(work, { recursive: true, force: true });
    portal.dispose();
    bureau.dispose();
  });

  const serveBureau = async (headers: Record<string, string>): Promise<void> => {
    await bureauServer?.close();
    bureauServer = await serveStatic(join(work, 'bureau'), { port: bureauPort, headers });
  };

  /** The results the search page shows for a query, once `settled` holds. */
  const results = (page: Page) =>
    page.$$eval('#search-results li', (items) => items.map((item) => ({ href: item.querySelector('a')?.getAttribute('href') ?? '', site: item.querySelector('.result-site')?.textContent ?? '' })));

  it('lists the other site, finds its pages and figures labelled with its name, and the own site’s as “This site”', async () => {
    // What a bureau's host must send for a portal at another origin to read its bundle.
    await serveBureau({ 'Access-Control-Allow-Origin': `http://127.0.0.1:${portalPort}` });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(portalServer.url('/en/search/'));
    expect(await page.$$eval('.federated-sites a', (links) => links.map((link) => [link.textContent, link.getAttribute('href')]))).toEqual([['Example City bureau site (fictional)', `${bureauOrigin}/`]]);

    await page.fill('#search-input', 'Lakeshore');
    await page.waitForSelector(`#search-results a[href="${bureauOrigin}/en/reports/example-city/2022/"]`);
    expect(await results(page)).toContainEqual({ href: `${bureauOrigin}/en/reports/example-city/2022/`, site: 'Example City bureau site (fictional)' });

    await page.fill('#search-input', 'eldercare beds');
    await page.waitForSelector(`#search-results a[href="/en/reports/example-district/2022/#eldercare-beds"]`);
    await page.waitForSelector(`#search-results a[href="${bureauOrigin}/en/reports/example-town/2022/#eldercare-beds"]`);
    const both = await results(page);
    expect(both).toContainEqual({ href: '/en/reports/example-district/2022/#eldercare-beds', site: 'This site' });
    expect(both).toContainEqual({ href: `${bureauOrigin}/en/reports/example-city/2022/#eldercare-beds`, site: 'Example City bureau site (fictional)' });
    expect(await page.textContent(`#search-results li:has(a[href="${bureauOrigin}/en/reports/example-city/2022/#eldercare-beds"]) .result-value`)).toBe('314,000 beds');

    const sites = await page.$$eval('select[data-filter="site"] option', (options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(sites.sort()).toEqual(['Example City bureau site (fictional)', 'This site']);
    await page.selectOption('select[data-filter="site"]', 'Example City bureau site (fictional)');
    // Settled: hits are listed again (the list is emptied while a search runs), none of this site.
    await page.waitForFunction(() => {
      const sites = [...document.querySelectorAll('#search-results .result-site')];
      return sites.length > 0 && sites.every((site) => site.textContent !== 'This site');
    });
    const narrowed = await results(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((hit) => hit.href.startsWith(`${bureauOrigin}/`) && hit.site === 'Example City bureau site (fictional)')).toBe(true);
    // The bureau filter still works on the other site's hits.
    expect(await page.$$eval('select[data-filter="bureau"] option', (options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual(expect.arrayContaining(['Example City', 'Example Town', 'Example District']));

    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('without the CORS header the other site is left out and the own site still answers', async () => {
    await serveBureau({});
    const page = await browser.newPage();
    await page.goto(portalServer.url('/en/search/'));
    await page.fill('#search-input', 'eldercare beds');
    await page.waitForSelector('#search-results a[href="/en/reports/example-district/2022/#eldercare-beds"]');
    const hits = await results(page);
    expect(hits.filter((hit) => hit.href.startsWith(bureauOrigin))).toEqual([]);
    await page.fill('#search-input', 'Lakeshore');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent === 'No results. Try another word or fewer filters.');
    await page.close();
  });
});
