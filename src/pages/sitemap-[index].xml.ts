import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../lib/site.ts';
import { sitemapFile, sitemapFileCount } from '../lib/sitemaps.ts';
import { owns } from '../lib/shard/owns.ts';

// Site-wide: written by shard 1 of a sharded build (src/lib/shard/).
export const getStaticPaths = (() => (owns('site') ? Array.from({ length: sitemapFileCount(site) }, (_, index) => ({ params: { index: String(index) } })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site: origin, params }) =>
  new Response(await sitemapFile(site, origin?.href ?? 'https://annals.example.org', Number(params.index)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
