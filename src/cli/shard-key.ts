/**
 * `node src/cli/shard-key.ts --shard i/N [--root DIR]`: prints the SHA-256 of the data and
 * narrative files shard i of N depends on (src/lib/shard/inputs.ts), for a CI cache key.
 * The code (src/, public/, package-lock.json) is hashed by the CI engine itself (see
 * .github/workflows/sharded-build.yml).
 */
import './edge.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MESSAGES } from '../lib/messages.ts';
import { shardInputsKey } from '../lib/shard/inputs.ts';
import { MAX_SHARDS, parseShard } from '../lib/shard/shard.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' }, shard: { type: 'string', default: '' } } });
const shard = parseShard(values.shard);
if (!shard) {
  const text = MESSAGES['shard-invalid']({ found: values.shard, max: String(MAX_SHARDS) });
  console.error(`--shard ${values.shard}\n  ${text.zh}\n  ${text.en}`);
  process.exit(1);
}
console.log(shardInputsKey(resolve(values.root), shard));
