/**
 * Layout shift as a reader on a phone meets it: the page loaded over a throttled link (so
 * Chromium paints before the HTML has all arrived and scripts have run, as on a real
 * phone), then optionally a search typed, then scrolled to the bottom and back.
 * Shifts are collected by a PerformanceObserver (layout-shift entries, buffered).
 */
import type { Browser, Page } from 'playwright-core';

export interface ShiftReport {
  /** Sum of every layout-shift entry's value, including those right after input: an upper bound of CLS. */
  total: number;
  /** The elements that moved, for the failure message: "selector: value". */
  sources: string[];
}

/** Slow enough that a 180 KB report page paints before it has finished arriving. */
const NETWORK = { offline: false, latency: 40, downloadThroughput: 500_000, uploadThroughput: 250_000 };

const OBSERVE = `(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const nodes = (entry.sources || []).map((source) => {
        const node = source.node;
        if (!node || node.nodeType !== 1) return node ? node.nodeName : '?';
        return node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + (node.className && typeof node.className === 'string' ? '.' + node.className.trim().split(/\\s+/).join('.') : '');
      });
      window.__shifts.push({ value: entry.value, nodes });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})()`;

/**
 * Opens `url` in a fresh context of the given viewport width, types `search` into the
 * search page's box if given (waiting for the results), scrolls through the page, and
 * returns the layout shift seen throughout.
 */
export async function measureLayoutShift(browser: Browser, url: string, options: { width: number; height: number; search?: string }): Promise<ShiftReport> {
  const context = await browser.newContext({ viewport: { width: options.width, height: options.height } });
  try {
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    if (options.search !== undefined) {
      await page.locator('#search-input').pressSequentially(options.search, { delay: 50 });
      await page.locator('#search-results li').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    await scrollThrough(page);
    return await page.evaluate(() => {
      const shifts = (window as unknown as { __shifts: Array<{ value: number; nodes: string[] }> }).__shifts;
      return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), sources: shifts.map((shift) => `${shift.nodes.join(', ')}: ${shift.value.toFixed(4)}`) };
    });
  } finally {
    await context.close();
  }
}

/** Scrolls down a screen at a time to the bottom (charts load as they near the viewport), then back to the top. */
async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(60);
    if (atBottom) break;
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
}
