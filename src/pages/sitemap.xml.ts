import type { APIRoute } from 'astro';
import { sitemap } from '../lib/discovery.ts';
import { site } from '../lib/site.ts';

export const GET: APIRoute = ({ site: origin }) =>
  new Response(sitemap(site, origin?.href ?? 'https://annals.example.org'), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
