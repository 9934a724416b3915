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

export function searchFilters(
  site: Site,
  lang: Locale,
  of: { bureauId?: string; report?: Pick<Report, 'year' | 'undated'>; topics?: readonly Topic[]; figure?: boolean },
): SearchFilters {
  const filters: SearchFilters = {};
  if (of.bureauId) filters.bureau = [site.bureaus[of.bureauId]?.short[lang] ?? of.bureauId];
  if (of.report) filters.year = [searchYear(of.report, lang)];
  if (of.topics?.length) filters.topic = [...new Set(of.topics.map((topic) => TOPIC_NAMES[topic][lang]))].sort();
  filters.type = [of.figure ? (lang === 'zh' ? '数据' : 'Figures') : lang === 'zh' ? '页面' : 'Pages'];
  return filters;
}
