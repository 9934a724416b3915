/**
 * What every browser test checks on a page: console errors, page errors, failed requests
 * and 4xx/5xx responses (collected while it loads), and axe's WCAG violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

// Injected by evaluation rather than a <script> tag, which the site's strict CSP (rightly) blocks.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of each type of the sample site, as paths without the locale prefix (or base). */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  report: '/reports/donghu/2022/',
  bureaus: '/bureaus/',
  bureau: '/bureaus/chongqing/',
  indicators: '/indicators/',
  indicator: '/indicators/eldercare-beds/',
  topics: '/topics/',
  topic: '/topics/eldercare/',
  about: '/about/',
  search: '/search/',
};

export const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Opens a URL in a new page (of `context`, or a fresh context), collecting every problem as a line of text. */
export async function openPage(browser: Browser, url: string, options: { context?: BrowserContext; care?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = options.context ?? (await browser.newContext());
  if (options.care) await context.addInitScript(() => localStorage.setItem('annals-care', '1'));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, problems };
}

/** axe's violations for the given tags, as "rule: first targets". */
export async function axeViolations(page: Page, tags: string[]): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (runTags) => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: runTags },
    });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
  }, tags);
}
