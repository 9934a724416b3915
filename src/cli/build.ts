/**
 * `npm run build [-- --root DIR --out DIR --site URL]`: validates, builds and indexes the
 * site into dist/, all or nothing. Exit code 1 with every problem listed when the data
 * is invalid; the previous dist/ is left untouched.
 */
import './edge.ts';
import { parseArgs } from 'node:util';
import { buildSite } from '../lib/build-site.ts';
import { describeFailure } from './describe-failure.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, out: { type: 'string' }, site: { type: 'string' } },
});

try {
  const { outDir } = await buildSite({ root: values.root, ...(values.out && { outDir: values.out }), ...(values.site && { site: values.site }) });
  console.log(`\n✓ Site built into ${outDir}`);
} catch (error) {
  console.error(describeFailure(error));
  console.error('\n✗ Build failed; dist/ was not changed.');
  process.exitCode = 1;
}
