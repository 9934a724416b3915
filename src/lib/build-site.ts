/**
 * Builds a site all or nothing: check the output folder, validate, build into a staging
 * folder beside the output, index it for search, mark it as ours, then swap it into place.
 * A failure at any step leaves the previous output as it was (or puts it back) and no
 * partial site anywhere; the error says which (src/lib/build/errors.ts).
 */
import { resolve } from 'node:path';
import { siteAndBase } from '../integrations/config.ts';
import { BuildError, type Outcome } from './build/errors.ts';
import { fault } from './build/fault.ts';
import { checkOutDir, writeMarker } from './build/out-dir.ts';
import { swapIn } from './build/swap.ts';
import { abandonWork, endWork, leftoverWarning, recover, startWork, withOutcome, type Work } from './build/work.ts';
import { InvalidSiteError } from './issues.ts';
import { loadSite } from './load-site.ts';
import { inputsDigest, writeSearchIndexes, writeShardManifest } from './shard/manifest.ts';
import { shardOwns, type Shard } from './shard/shard.ts';

export interface BuildOptions {
  root: string;
  /** Output folder, relative to root; default "dist". */
  outDir?: string;
  site?: string;
  /** Path the site is served under ("/mzj/annals/"); defaults to ANNALS_BASE, else the site URL's path. */
  base?: string;
  /** Build only the pages of this shard, with a search index of its own (src/lib/shard/; `npm run merge` joins shards). */
  shard?: Shard;
  /** Silence Astro's progress output (tests). */
  quiet?: boolean;
}

export interface BuildResult {
  outDir: string;
  /** Bilingual warnings: leftovers of earlier builds that could not be removed (the site is published). */
  warnings: BuildError[];
  /**
   * Settles when the replaced site has been deleted in the background (the new one is
   * already published): a warning naming it if it could not be. Never rejects. A process
   * that exits before it settles leaves the old site for the next build to remove.
   */
  previousRemoved: Promise<BuildError | undefined>;
}

/** Replaced sites still being deleted by builds of this process, by output folder. */
const removing = new Map<string, Promise<unknown>>();

/** The build in progress in this process, for an interrupt to clean up after. */
let active: Work | undefined;

/**
 * Throws InvalidSiteError (bad input; nothing touched) or BuildError (with its outcome:
 * the output unchanged, restored or missing). Unexpected errors from Astro or Pagefind are
 * wrapped in a BuildError 'build-step-failed' with the step's name.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const root = resolve(options.root);
  const outArg = options.outDir ?? 'dist';
  const where = `--out ${outArg}`;
  const outDir = resolve(root, outArg);
  checkOutDir(root, outDir, where);
  const result = loadSite(root);
  if (!result.site) throw new InvalidSiteError(result.issues);

  // A build of the same output by this process may still be deleting the site it replaced
  // (same pid, so the same folder names): let it finish first.
  await removing.get(outDir);
  const work = startWork(outDir, where);
  const { paths, state } = work;
  active = work;
  // Until the replaced site is deleted, the build still holds the lock, and an interrupt
  // still reports the published outcome (abortActiveBuild).
  let handedOff = false;
  try {
    const warnings = recover(work, root, where);
    // A --site that is not a URL fails here, as the build as a whole, before a renderer starts.
    siteAndBase(options);
    await step(where, 'render', async () => {
      // In a process of its own, so its memory is released before indexing (render-site.ts).
      const { renderSite } = await import('./render-site.ts');
      await renderSite({ root, outDir: paths.staging, validated: result, ...(options.site && { site: options.site }), ...(options.base && { base: options.base }), ...(options.shard && { shard: options.shard }), ...(options.quiet && { quiet: true }) });
      await fault('after-render');
    });
    await step(where, 'index', async () => {
      const { indexSite } = await import('./search-index.ts');
      // A shard's staging holds only the pages it owns, so it indexes only those.
      const indexing = indexSite(paths.staging);
      // Let a fault at this point win the race, but never delete staging under Pagefind's feet.
      await fault('during-index').catch(async (error: unknown) => {
        await indexing.catch(() => {});
        throw error;
      });
      await indexing;
      await fault('after-index');
    });
    writeSearchIndexes(paths.staging, []);
    if (options.shard) {
      const { site: siteUrl, base } = siteAndBase(options);
      writeShardManifest(paths.staging, options.shard, { inputs: inputsDigest(root, result.files), site: siteUrl, base });
    }
    writeMarker(paths.staging);
    const { removal } = await swapIn(paths, where, state);
    const previousRemoved = removal.then((leftover) => {
      // This output's lock, whichever build is active now (one of another output may
      // have started meanwhile: it stays the one an interrupt cleans up after).
      endWork(work);
      if (active === work) active = undefined;
      return leftover && leftoverWarning(where, outDir, leftover);
    });
    handedOff = true;
    removing.set(outDir, previousRemoved);
    void previousRemoved.then(() => removing.get(outDir) === previousRemoved && removing.delete(outDir));
    return { outDir, warnings, previousRemoved };
  } catch (error) {
    throw asBuildError(error, where, outDir);
  } finally {
    if (!handedOff) {
      endWork(work);
      active = undefined;
    }
  }
}

/**
 * For SIGINT/SIGTERM handlers: synchronously removes staging, puts a set-aside output
 * back and releases the lock. Returns the outcome, or undefined if no build is running.
 */
export function abortActiveBuild(): Outcome | undefined {
  if (!active) return undefined;
  const work = active;
  active = undefined;
  return abandonWork(work);
}

const STEPS = {
  render: { zh: '生成页面（Astro）', en: 'rendering the pages (Astro)' },
  index: { zh: '建立搜索索引（Pagefind）', en: 'indexing for search (Pagefind)' },
} as const;

async function step(where: string, name: keyof typeof STEPS, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof BuildError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new BuildError(where, 'build-step-failed', { stepZh: STEPS[name].zh, stepEn: STEPS[name].en, detail });
  }
}

/** Every error inside the build's try is a BuildError or unexpected (bad input is refused before it). */
function asBuildError(error: unknown, where: string, outDir: string): BuildError {
  const failure =
    error instanceof BuildError
      ? error
      : new BuildError(where, 'build-step-failed', { stepZh: '构建', stepEn: 'building', detail: error instanceof Error ? error.message : String(error) });
  return withOutcome(failure, outDir);
}

