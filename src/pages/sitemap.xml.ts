import type { APIRoute } from 'astro';
import { site } from '../lib/site.ts';
import { sitemapIndex } from '../lib/sitemaps.ts';

/** The sitemap index; robots.txt points here. Its files are sitemap-[index].xml.ts. */
export const GET: APIRoute = async ({ site: origin }) =>
  new Response(await sitemapIndex(site, origin?.href ?? 'https://annals.example.org'), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
