/**
 * What each page says about itself in <meta name="description"> (search engines and link
 * previews show it), generated from the data so it never drifts from the page. Figures go
 * through the same formatter as the page's tables (format.ts), never retyped.
 */
import { t } from '../i18n/index.ts';
import { LEVEL_DESCRIPTIONS } from '../i18n/vocabulary.ts';
import type { Locale } from '../schemas/common.ts';
import { formatFigureValue, formatReportYear } from './format.ts';
import type { BureauEntry, IndicatorEntry, Report } from './model.ts';
import type { PlacedFigure } from './series.ts';

/**
 * The latest reported value of an indicator: the actual figure (targets only when there is
 * no actual) of the latest dated report year, then the latest as-of date. Undefined when none.
 */
export function latestFigure(placed: PlacedFigure[]): PlacedFigure | undefined {
  const dated = placed.filter(({ report }) => !report.undated);
  const actual = dated.filter(({ figure }) => figure.status !== 'target');
  const pool = actual.length > 0 ? actual : dated;
  return pool.reduce<PlacedFigure | undefined>((latest, candidate) => {
    if (!latest) return candidate;
    const newer = candidate.report.year - latest.report.year || candidate.figure.asOf.localeCompare(latest.figure.asOf);
    return newer > 0 ? candidate : latest;
  }, undefined);
}

/**
 * An indicator page's description: its definition (or name) and its latest value as the
 * page shows it, e.g. "… 最新数值：东湖区2022年1.2万张。" / "… Latest value: 12,000 beds (Donghu, 2022)."
 * `bureauShort` gives a bureau's short name in `lang`.
 */
export function indicatorDescription(indicator: IndicatorEntry, placed: PlacedFigure[], lang: Locale, bureauShort: (bureauId: string) => string): string {
  const lead = sentence(indicator.definition?.[lang] ?? indicator.name[lang], lang);
  const latest = latestFigure(placed);
  if (!latest) return lead;
  const value = formatFigureValue(latest.figure, indicator, lang);
  const latestValue = t(lang, 'descIndicatorLatest', { value, bureau: bureauShort(latest.report.bureauId), year: formatReportYear(latest.report, lang) });
  return `${lead}${lang === 'zh' ? '' : ' '}${latestValue}`;
}

/** Text ending as a sentence: "…agencies" → "…agencies." / "…床位" → "…床位。"; already-ended text unchanged. */
function sentence(text: string, lang: Locale): string {
  const trimmed = text.trim();
  if (/[.!?。！？]$/u.test(trimmed)) return trimmed;
  return `${trimmed}${lang === 'zh' ? '。' : '.'}`;
}

/** A bureau page's description: name, level and the years its reports cover ("2019—2022" / "2019–2022"). */
export function bureauDescription(bureau: BureauEntry, reports: Report[], lang: Locale): string {
  const years = reports.filter((report) => !report.undated).map((report) => report.year).sort((a, b) => a - b);
  const first = years[0];
  const last = years.at(-1);
  const span = first === undefined || last === undefined ? formatReportYear({ year: 0, undated: true }, lang) : first === last ? String(first) : `${first}${lang === 'zh' ? '—' : '–'}${last}`;
  return t(lang, 'descBureau', { name: bureau.name[lang], level: LEVEL_DESCRIPTIONS[bureau.level][lang], years: span, count: reports.length });
}
