/** /data/annals.json: every figure of the site (columns: docs/data-downloads.md). */
import type { APIRoute } from 'astro';
import { downloadResponse, endpointOptions } from '../../lib/downloads.ts';
import { site } from '../../lib/site.ts';

export const GET: APIRoute = (context) =>
  downloadResponse(site, { kind: 'all' }, 'json', endpointOptions(site, context.site, process.env));
