/**
 * Copies shard outputs into one folder. Every shard's pages are its own; files that more
 * than one shard writes (Astro's hashed assets, and the few routes without getStaticPaths
 * such as 404.html) must be byte-identical, or the merge fails naming the file. Each
 * shard's Pagefind bundle stays whole: shard 1's at pagefind/, shard k's at
 * pagefind/shards/k/, listed in pagefind/annals-indexes.json for the search page to merge.
 */
import { constants, copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BuildError } from '../build/errors.ts';
import { MARKER_FILE } from '../build/out-dir.ts';
import { SEARCH_INDEXES_FILE, SHARD_FILE } from './manifest.ts';
import type { PlannedShard } from './plan.ts';

/** Where a shard's search bundle goes in the merged site, relative to the site. */
export const shardBundle = (index: number): string => (index === 1 ? 'pagefind' : `pagefind/shards/${index}`);

/**
 * Fills `staging` from the shards, in order. Returns every conflict found (the caller
 * publishes nothing if there is one), and the extra bundles, relative to pagefind/.
 * Only regular files are copied: a link in a shard output is never followed.
 */
export function assembleShards(shards: readonly PlannedShard[], staging: string): { conflicts: BuildError[]; bundles: string[] } {
  const owner = new Map<string, string>();
  const conflicts: BuildError[] = [];
  for (const shard of shards) {
    for (const file of regularFiles(shard.dir)) {
      if (file === MARKER_FILE || file === SHARD_FILE || file === `pagefind/${SEARCH_INDEXES_FILE}`) continue;
      const target = file.startsWith('pagefind/') ? `${shardBundle(shard.index)}/${file.slice('pagefind/'.length)}` : file;
      const first = owner.get(target);
      if (first !== undefined) {
        if (!readFileSync(join(first, file)).equals(readFileSync(join(shard.dir, file)))) {
          conflicts.push(new BuildError(shard.dir, 'merge-conflict', { path: shard.dir, first, file }));
        }
        continue;
      }
      owner.set(target, shard.dir);
      const destination = join(staging, target);
      mkdirSync(dirname(destination), { recursive: true });
      // A copy-on-write clone where the file system has them (btrfs, XFS), else a copy.
      copyFileSync(join(shard.dir, file), destination, constants.COPYFILE_FICLONE);
    }
  }
  const bundles = shards.filter((shard) => shard.index !== 1).map((shard) => `shards/${shard.index}/`);
  return { conflicts, bundles };
}

/** Relative paths ("/"-separated) of the regular files under `dir`, sorted. */
function regularFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}
