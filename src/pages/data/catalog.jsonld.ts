/** The whole-site DCAT catalogue (src/lib/cite/catalog.ts), for open-data portals to harvest. */
import type { APIRoute } from 'astro';
import { siteCatalog } from '../../lib/cite/catalog.ts';
import { FALLBACK_SITE_URL } from '../../lib/downloads.ts';
import { site } from '../../lib/site.ts';

export const GET: APIRoute = (context) =>
  new Response(`${JSON.stringify(siteCatalog(site, context.site ?? FALLBACK_SITE_URL), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
