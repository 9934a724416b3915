/**
 * Hands the shard of a sharded build (`--shard i/N`) to pages as the Vite `define`
 * `__ANNALS_SHARD__` (read by src/lib/shard/owns.ts); "" when the build is not sharded.
 */
import type { AstroIntegration } from 'astro';
import { formatShard, type Shard } from '../lib/shard/shard.ts';

export function shardPages(shard: Shard | undefined): AstroIntegration {
  return {
    name: 'annals:shard',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { define: { __ANNALS_SHARD__: JSON.stringify(shard ? formatShard(shard) : '') } } });
      },
    },
  };
}
