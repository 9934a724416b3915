/**
 * `npm run merge -- [--root DIR] [--out DIR] <shard output>…`: joins the outputs of
 * `npm run build -- --shard i/N` (every i of one N) into one site in dist/ (or --out,
 * relative to --root), all or nothing, like a build. Exit code 1 with every problem listed
 * and a last line saying what state the output folder is in; Ctrl-C exits 130 (143 for SIGTERM).
 */
import './edge.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BuildError, formatBuildError } from '../lib/build/errors.ts';
import { MESSAGES } from '../lib/messages.ts';
import { abortActiveMerge, MergeInputError, mergeShards } from '../lib/shard/merge.ts';
import { describeFailure } from './describe-failure.ts';

const { values, positionals } = parseArgs({
  options: { root: { type: 'string', default: '.' }, out: { type: 'string' } },
  allowPositionals: true,
});
const outDir = resolve(values.root, values.out ?? 'dist');
const unchanged = (): string => {
  const text = MESSAGES['outcome-unchanged']({ path: outDir });
  return `${text.zh}\n${text.en}`;
};

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    const outcome = abortActiveMerge() ?? { code: 'outcome-unchanged' as const, params: { path: outDir } };
    const interrupted = MESSAGES['build-interrupted']({ signal });
    const result = MESSAGES[outcome.code](outcome.params);
    console.error(['', interrupted.zh, interrupted.en, result.zh, result.en].join('\n'));
    process.exit(code);
  });
}

try {
  const started = performance.now();
  const { shards, warnings } = await mergeShards({ root: values.root, ...(values.out && { outDir: values.out }), shards: positionals });
  for (const warning of warnings) {
    const text = MESSAGES[warning.code](warning.params);
    console.error(`\n${warning.where}\n  ${text.zh}\n  ${text.en}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n✓ 已将 ${shards} 个分片合并到 ${outDir}（${seconds} 秒）\n✓ Merged ${shards} shards into ${outDir} (${seconds} s)`);
} catch (error) {
  if (error instanceof MergeInputError) {
    for (const problem of error.problems) {
      const text = MESSAGES[problem.code](problem.params);
      console.error(`\n${problem.where}\n  ${text.zh}\n  ${text.en}`);
    }
    console.error(`\n${unchanged()}`);
  } else if (error instanceof BuildError) {
    console.error(`\n${formatBuildError(error, outDir)}`);
  } else {
    console.error(`\n${describeFailure(error)}\n${unchanged()}`);
  }
  process.exitCode = 1;
}
