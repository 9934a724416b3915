/**
 * `npm run fuzz [-- --runs N] [--seed S]`: the loader fuzz test (tests/unit/validation/
 * fuzz-loader.test.ts) with many more cases and a fresh random seed, printed first so a
 * failure can be replayed exactly with --seed and --runs.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5000' }, seed: { type: 'string' } } });
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`npm run fuzz: seed ${seed}, ${values.runs} cases. Replay with: npm run fuzz -- --seed ${seed} --runs ${values.runs}`);
const root = join(import.meta.dirname, '..', '..');
const result = spawnSync(join(root, 'node_modules', '.bin', 'vitest'), ['run', 'tests/unit/validation/fuzz-loader.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ANNALS_FUZZ_SEED: seed, ANNALS_FUZZ_RUNS: values.runs },
});
process.exitCode = result.status ?? 1;
