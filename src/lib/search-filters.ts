/**
 * Search filter values (bureau, year, topic, type), in one place for the page markup and
 * the figure records, so that a filter narrows both to exactly the same values. Pure:
 * pages import it without pulling Pagefind's Node API into the build.
 */
import { TOPIC_NAMES } from '../i18n/vocabulary.ts';
import type { Locale } from '../schemas/common.ts';
import type { Topic } from '../schemas/indicator.ts';
import { formatReportYear } from './format.ts';
import type { Report, Site } from './model.ts';

export type SearchFilters = Record<string, string[]>;

/** The year filter's value: the year, or "年份不详"/"undated" for an undated report. */
export function searchYear(report: Pick<Report, 'year' | 'undated'>, lang: Locale): string {
  return report.undated ? formatReportYear(report, lang) : String(report.year);
}

/**
 * The bureau filter's value: its short name (东湖区), or, when another bureau shares that
 * short name in this language (two 东湖区 in different cities), its full name; the id as a
 * last resort. One value per bureau, so the filter never merges two publishers.
 */
export function bureauFilterValue(site: Pick<Site, 'bureaus'>, bureauId: string, lang: Locale): string {
  const bureau = site.bureaus[bureauId];
  if (!bureau) return bureauId;
  const others = Object.entries(site.bureaus).filter(([id]) => id !== bureauId).map(([, other]) => other);
  if (!others.some((other) => other.short[lang] === bureau.short[lang])) return bureau.short[lang];
  if (!others.some((other) => other.name[lang] === bureau.name[lang])) return bureau.name[lang];
  return `${bureau.name[lang]} (${bureauId})`;
}

export function searchFilters(
  site: Site,
  lang: Locale,
  of: { bureauId?: string; report?: Pick<Report, 'year' | 'undated'>; topics?: readonly Topic[]; holdsFigures?: boolean },
): SearchFilters {
  const filters: SearchFilters = {};
  if (of.bureauId) filters.bureau = [bureauFilterValue(site, of.bureauId, lang)];
  if (of.report) filters.year = [searchYear(of.report, lang)];
  if (of.topics?.length) filters.topic = [...new Set(of.topics.map((topic) => TOPIC_NAMES[topic][lang]))].sort();
  // A report page is found as a page and holds its figures' hits (src/lib/search/figure-hits.ts).
  filters.type = of.holdsFigures ? [searchType(lang, 'page'), searchType(lang, 'figure')] : [searchType(lang, 'page')];
  return filters;
}

/** The type filter's value for pages or figures ("页面"/"数据", "Pages"/"Figures"). */
export function searchType(lang: Locale, kind: 'page' | 'figure'): string {
  if (kind === 'figure') return lang === 'zh' ? '数据' : 'Figures';
  return lang === 'zh' ? '页面' : 'Pages';
}
