/**
 * One Chinese page of each type, to weigh. Where a type has many pages the fullest one is
 * taken (most figures, reports or indicators), so the number is the type's heavy end.
 */
import type { Site } from '../lib/model.ts';

export const PAGE_TYPES = ['home', 'report', 'bureau', 'indicator', 'topic', 'about', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

function most<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || score(item) > score(best) ? item : best), undefined);
}

export function representativePages(site: Site): Array<{ type: PageType; path: string }> {
  const figures = site.reports.flatMap((report) => report.figures);
  const report = most(site.reports, (candidate) => candidate.figures.length);
  const bureau = most(Object.keys(site.bureaus), (id) => site.reports.filter((candidate) => candidate.bureauId === id).length);
  const indicator = most(Object.keys(site.indicators), (id) => figures.filter((figure) => figure.indicatorId === id).length);
  const topics = Object.values(site.indicators).map((entry) => entry.topic);
  const topic = most([...new Set(topics)], (name) => topics.filter((candidate) => candidate === name).length);
  const pages: Array<{ type: PageType; path: string | undefined }> = [
    { type: 'home', path: 'index.html' },
    { type: 'report', path: report && `reports/${report.bureauId}/${report.year}/index.html` },
    { type: 'bureau', path: bureau && `bureaus/${bureau}/index.html` },
    { type: 'indicator', path: indicator && `indicators/${indicator}/index.html` },
    { type: 'topic', path: topic && `topics/${topic}/index.html` },
    { type: 'about', path: 'about/index.html' },
    { type: 'search', path: 'search/index.html' },
  ];
  return pages.filter((page): page is { type: PageType; path: string } => page.path !== undefined);
}

/** The type of a Chinese page by its path under dist/; undefined for English pages and lists. */
export function pageTypeOf(path: string): PageType | undefined {
  if (path === 'index.html') return 'home';
  const patterns: Array<[PageType, RegExp]> = [
    ['report', /^reports\/[^/]+\/\d{4}\/index\.html$/],
    ['bureau', /^bureaus\/[^/]+\/index\.html$/],
    ['indicator', /^indicators\/[^/]+\/index\.html$/],
    ['topic', /^topics\/[^/]+\/index\.html$/],
    ['about', /^about\/index\.html$/],
    ['search', /^search\/index\.html$/],
  ];
  return patterns.find(([, pattern]) => pattern.test(path))?.[0];
}
