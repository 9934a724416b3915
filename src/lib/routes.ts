/**
 * Every URL of the site, in one place. Chinese lives at the root, English under /en/;
 * every page exists in both. URLs end with a slash (directory-style output), and figure
 * anchors are the figure ids, which never change when data is added.
 *
 * Every URL starts with the site's base path ("/" or, for a site served under a portal,
 * e.g. "/mzj/annals/"): Astro's `base`, which the integration writes into compiled pages
 * and scripts. Code run by plain Node (the search indexer, unit tests)
 * has no such value and gets "/": the search index stores root-relative URLs and the
 * search page prefixes them with the base (Pagefind's `baseUrl`). Absolute URLs
 * (canonical, sitemap, feeds, permalinks) are `new URL(route, site)`, which keeps the base.
 */
import type { Locale } from '../schemas/common.ts';

/**
 * A base path in the one form URLs are built from: leading and trailing slash, no doubles.
 * "mzj/annals" → "/mzj/annals/", "" → "/". Pure; used by the config and by tests.
 */
export function normalizeBase(base: string | undefined): string {
  const inner = (base ?? '').split('/').filter(Boolean).join('/');
  return inner ? `/${inner}/` : '/';
}

/**
 * The base, written into compiled pages and scripts by the integration (a Vite `define`,
 * src/integrations/annals.ts). Not `import.meta.env.BASE_URL`: Astro lets an environment
 * variable BASE_URL override that (vitest sets one), which would silently drop the base.
 */
declare const __ANNALS_BASE__: string | undefined;

/** The base path of this build ("/" or "/mzj/annals/"); "/" in plain Node, which has no define. */
export const BASE = normalizeBase(typeof __ANNALS_BASE__ === 'string' ? __ANNALS_BASE__ : undefined);

/** A path inside the site ("/data/annals.csv", "care.js") under the base: "/mzj/annals/data/annals.csv". */
export function withBase(path: string): string {
  return `${BASE}${path.replace(/^\/+/, '')}`;
}

/** A URL path without the base: "/mzj/annals/en/about/" → "/en/about/". Paths outside the base are returned as they are. */
export function withoutBase(pathname: string): string {
  return pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname;
}

export const DEFAULT_LOCALE: Locale = 'zh';

/** The `[...lang]` route parameter: undefined for Chinese at the root. */
export function langParam(lang: Locale): string | undefined {
  return lang === DEFAULT_LOCALE ? undefined : lang;
}

export function langFromParam(param: string | undefined): Locale {
  return param === 'en' ? 'en' : 'zh';
}

function prefix(lang: Locale): string {
  return lang === DEFAULT_LOCALE ? BASE.slice(0, -1) : `${BASE}${lang}`;
}

export const routes = {
  home: (lang: Locale) => `${prefix(lang)}/`,
  report: (lang: Locale, bureauId: string, year: number) => `${prefix(lang)}/reports/${bureauId}/${year}/`,
  figure: (lang: Locale, bureauId: string, year: number, figureId: string) =>
    `${prefix(lang)}/reports/${bureauId}/${year}/#${figureId}`,
  bureau: (lang: Locale, bureauId: string) => `${prefix(lang)}/bureaus/${bureauId}/`,
  bureaus: (lang: Locale) => `${prefix(lang)}/bureaus/`,
  indicator: (lang: Locale, indicatorId: string) => `${prefix(lang)}/indicators/${indicatorId}/`,
  /**
   * One page of an indicator's figures of a province (a bureau id, or "no_province") and a
   * bureau level, when the indicator is split (src/lib/indicator-pages.ts); page 1 has no number.
   */
  indicatorGroup: (lang: Locale, indicatorId: string, province: string, level: string, page = 1) =>
    `${prefix(lang)}/indicators/${indicatorId}/${province}/${level}/${page > 1 ? `${page}/` : ''}`,
  /** A chart alone, for other sites' <iframe>s (src/pages/[...lang]/embed/). */
  embed: (lang: Locale, indicatorId: string) => `${prefix(lang)}/embed/indicators/${indicatorId}/`,
  /**
   * An indicator page's row for one figure: stable as long as the figure id is. On the top
   * page only while the indicator is not split (src/lib/indicator-pages.ts); when it is,
   * the row is on its group's page, with the same anchor.
   */
  indicatorRow: (lang: Locale, indicatorId: string, bureauId: string, year: number, figureId: string) =>
    `${prefix(lang)}/indicators/${indicatorId}/#${indicatorRowId(bureauId, year, figureId)}`,
  indicators: (lang: Locale) => `${prefix(lang)}/indicators/`,
  topic: (lang: Locale, topic: string) => `${prefix(lang)}/topics/${topic}/`,
  topics: (lang: Locale) => `${prefix(lang)}/topics/`,
  about: (lang: Locale) => `${prefix(lang)}/about/`,
  search: (lang: Locale) => `${prefix(lang)}/search/`,
  feed: (lang: Locale) => `${prefix(lang)}/feed.xml`,
  /** The page a host serves for a missing URL (one for both languages: see docs/architecture.md). */
  notFound: () => withBase('404.html'),
  sitemap: () => withBase('sitemap.xml'),
  /** One file of the sitemap index (src/lib/sitemaps.ts), numbered from 0. */
  sitemapFile: (index: number) => withBase(`sitemap-${index}.xml`),
  /** A file of the built site, the same in every language: public/ (care.js), downloads ("/data/annals.csv"). */
  file: (path: string) => withBase(path),
  pagefind: () => withBase('pagefind/pagefind.js'),
} as const;

/** The anchor of a figure's row on its indicator page. */
export function indicatorRowId(bureauId: string, year: number, figureId: string): string {
  return `${bureauId}-${year}-${figureId}`;
}

/** The same page in the other language: the path (with its base) with its locale prefix swapped. */
export function switchLocale(pathname: string, to: Locale): string {
  const bare = withoutBase(pathname).replace(/^\/en(?=\/|$)/, '') || '/';
  return withBase(to === DEFAULT_LOCALE ? bare : `/${to}${bare === '/' ? '/' : bare}`);
}

/**
 * The Traditional Chinese edition: every Chinese page again under /zh-hant/, converted from
 * the Simplified one after rendering (src/lib/hant/). Its language is zh; only the script differs.
 */
export const HANT_SEGMENT = 'zh-hant';

/** Top-level folders and files that are not Chinese pages (the same in every edition). */
const NOT_A_PAGE = /^(en|zh-hant|_astro|pagefind|data)(\/|$)|^[^/]+\.(?!xml$)[a-z0-9]+$|^sitemap(-\d+)?\.xml$/;

/**
 * The Traditional edition's address of a Simplified page's path or URL under the base:
 * "/mzj/annals/reports/donghu/2022/#x" → "/mzj/annals/zh-hant/reports/donghu/2022/#x",
 * "/feed.xml" → "/zh-hant/feed.xml"; an absolute URL only on the site's own `origin`
 * ("https://example.gov.cn"). Anything else (English pages, assets, downloads, the
 * sitemap, other hosts, "#anchors", relative paths) is returned as it is. `base`: this
 * build's (compiled code has it; the integration, run by plain Node, passes Astro's).
 */
export function toHant(url: string, origin?: string, base: string = BASE): string {
  const match = /^(https?:\/\/[^/]+)?(\/[^?#]*)(.*)$/.exec(url);
  if (!match || !match[2]!.startsWith(base)) return url;
  if (match[1] !== undefined && match[1] !== origin) return url;
  const rest = match[2]!.slice(base.length);
  if (NOT_A_PAGE.test(rest)) return url;
  return `${match[1] ?? ''}${base}${HANT_SEGMENT}/${rest}${match[3]}`;
}

/** The locale of a URL path (with its base). */
export function localeOfPath(pathname: string): Locale {
  return /^\/en(\/|$)/.test(withoutBase(pathname)) ? 'en' : 'zh';
}
