/**
 * Astro middleware, added by the integration in `astro dev` only (never in a build): puts
 * the warnings panel of a page (warnings-panel.ts) at the top of its <main>.
 */
import { defineMiddleware } from 'astro:middleware';
import panels from 'virtual:annals/warnings';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = context.url.pathname.startsWith(`${base}/`) ? context.url.pathname.slice(base.length) : context.url.pathname;
  const panel = panels[path];
  if (!panel || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const at = /<main\b[^>]*>/.exec(html) ?? /<body\b[^>]*>/.exec(html);
  if (!at) return response;
  const end = at.index + at[0].length;
  return new Response(`${html.slice(0, end)}${panel}${html.slice(end)}`, { status: response.status, headers: response.headers });
});
