/**
 * Checks that a set of shard outputs belongs together before anything is merged: every
 * folder is a shard output, all were built from the same inputs, site URL, base and number
 * of shards, and each shard 1…N is there exactly once. Reads only.
 */
import { BuildError } from '../build/errors.ts';
import { readShardManifest, SHARD_FILE, type ShardManifest } from './manifest.ts';
import { parseShard } from './shard.ts';

export interface PlannedShard {
  dir: string;
  index: number;
}

/** Every problem of the set at once (empty when it can be merged), and the shards in order 1…N. */
export function planMerge(dirs: readonly string[], where: string): { shards: PlannedShard[]; problems: BuildError[] } {
  if (dirs.length === 0) return { shards: [], problems: [new BuildError(where, 'merge-no-shards', {})] };
  const problems: BuildError[] = [];
  const read: Array<{ dir: string; manifest: ShardManifest; index: number; count: number }> = [];
  for (const dir of dirs) {
    const manifest = readShardManifest(dir);
    const shard = manifest && parseShard(manifest.shard);
    if (!manifest || !shard) problems.push(new BuildError(dir, 'merge-not-a-shard', { path: dir, file: SHARD_FILE }));
    else read.push({ dir, manifest, ...shard });
  }
  const first = read[0];
  if (!first) return { shards: [], problems };
  const fields = { count: 'N', inputs: 'inputs', site: 'site', base: 'base' } as const;
  for (const other of read.slice(1)) {
    for (const [key, field] of Object.entries(fields) as Array<[keyof typeof fields, string]>) {
      const found = key === 'count' ? String(other.count) : other.manifest[key];
      const expected = key === 'count' ? String(first.count) : first.manifest[key];
      if (found !== expected) problems.push(new BuildError(other.dir, 'merge-mismatch', { path: other.dir, first: first.dir, field, found, expected }));
    }
  }
  const seen = new Map<number, number>();
  for (const shard of read) seen.set(shard.index, (seen.get(shard.index) ?? 0) + 1);
  const all = Array.from({ length: first.count }, (_, index) => index + 1);
  const missing = all.filter((index) => !seen.has(index)).map((index) => `${index}/${first.count}`);
  const repeated = [...seen].filter(([, times]) => times > 1).map(([index]) => `${index}/${first.count}`);
  if (problems.length === 0 && (missing.length > 0 || repeated.length > 0)) {
    problems.push(new BuildError(where, 'merge-shards-incomplete', { count: String(first.count), missing: missing.join(', '), repeated: repeated.join(', ') }));
  }
  const shards = read.map(({ dir, index }) => ({ dir, index })).sort((a, b) => a.index - b.index);
  return { shards, problems };
}
