/**
 * Astro middleware, added by the integration in `astro dev` only (never in a build): puts
 * the warnings panel of a page (warnings-panel.ts) at the top of its <main>, and the reload
 * script (reload-channel.ts) at the end of its <body>.
 */
import { defineMiddleware } from 'astro:middleware';
import preview from 'virtual:annals/preview';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = context.url.pathname.startsWith(`${base}/`) ? context.url.pathname.slice(base.length) : context.url.pathname;
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  let html = await response.text();
  const panel = preview.panels[path];
  const main = /<main\b[^>]*>/.exec(html) ?? /<body\b[^>]*>/.exec(html);
  if (panel && main) html = `${html.slice(0, main.index + main[0].length)}${panel}${html.slice(main.index + main[0].length)}`;
  const end = html.lastIndexOf('</body>');
  html = end < 0 ? `${html}${preview.client}` : `${html.slice(0, end)}${preview.client}${html.slice(end)}`;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, headers });
});
