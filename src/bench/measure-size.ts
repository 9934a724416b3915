/**
 * One benchmark size: generate the fictional site, validate it (it must have no issues:
 * a generator bug would otherwise pass for a slow build), build it, and count the output.
 * Each step runs in its own process so sizes do not share a heap.
 */
import { join } from 'node:path';
import { distStats, type DistStats } from './dist-stats.ts';
import { generateSite, type GeneratedSite } from './generate-site.ts';
import { runStep, type StepResult } from './run-child.ts';
import { writeBareSite } from './bare-site.ts';

export interface SizeResult {
  site: Omit<GeneratedSite, 'dir'> & { dir: string };
  validation: StepResult;
  build: StepResult;
  dist?: DistStats;
  pagesPerSecond?: number;
  /** The bare Astro + MDX + Pagefind baseline on the same narratives, built right after (bare-site.ts). */
  bare?: { build: StepResult; dist?: DistStats };
}

export async function measureSize(projectRoot: string, reports: number, log: (line: string) => void): Promise<SizeResult> {
  const dir = join(projectRoot, '.annals', 'bench', `reports-${reports}`);
  log(`• ${reports} reports: generating into ${dir}`);
  const site = generateSite(dir, reports);
  log(`  ${site.reports} reports, ${site.figures} figures, ${site.bureaus} bureaus; validating`);
  const validation = await runStep('validate', dir, join(dir, 'dist'));
  if (!validation.ok) {
    throw new Error(`The generated ${reports}-report site is not valid (a generator bug):\n${validation.error ?? validation.output}`);
  }
  log(`  validated in ${(validation.ms / 1000).toFixed(1)} s; building (this takes a while)`);
  const build = await runStep('build', dir, join(dir, 'dist'));
  if (!build.ok) return { site, validation, build };
  const dist = distStats(join(dir, 'dist'));
  log(`  built ${dist.pages} pages in ${(build.ms / 1000).toFixed(1)} s; now the bare Astro + MDX + Pagefind baseline`);
  const bareDir = writeBareSite(projectRoot, dir, reports);
  const bareBuild = await runStep('bare', bareDir, join(bareDir, 'dist'));
  const bare = { build: bareBuild, ...(bareBuild.ok && { dist: distStats(join(bareDir, 'dist')) }) };
  log(bareBuild.ok ? `  baseline: ${bare.dist?.pages} pages in ${(bareBuild.ms / 1000).toFixed(1)} s` : `  baseline failed: ${bareBuild.error ?? bareBuild.output}`);
  return { site, validation, build, dist, pagesPerSecond: dist.pages / (build.ms / 1000), bare };
}
