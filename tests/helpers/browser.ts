/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download browsers here).
 * Without a browser the browser tests are skipped with a loud message, except in CI,
 * where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { SUBFOLDER } from './layouts.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);

if (!hasBrowser) {
  if (process.env.CI) throw new Error(`Browser tests need Chromium at ${CHROMIUM}; .ci/run installs Debian's chromium package.`);
  console.warn(`\n⚠️  BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}. Install it with: apt-get install chromium fonts-noto-cjk\n`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * For a describe block: the built sample site served on 127.0.0.1 (at the root, or only
 * under SUBFOLDER for the subfolder build) and a browser, started
 * before its tests and closed after them. Read the fields inside tests, not at collection.
 */
export function sampleSiteInBrowser(layout: 'root' | 'subfolder' = 'root'): { server: StaticServer; browser: Browser } {
  const state = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    state.server = layout === 'root' ? await serveStatic(inject('sampleDist')) : await serveStatic(inject('subfolderDist'), { base: SUBFOLDER });
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
