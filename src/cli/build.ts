/**
 * `npm run build [-- --root DIR --out DIR --site URL --base PATH]`: validates, builds and indexes the
 * site into dist/, all or nothing. Exit code 1 with every problem listed when the data
 * is invalid; the previous dist/ is left untouched.
 */
import { parseArgs } from 'node:util';
import { buildSite } from '../lib/build-site.ts';
import { formatIssues, InvalidSiteError } from '../lib/issues.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, out: { type: 'string' }, site: { type: 'string' }, base: { type: 'string' } },
});

try {
  const { outDir } = await buildSite({ root: values.root, ...(values.out && { outDir: values.out }), ...(values.site && { site: values.site }), ...(values.base && { base: values.base }) });
  console.log(`\n✓ Site built into ${outDir}`);
} catch (error) {
  if (error instanceof InvalidSiteError) console.error(formatIssues(error.issues));
  else console.error(error);
  console.error('\n✗ Build failed; dist/ was not changed.');
  process.exitCode = 1;
}
