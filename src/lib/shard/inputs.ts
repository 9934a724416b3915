/**
 * The input files a shard's pages depend on, for CI cache keys: a change to one bureau's
 * files changes the key of its shard and of shard 1 (whose site-wide pages show every
 * bureau), and no other. A file under data/figures/<bureau>/ or content/reports/<bureau>/
 * belongs to that bureau; every other file of data/ and content/ (catalog, bureaus.yaml,
 * exceptions, federation) is shared by all shards.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inputsDigest } from './manifest.ts';
import { shardOwns, type Shard } from './shard.ts';

const BUREAU_FILE = /^(?:data\/figures|content\/reports)\/([^/]+)\//;

/** Relative paths ("/"-separated), sorted, of the regular files under data/ and content/ that `shard` depends on. */
export function shardInputFiles(root: string, shard: Shard): string[] {
  const files = ['data', 'content'].flatMap((folder) => {
    try {
      return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/'));
    } catch {
      return []; // a missing folder: the build will say so
    }
  });
  return files.filter((file) => {
    const bureau = BUREAU_FILE.exec(file)?.[1];
    return bureau === undefined || shard.index === 1 || shardOwns(shard, { bureau });
  }).sort();
}

/** SHA-256 (hex) of the paths and bytes of a shard's input files. */
export function shardInputsKey(root: string, shard: Shard): string {
  return inputsDigest(root, shardInputFiles(root, shard).map((file) => join(root, file)));
}
