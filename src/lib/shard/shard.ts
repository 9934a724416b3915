/**
 * Which shard of a sharded build owns which page (`npm run build -- --shard i/N`).
 *
 * Pages that belong to a bureau (its reports, its bureau page, its report downloads) go
 * to the shard its id hashes to; every other page (home, lists, indicator and topic pages,
 * whole-site downloads, feeds, sitemap, search page, 404) is site-wide and belongs to
 * shard 1. Every shard validates the whole site, so a site-wide page is the same page a
 * single build writes. The hash is FNV-1a (32 bit) over the id's UTF-8 bytes: stable
 * across machines, Node versions and runs, so a bureau never changes shard unless N does.
 */

/** A shard of a build: `index` counts from 1 to `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** The most shards a build may be split into; more would give shards with nothing to do. */
export const MAX_SHARDS = 256;

/** "2/4" → { index: 2, count: 4 }; undefined when the text is not i/N with 1 ≤ i ≤ N ≤ MAX_SHARDS. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (index < 1 || count < 1 || index > count || count > MAX_SHARDS) return undefined;
  return { index, count };
}

export const formatShard = (shard: Shard): string => `${shard.index}/${shard.count}`;

/** FNV-1a, 32 bit, of the UTF-8 bytes of `text` (http://www.isthe.com/chongo/tech/comp/fnv/). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard (1…count) that owns a bureau's pages. */
export function bureauShard(bureauId: string, count: number): number {
  return (fnv1a(bureauId) % count) + 1;
}

/** Who a page belongs to: a bureau, or the site as a whole. */
export type PageOwner = { bureau: string } | 'site';

/** True if `shard` writes the page of `owner`; a build without a shard writes everything. */
export function shardOwns(shard: Shard | undefined, owner: PageOwner): boolean {
  if (!shard) return true;
  if (owner === 'site') return shard.index === 1;
  return bureauShard(owner.bureau, shard.count) === shard.index;
}
