/**
 * Pages read their data while they render; no bundle carries it (issue 13: "pages load
 * their own report's data, not the whole site as one module").
 * - A real Astro build of the basic fixture: no chunk Vite writes, for the server or the
 *   browser, holds a figure or disclosure field of either report, yet each report page
 *   shows its own figures.
 * - The prepared data (src/lib/site-data.ts): a report's file holds that report only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annalsConfig } from '../../src/integrations/config.ts';
import { loadSite, type LoadResult } from '../../src/lib/load-site.ts';
import { readReport, writeSiteData } from '../../src/lib/site-data.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';

let fixture: FixtureCopy;
let validated: LoadResult;
const chunks: { name: string; code: string }[] = [];

/** Fields of the fixture's two reports found nowhere in the code (a source title, a disclosure index number). */
const REPORT_2022 = ['示例区民政局2022年工作总结（虚构）', 'EX-2023-0001'];
const REPORT_2023 = ['示例区民政局2023年工作总结（虚构）'];

/** Records every chunk of every Vite build Astro runs (server, prerender, client). */
const recordChunks: AstroIntegration = {
  name: 'test-record-chunks',
  hooks: {
    'astro:config:setup': ({ updateConfig }) => {
      const plugin: Plugin = {
        name: 'test-record-chunks',
        generateBundle(_options, bundle) {
          for (const file of Object.values(bundle)) if (file.type === 'chunk') chunks.push({ name: file.fileName, code: file.code });
        },
      };
      updateConfig({ vite: { plugins: [plugin] } });
    },
  },
};

beforeAll(async () => {
  fixture = copyFixture('basic');
  validated = loadSite(fixture.root);
  expect(validated.issues).toEqual([]);
  const { build } = await import('astro');
  const config = annalsConfig({ root: fixture.root, outDir: join(fixture.root, 'dist'), validated });
  config.integrations = [...(config.integrations ?? []), recordChunks];
  await build({ ...config, configFile: false, logLevel: 'error' });
}, 180_000);
afterAll(() => fixture.dispose());

describe('a build', () => {
  it('bundles no report data: pages read it while they render', () => {
    // The report page's own chunk is among those written.
    expect(chunks.some((chunk) => chunk.code.includes('reportOf'))).toBe(true);
    for (const value of [...REPORT_2022, ...REPORT_2023]) {
      expect(chunks.filter((chunk) => chunk.code.includes(value)).map((chunk) => chunk.name)).toEqual([]);
    }
  });

  it('shows each report its own figures', () => {
    const page = readFileSync(join(fixture.root, 'dist', 'reports', 'example-district', '2022', 'index.html'), 'utf8');
    for (const value of [...REPORT_2022, '2850.46万', '20.7万', '1:0.81']) expect(page).toContain(value);
    const next = readFileSync(join(fixture.root, 'dist', 'reports', 'example-district', '2023', 'index.html'), 'utf8');
    for (const value of [...REPORT_2023, '21万']) expect(next).toContain(value);
    for (const value of REPORT_2022) expect(next).not.toContain(value);
  });
});

describe('the prepared data', () => {
  it("holds each report in a file of its own, with that report's figures only", () => {
    const dir = mkdtempSync(join(tmpdir(), 'annals-data-test-'));
    try {
      writeSiteData(dir, { site: validated.site!, warnings: [] });
      const report = readReport(dir, 'example-district', 2022);
      expect([report.bureauId, report.year]).toEqual(['example-district', 2022]);
      expect(report.figures.map((figure) => figure.id)).toEqual([
        'eldercare-beds', 'dibao-standard', 'dibao-paid', 'orphans-supported', 'operation-rate', 'urban-rural-ratio', 'bed-subsidy', 'social-orgs',
      ]);
      const text = readFileSync(join(dir, 'reports', 'example-district', '2023.json'), 'utf8');
      for (const value of [...REPORT_2022, '2850.46万', '20.7万']) expect(text).not.toContain(value);
      for (const value of REPORT_2023) expect(text).toContain(value);
      expect(() => readReport(dir, '../example-district', 2022)).toThrow('No prepared data for report ../example-district 2022');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
