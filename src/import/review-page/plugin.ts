/**
 * A Vite plugin, added by the Annals integration in `astro dev` only: answers /_import/
 * with the review page of every draft whose review data the importer left in the site's
 * `.annals/import/` (data.ts). Read fresh on every request; nothing is ever built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { REVIEW_DATA_DIR, type ReviewData } from './data.ts';
import { reviewPageHtml } from './page.ts';

export function readReviewData(root: string): ReviewData[] {
  const folder = join(root, REVIEW_DATA_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as ReviewData);
}

export function importReviewPlugin(root: string): Plugin {
  return {
    name: 'annals-import-review',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!/^(?:\/[^?]*)?\/_import\/?(\?.*)?$/.test(request.url ?? '')) return next();
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(reviewPageHtml(readReviewData(root)));
      });
    },
  };
}
