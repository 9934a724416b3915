/**
 * Writes the downloads manifests (./manifest.ts) into a built site, after Astro has written
 * the download files: each file is read as a stream through SHA-256 (memory stays bounded
 * whatever its size) and measured. A shard writes the manifests of what it wrote itself —
 * shard 1 the index (it writes every site-wide file; the bureau lines come from the Site),
 * each shard its own bureaus' manifests — so `npm run merge` assembles the full set by
 * copying, byte-identical to a single build's.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Site } from '../model.ts';
import { shardOwns, type Shard } from '../shard/shard.ts';
import type { FileEntry } from './manifest-schema.ts';
import { absoluteUrl, bureauFiles, bureauManifest, bureauManifestPath, bureausWithReports, manifestIndex, manifestText, MANIFEST_PATH, siteWideFiles, type ManifestContext, type PlannedFile } from './manifest.ts';

/** Bytes and SHA-256 (hex) of a file, streamed. Rejects with the file system's error if it is missing. */
export async function measureFile(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return { bytes: (await stat(file)).size, sha256: hash.digest('hex') };
}

async function measured(dir: string, files: readonly PlannedFile[], home: string): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  // One file at a time: the files can be large, and the build has other work on its cores.
  for (const file of files) entries.push({ path: file.path, url: absoluteUrl(file.path, home), ...withoutPath(file), ...(await measureFile(join(dir, file.path))) });
  return entries;
}

const withoutPath = ({ path: _path, ...rest }: PlannedFile): Omit<PlannedFile, 'path'> => rest;

async function write(dir: string, path: string, text: string): Promise<void> {
  const target = join(dir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
}

export interface ManifestWriteOptions extends ManifestContext {
  /** The built site's folder (Astro's output), holding data/. */
  dir: string;
  site: Site;
  /** The shard being built; every manifest when absent. */
  shard?: Shard | undefined;
}

/** Writes /data/manifest.json and /data/manifest/<bureau>.json (those this build owns). Returns the paths written. */
export async function writeDownloadManifests({ dir, site, shard, ...context }: ManifestWriteOptions): Promise<string[]> {
  const written: string[] = [];
  if (shardOwns(shard, 'site')) {
    const files = await measured(dir, siteWideFiles(site), context.home);
    await write(dir, MANIFEST_PATH, manifestText(manifestIndex(site, files, context)));
    written.push(MANIFEST_PATH);
  }
  for (const bureauId of bureausWithReports(site).filter((id) => shardOwns(shard, { bureau: id }))) {
    const files = await measured(dir, bureauFiles(site, bureauId), context.home);
    await write(dir, bureauManifestPath(bureauId), manifestText(bureauManifest(site, bureauId, files, context)));
    written.push(bureauManifestPath(bureauId));
  }
  return written;
}
