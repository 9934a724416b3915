/**
 * axe-core in a page, evaluated rather than loaded by a <script> tag (which a strict
 * Content-Security-Policy rightly blocks). Returns "rule: targets" per violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function axeViolations(page: Page, tags: readonly string[] = WCAG22_AA): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (runTags) => {
    type Axe = { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
    const result = await (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: 'tag', values: runTags } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
  }, [...tags]);
}
