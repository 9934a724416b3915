/** What the download endpoints return (src/pages/data/[...file].ts). */
import type { Site } from '../model.ts';
import { rowsToCsv } from './csv.ts';
import { downloadJson, toJson, type JsonOptions } from './json.ts';
import { generatedDate } from './metadata.ts';
import { FALLBACK_SITE_URL, MEDIA_TYPES, type DownloadFormat, type DownloadScope } from './paths.ts';
import { rowsFor } from './rows.ts';

const CONTENT_TYPES: Record<Exclude<DownloadFormat, 'xlsx'>, string> = {
  csv: `${MEDIA_TYPES.csv}; charset=utf-8; header=present`,
  json: `${MEDIA_TYPES.json}; charset=utf-8`,
};

/** Options for an endpoint: Astro's `site` (or the fallback) and the build's input date. */
export function endpointOptions(site: Site, siteUrl: URL | undefined, env: { SOURCE_DATE_EPOCH?: string | undefined }): JsonOptions {
  return { siteUrl: siteUrl ?? FALLBACK_SITE_URL, generated: generatedDate(site, env) };
}

/** What a static endpoint returns for a download (the headers matter in `astro dev` only). */
export function downloadResponse(site: Site, scope: DownloadScope, format: Exclude<DownloadFormat, 'xlsx'>, options: JsonOptions): Response {
  const body = format === 'csv' ? rowsToCsv(rowsFor(site, scope, options)) : toJson(downloadJson(site, scope, options));
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}
