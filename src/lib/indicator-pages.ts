/**
 * How an indicator's figures are spread over pages, so that no indicator page grows with the
 * corpus (issue 13, docs/scale.md "Bounds"). Pure functions of the site.
 *
 * An indicator with at most INDICATOR_PAGE_ROWS figures keeps one page listing them all.
 * Above that, its top page holds the national and province-level figures (the summary) and
 * links to one page per province and bureau level, each split into numbered pages of at
 * most INDICATOR_PAGE_ROWS rows. Every figure is on exactly one page.
 */
import { LEVELS, type Level } from '../schemas/bureau.ts';
import type { Locale } from '../schemas/common.ts';
import type { Site } from './model.ts';
import { routes } from './routes.ts';
import { figuresOfIndicator, type PlacedFigure } from './series.ts';

/**
 * The most figure rows one indicator page lists. A row is 320–530 bytes of HTML (the
 * indicator-pages fixture and the sample site), so a page of 1,000 rows is 0.3–0.55 MB, and a
 * split group page draws no chart; one page for a whole national indicator (3,200 bureaus ×
 * 10 years, about 28,700 rows) would be 20 MB or more, its chart data as large again.
 * docs/scale.md ("Bounds") records it.
 */
export const INDICATOR_PAGE_ROWS = 1000;

/** Levels whose figures the top page of a split indicator shows: the nation's and the provinces'. */
export const SUMMARY_LEVELS: readonly Level[] = ['national', 'province', 'municipality'];

/** Levels that are a province (省 and 直辖市): the group a bureau under them belongs to. */
const PROVINCE_LEVELS: readonly Level[] = ['province', 'municipality'];

/**
 * The URL segment of the group of bureaus with no province. Bureau ids never hold "_"
 * (kebab-case), so it cannot be a province's id; not leading, so hosts that hide
 * "_folders" (Jekyll on GitHub Pages) still serve it.
 */
export const NO_PROVINCE = 'no_province';

/** The province a bureau belongs to: itself or its nearest `parent` of province level; undefined if none. */
export function provinceOf(site: Pick<Site, 'bureaus'>, bureauId: string): string | undefined {
  const seen = new Set<string>();
  for (let id: string | undefined = bureauId; id !== undefined && !seen.has(id); id = site.bureaus[id]?.parent) {
    seen.add(id);
    const level = site.bureaus[id]?.level;
    if (level && PROVINCE_LEVELS.includes(level)) return id;
  }
  return undefined;
}

/** The figures of one province (or NO_PROVINCE) and bureau level, in pages. */
export interface IndicatorGroup {
  /** A province's bureau id, or NO_PROVINCE. */
  province: string;
  level: Level;
  /** The group's figures in pages of at most the limit, in figuresOfIndicator's order. */
  pages: PlacedFigure[][];
  bureaus: number;
  /** The distinct report years, ascending. */
  years: number[];
  rows: number;
}

/** One page for all figures, or a summary on the top page and groups on pages of their own. */
export type IndicatorPlan =
  | { split: false; rows: PlacedFigure[] }
  | { split: true; summary: PlacedFigure[]; groups: IndicatorGroup[]; rows: number };

/**
 * The pages of an indicator. `limit` (rows per page, default INDICATOR_PAGE_ROWS) exists for
 * unit tests. When split: `summary` is the figures of SUMMARY_LEVELS bureaus if they fit in
 * `limit` (else empty, and they are grouped like the rest: a province under itself, the
 * nation under NO_PROVINCE); `groups` are ordered by province (region code, then id;
 * NO_PROVINCE last), then level as in LEVELS.
 */
export function planIndicator(site: Site, indicatorId: string, limit: number = INDICATOR_PAGE_ROWS): IndicatorPlan {
  const placed = figuresOfIndicator(site, indicatorId);
  if (placed.length <= limit) return { split: false, rows: placed };
  const levelOf = (bureauId: string): Level => site.bureaus[bureauId]?.level ?? 'other';
  const lifted = placed.filter(({ report }) => SUMMARY_LEVELS.includes(levelOf(report.bureauId)));
  const summary = lifted.length <= limit ? lifted : [];
  const inSummary = new Set(summary);
  const byKey = new Map<string, { province: string; level: Level; rows: PlacedFigure[] }>();
  for (const row of placed) {
    if (inSummary.has(row)) continue;
    const province = provinceOf(site, row.report.bureauId) ?? NO_PROVINCE;
    const level = levelOf(row.report.bureauId);
    const key = `${province}\u0000${level}`;
    const group = byKey.get(key) ?? { province, level, rows: [] };
    group.rows.push(row);
    byKey.set(key, group);
  }
  const groups = [...byKey.values()].map(({ province, level, rows }) => ({
    province,
    level,
    pages: chunk(rows, limit),
    bureaus: new Set(rows.map(({ report }) => report.bureauId)).size,
    years: [...new Set(rows.map(({ report }) => report.year))].sort((a, b) => a - b),
    rows: rows.length,
  }));
  const provinceRank = (province: string): string =>
    province === NO_PROVINCE ? '\uffff' : `${site.bureaus[province]?.region_code ?? '999999'}\u0000${province}`;
  groups.sort((a, b) => compare(provinceRank(a.province), provinceRank(b.province)) || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  return { split: true, summary, groups, rows: placed.length };
}

/** The figures a chart of the whole indicator draws: all of them, or only the summary when split. */
export function chartedFigures(plan: IndicatorPlan): PlacedFigure[] {
  return plan.split ? plan.summary : plan.rows;
}

/** The group pages of a split indicator (none otherwise), as functions of the locale, in order: for the sitemap. */
export function indicatorGroupPages(site: Site, indicatorId: string): Array<(lang: Locale) => string> {
  const plan = planIndicator(site, indicatorId);
  if (!plan.split) return [];
  return plan.groups.flatMap((group) => group.pages.map((_, index) => (lang: Locale) => routes.indicatorGroup(lang, indicatorId, group.province, group.level, index + 1)));
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages;
}

/** Code-point order, the same on every machine (no locale collation). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
