/**
 * The shard of the build in progress, for pages' getStaticPaths: `owns(owner)` says whether
 * this build writes a page (src/lib/shard/shard.ts). The shard reaches compiled pages as a
 * Vite `define` (src/integrations/shard.ts); plain Node and unsharded builds write everything.
 */
import { parseShard, shardOwns, type PageOwner } from './shard.ts';

declare const __ANNALS_SHARD__: string | undefined;

const CURRENT = typeof __ANNALS_SHARD__ === 'string' ? parseShard(__ANNALS_SHARD__) : undefined;

export function owns(owner: PageOwner): boolean {
  return shardOwns(CURRENT, owner);
}

/** Shorthand for a bureau's pages. */
export const ownsBureau = (bureauId: string): boolean => owns({ bureau: bureauId });
