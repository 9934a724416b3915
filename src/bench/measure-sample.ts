/**
 * Page weight on the real sample site (the project root): built into a scratch folder,
 * never over dist/, then one page of each type weighed, and every page checked against
 * the JS budget. Other people may be mid-edit on pages; a failed build is retried after a
 * pause before it counts as a failure.
 */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { loadSite } from '../lib/load-site.ts';
import { PageWeigher, type PageWeight } from './page-weight.ts';
import { runStep, type StepResult } from './run-child.ts';
import { pageTypeOf, representativePages, type PageType } from './sample-pages.ts';

export interface SampleResult {
  build: StepResult;
  attempts: number;
  /** One page per type; where that page has no chart but others of its type do, the
   * heaviest of those too (`withChart`), since a chart changes the page's JS the most. */
  pages: Array<PageWeight & { type: PageType; withChart?: boolean }>;
  /** Heaviest up-front JS among all pages (both languages) without and with a chart. */
  heaviestNoChart?: PageWeight;
  heaviestChart?: PageWeight;
  pagesChecked: number;
}

const ATTEMPTS = 3;
const RETRY_PAUSE_MS = 60_000;

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(sep).join('/'))
    .sort();
}

export async function measureSample(projectRoot: string, log: (line: string) => void): Promise<SampleResult> {
  const dist = join(projectRoot, '.annals', 'bench', 'sample-dist');
  let build: StepResult | undefined;
  let attempts = 0;
  while (attempts < ATTEMPTS) {
    attempts += 1;
    log(`• sample site: building into ${dist} (attempt ${attempts} of ${ATTEMPTS})`);
    build = await runStep('build', projectRoot, dist);
    if (build.ok) break;
    log(`  build failed:\n${(build.error ?? build.output).split('\n').slice(0, 12).join('\n')}`);
    if (attempts < ATTEMPTS) {
      log(`  retrying in ${RETRY_PAUSE_MS / 1000} s (pages may be mid-edit)`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    }
  }
  if (!build?.ok) return { build: build!, attempts, pages: [], pagesChecked: 0 };

  const weigher = new PageWeigher(dist);
  const { site } = loadSite(projectRoot);
  const pages: SampleResult['pages'] = site
    ? representativePages(site).flatMap(({ type, path }) => {
        try {
          return [{ type, ...weigher.measure(path) }];
        } catch {
          log(`  (no ${path} in the build: skipped)`);
          return [];
        }
      })
    : [];
  const all = htmlFiles(dist).map((path) => weigher.measure(path));
  const total = (page: PageWeight): number => page.htmlGzipBytes + page.jsGzipBytes;
  for (const page of pages.filter((candidate) => !candidate.chart)) {
    const charted = all
      .filter((candidate) => candidate.chart && pageTypeOf(candidate.path) === page.type)
      .reduce<PageWeight | undefined>((max, candidate) => (!max || total(candidate) > total(max) ? candidate : max), undefined);
    if (charted) pages.splice(pages.indexOf(page) + 1, 0, { type: page.type, withChart: true, ...charted });
  }
  const heaviest = (chart: boolean) =>
    all.filter((page) => page.chart === chart).reduce<PageWeight | undefined>((max, page) => (!max || page.jsGzipBytes > max.jsGzipBytes ? page : max), undefined);
  const heaviestNoChart = heaviest(false);
  const heaviestChart = heaviest(true);
  return { build, attempts, pages, pagesChecked: all.length, ...(heaviestNoChart && { heaviestNoChart }), ...(heaviestChart && { heaviestChart }) };
}
