/**
 * Builds the sample site (the repository's own data/ and content/) once per test run,
 * through the same all-or-nothing path as `npm run build`, into a folder of its own; and
 * once more as deployed under a bureau's portal (SUBFOLDER_SITE), for the base-path tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/lib/build-site.ts';
import { SUBFOLDER_SITE } from './layouts.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sampleDist: string;
    /** The sample site built for SUBFOLDER_SITE: every URL under SUBFOLDER (layouts.ts). */
    subfolderDist: string;
  }
}


export default async function setup(project: TestProject): Promise<() => void> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const parent = mkdtempSync(join(tmpdir(), 'annals-sample-'));
  const outDir = join(parent, 'dist');
  await buildSite({ root: process.cwd(), outDir, quiet: true });
  project.provide('sampleDist', outDir);
  const subfolderDist = join(parent, 'subfolder-dist');
  await buildSite({ root: process.cwd(), outDir: subfolderDist, site: SUBFOLDER_SITE, quiet: true });
  project.provide('subfolderDist', subfolderDist);
  return () => rmSync(parent, { recursive: true, force: true });
}
