/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download browsers here).
 * Without a browser the browser tests are skipped with a loud message, except in CI,
 * where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
