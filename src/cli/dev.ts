/**
 * `npm run dev [-- --root DIR --port N --host H]`: the live preview. Pages are rendered
 * from the data as it is now; while the data or narratives have problems, every page
 * shows them (src/lib/preview/), and the browser reloads by itself when a file is saved.
 */
import './edge.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { annalsConfig } from '../integrations/config.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, port: { type: 'string' }, host: { type: 'string' } },
});

await dev({
  ...annalsConfig({ root: resolve(values.root) }),
  configFile: false,
  server: { ...(values.port && { port: Number(values.port) }), ...(values.host && { host: values.host }) },
});
