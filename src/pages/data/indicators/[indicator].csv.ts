/** /data/indicators/<indicator>.csv: one indicator across bureaus and years (columns: docs/data-downloads.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadResponse, endpointOptions } from '../../../lib/downloads.ts';
import { site } from '../../../lib/site.ts';

/** Every catalog indicator gets its files, even one no report uses yet (a header-only CSV). */
export const getStaticPaths = (() =>
  Object.keys(site.indicators)
    .sort()
    .map((indicator) => ({ params: { indicator } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Record<string, never>, { indicator: string }> = (context) =>
  downloadResponse(site, { kind: 'indicator', indicatorId: context.params.indicator }, 'csv', endpointOptions(site, context.site, process.env));
