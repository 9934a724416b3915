/**
 * Every URL of the site, in one place. Chinese lives at the root, English under /en/;
 * every page exists in both. URLs end with a slash (directory-style output), and figure
 * anchors are the figure ids, which never change when data is added.
 */
import type { Locale } from '../schemas/common.ts';

export const DEFAULT_LOCALE: Locale = 'zh';

/** The `[...lang]` route parameter: undefined for Chinese at the root. */
export function langParam(lang: Locale): string | undefined {
  return lang === DEFAULT_LOCALE ? undefined : lang;
}

export function langFromParam(param: string | undefined): Locale {
  return param === 'en' ? 'en' : 'zh';
}

function prefix(lang: Locale): string {
  return lang === DEFAULT_LOCALE ? '' : `/${lang}`;
}

export const routes = {
  home: (lang: Locale) => `${prefix(lang)}/`,
  report: (lang: Locale, bureauId: string, year: number) => `${prefix(lang)}/reports/${bureauId}/${year}/`,
  figure: (lang: Locale, bureauId: string, year: number, figureId: string) =>
    `${prefix(lang)}/reports/${bureauId}/${year}/#${figureId}`,
  bureau: (lang: Locale, bureauId: string) => `${prefix(lang)}/bureaus/${bureauId}/`,
  bureaus: (lang: Locale) => `${prefix(lang)}/bureaus/`,
  indicator: (lang: Locale, indicatorId: string) => `${prefix(lang)}/indicators/${indicatorId}/`,
  /** An indicator page's row for one figure: stable as long as the figure id is. */
  indicatorRow: (lang: Locale, indicatorId: string, bureauId: string, year: number, figureId: string) =>
    `${prefix(lang)}/indicators/${indicatorId}/#${indicatorRowId(bureauId, year, figureId)}`,
  indicators: (lang: Locale) => `${prefix(lang)}/indicators/`,
  topic: (lang: Locale, topic: string) => `${prefix(lang)}/topics/${topic}/`,
  topics: (lang: Locale) => `${prefix(lang)}/topics/`,
  about: (lang: Locale) => `${prefix(lang)}/about/`,
  search: (lang: Locale) => `${prefix(lang)}/search/`,
} as const;

/** The anchor of a figure's row on its indicator page. */
export function indicatorRowId(bureauId: string, year: number, figureId: string): string {
  return `${bureauId}-${year}-${figureId}`;
}

/** The same page in the other language: the path with its locale prefix swapped. */
export function switchLocale(pathname: string, to: Locale): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  return to === DEFAULT_LOCALE ? bare : `/${to}${bare === '/' ? '/' : bare}`;
}

export function localeOfPath(pathname: string): Locale {
  return /^\/en(\/|$)/.test(pathname) ? 'en' : 'zh';
}
