/**
 * Builds the sample site (the repository's own data/ and content/) once per test run,
 * through the same all-or-nothing path as `npm run build`, into a folder of its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/lib/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sampleDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const parent = mkdtempSync(join(tmpdir(), 'annals-sample-'));
  const outDir = join(parent, 'dist');
  await buildSite({ root: process.cwd(), outDir, quiet: true });
  project.provide('sampleDist', outDir);
  return () => rmSync(parent, { recursive: true, force: true });
}
