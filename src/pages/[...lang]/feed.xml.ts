import type { APIRoute } from 'astro';
import { atomFeed } from '../../lib/discovery.ts';
import { langFromParam, langParam } from '../../lib/routes.ts';
import { site } from '../../lib/site.ts';
import { LOCALES } from '../../schemas/common.ts';
import { owns } from '../../lib/shard/owns.ts';

export function getStaticPaths() {
  // Site-wide: written by shard 1 of a sharded build (src/lib/shard/).
  if (!owns('site')) return [];
  return LOCALES.map((lang) => ({ params: { lang: langParam(lang) } }));
}

export const GET: APIRoute = ({ params, site: origin }) =>
  new Response(atomFeed(site, origin?.href ?? 'https://annals.example.org', langFromParam(params.lang)), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
