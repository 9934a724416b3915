/**
 * What a shard's output says about itself, and the list of extra search indexes the search
 * page merges in (Pagefind's `mergeIndex`).
 *
 * `.annals-shard.json` (beside the build marker) records which shard of how many it is,
 * and what it was built from: a digest of every input file, the public URL and base path.
 * `npm run merge` refuses shards that disagree on any of these, since their site-wide pages
 * would then not belong together.
 *
 * `pagefind/annals-indexes.json` lists the indexes to merge, as paths relative to the
 * `pagefind/` folder (["shards/2/", …]); every build writes it, empty for a single build,
 * so the search page never asks for a file that is not there.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { formatShard, type Shard } from './shard.ts';

export const SHARD_FILE = '.annals-shard.json';
export const SEARCH_INDEXES_FILE = 'annals-indexes.json';

export const ShardManifestSchema = z.object({
  'annals-shard': z.literal(1),
  /** "i/N" */
  shard: z.string().regex(/^\d+\/\d+$/),
  /** SHA-256 of every input file's path and bytes (see `inputsDigest`). */
  inputs: z.string().regex(/^[0-9a-f]{64}$/),
  site: z.string(),
  base: z.string(),
});
export type ShardManifest = z.infer<typeof ShardManifestSchema>;

/**
 * SHA-256 over the sorted relative paths and bytes of `files` (absolute paths under
 * `root`). Two shards built from the same inputs get the same digest on any machine.
 */
export function inputsDigest(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].map((path) => relative(root, path)).sort()) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

export function writeShardManifest(dir: string, shard: Shard, fields: Omit<ShardManifest, 'annals-shard' | 'shard'>): void {
  const manifest: ShardManifest = { 'annals-shard': 1, shard: formatShard(shard), ...fields };
  writeFileSync(join(dir, SHARD_FILE), `${JSON.stringify(manifest)}\n`);
}

/** The manifest of a shard output, or undefined if `dir` has none or an unreadable one. */
export function readShardManifest(dir: string): ShardManifest | undefined {
  try {
    const parsed = ShardManifestSchema.safeParse(JSON.parse(readFileSync(join(dir, SHARD_FILE), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `<out>/pagefind/annals-indexes.json`: the indexes, relative to pagefind/, to merge into the first. */
export function writeSearchIndexes(outDir: string, indexes: readonly string[]): void {
  const dir = join(outDir, 'pagefind');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, SEARCH_INDEXES_FILE), `${JSON.stringify({ indexes })}\n`);
}
