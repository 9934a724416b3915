/**
 * What the live preview adds is for editors at work only: the built sample site, whose
 * data has warnings, carries no warnings panel, no problem page and no reload script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadSite } from '../../src/lib/load-site.ts';

const dist = inject('sampleDist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));

describe('the built site carries nothing of the dev preview', () => {
  it('the sample data has warnings, on Donghu 2022, which the dev server would show', () => {
    const { warnings } = loadSite(process.cwd());
    expect(warnings.filter((warning) => warning.file === 'data/figures/donghu/2022.yaml').length).toBeGreaterThan(0);
  });

  it('no page has a warnings panel, problem-page markup or reload script', () => {
    expect(pages.length).toBeGreaterThan(50);
    const marked = pages.filter((page) => /data-annals-preview-warnings|annals-warnings|annals-problems|@vite\/client|__annals/.test(readFileSync(join(dist, page), 'utf8')));
    expect(marked).toEqual([]);
    // The page the warnings concern is there, with its figure, but no panel.
    const donghu = readFileSync(join(dist, 'reports/donghu/2022/index.html'), 'utf8');
    expect(donghu).toContain('id="dibao-standard"');
    expect(donghu).not.toContain('<details class="annals-warnings"');
  });
});
