/**
 * `npm run build [-- --root DIR --out DIR --site URL --base PATH --shard i/N]`: validates, builds and indexes the
 * site into dist/ (or --out, relative to --root), all or nothing. Exit code 1 with every
 * problem listed, and a last line saying what state the output folder is in; Ctrl-C
 * (SIGINT) or SIGTERM removes the unfinished site and exits 130 or 143. With --shard, only
 * the pages shard i of N owns, for `npm run merge` (src/lib/shard/).
 */
import './edge.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { abortActiveBuild, buildSite } from '../lib/build-site.ts';
import { BuildError, formatBuildError } from '../lib/build/errors.ts';
import { formatIssues, InvalidSiteError } from '../lib/issues.ts';
import { MESSAGES } from '../lib/messages.ts';
import { describeFailure } from './describe-failure.ts';
import { MAX_SHARDS, parseShard } from '../lib/shard/shard.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, out: { type: 'string' }, site: { type: 'string' }, base: { type: 'string' }, shard: { type: 'string' } },
});
const outDir = resolve(values.root, values.out ?? 'dist');
const shard = values.shard === undefined ? undefined : parseShard(values.shard);
if (values.shard !== undefined && !shard) {
  const text = MESSAGES['shard-invalid']({ found: values.shard, max: String(MAX_SHARDS) });
  const unchanged = MESSAGES['outcome-unchanged']({ path: outDir });
  console.error(`--shard ${values.shard}\n  ${text.zh}\n  ${text.en}\n\n${unchanged.zh}\n${unchanged.en}`);
  process.exit(1);
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    const outcome = abortActiveBuild() ?? { code: 'outcome-unchanged' as const, params: { path: outDir } };
    const interrupted = MESSAGES['build-interrupted']({ signal });
    const result = MESSAGES[outcome.code](outcome.params);
    console.error(['', interrupted.zh, interrupted.en, result.zh, result.en].join('\n'));
    process.exit(code);
  });
}

try {
  const { warnings, previousRemoved } = await buildSite({ root: values.root, ...(values.out && { outDir: values.out }), ...(values.site && { site: values.site }), ...(values.base && { base: values.base }), ...(shard && { shard }) });
  const warn = (warning: BuildError): void => {
    const text = MESSAGES[warning.code](warning.params);
    console.error(`\n${warning.where}\n  ${text.zh}\n  ${text.en}`);
  };
  warnings.forEach(warn);
  console.log(`\n✓ 网站已生成到 ${outDir}\n✓ Site built into ${outDir}`);
  // The site is published; the replaced one is still being deleted in the background.
  const leftover = await previousRemoved;
  if (leftover) warn(leftover);
} catch (error) {
  if (error instanceof InvalidSiteError) {
    console.error(formatIssues(error.issues));
    const unchanged = MESSAGES['outcome-unchanged']({ path: outDir });
    console.error(`${unchanged.zh}\n${unchanged.en}`);
  } else if (error instanceof BuildError) {
    console.error(`\n${formatBuildError(error, outDir)}`);
  } else {
    // Not expected (buildSite wraps every step); still no stack trace for an editor.
    console.error(`\n${describeFailure(error)}`);
    const unchanged = MESSAGES['outcome-unchanged']({ path: outDir });
    console.error(`${unchanged.zh}\n${unchanged.en}`);
  }
  process.exitCode = 1;
}
