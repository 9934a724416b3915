/**
 * What a citation cites, in one language: a report page, an indicator page or one figure
 * (a row of a report page), and, for a figure with a source of its own, that source
 * document. Every citation style and export (gbt7714.ts, apa.ts, export.ts) is written
 * from these, so a report's GB/T line, its RIS file and its `citation_*` tags never disagree.
 *
 * Pure functions of the validated Site: dates come from the data (never the clock), URLs
 * from src/lib/routes.ts (so they carry the base path) resolved against the site's URL.
 */
import { t } from '../../i18n/index.ts';
import type { Locale, Localized } from '../../schemas/common.ts';
import type { SourceKind } from '../../schemas/report-data.ts';
import type { Figure, Report, Site } from '../model.ts';
import { routes } from '../routes.ts';
import { figuresOfIndicator } from '../series.ts';

/** A page of this site as a citable work. */
export interface CitedWork {
  /** report: a report page; dataset: an indicator page; figure: one row of a report page. */
  kind: 'report' | 'dataset' | 'figure';
  /** Responsible body, an organisation's full name ("示例区民政局"); never split into person names. */
  author: string;
  title: string;
  /** Other title information (GB/T 7714 题名: 其他题名信息): the figure's label. */
  part?: string;
  /** Publication or last-update date as the data gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  /** This website's name (APA's site name, RIS PB, CSL publisher). */
  siteName: string;
  /** Absolute URL of the page (with the figure's anchor for a figure). */
  url: string;
  lang: Locale;
}

/** A figure's own source document, which our page reproduces (the original of a secondary citation). */
export interface OriginalWork {
  author?: string;
  title: string;
  published?: string;
  url?: string;
  /** What kind of document (data's `source.kind`): a yearbook without a URL is a book. */
  kind?: SourceKind;
}

function localizedIn(text: Localized, lang: Locale): string {
  return text[lang] || text[lang === 'zh' ? 'en' : 'zh'];
}

/** The report's title in a language: its narrative's, the other language's, or the source's. */
export function citationTitle(report: Report, lang: Locale): string {
  const other: Locale = lang === 'zh' ? 'en' : 'zh';
  return withoutFinalStop(report.narratives[lang]?.title ?? report.narratives[other]?.title ?? report.source.title);
}

/** A final full stop would double the style's own separator. */
export function withoutFinalStop(text: string): string {
  return text.trim().replace(/[.。]\s*$/, '');
}

/** When the bureau made the report public: the disclosure date, else the source's date; none when neither is given. */
export function reportPublished(report: Report): string | undefined {
  return report.disclosure?.date?.slice(0, 10) ?? report.source.date;
}

function bureauAuthor(site: Site, report: Report, lang: Locale): string {
  const bureau = site.bureaus[report.bureauId];
  if (!bureau) throw new Error(`Validated site lost bureau ${report.bureauId}`);
  return withoutFinalStop(bureau.name[lang]);
}

/** A report page: the bureau is its author, the report's title its title. */
export function reportWork(site: Site, report: Report, lang: Locale, siteUrl: string | URL): CitedWork {
  const published = reportPublished(report);
  return {
    kind: 'report',
    author: bureauAuthor(site, report, lang),
    title: citationTitle(report, lang),
    ...(published && { published }),
    siteName: t(lang, 'siteName'),
    url: new URL(routes.report(lang, report.bureauId, report.year), siteUrl).href,
    lang,
  };
}

/**
 * An indicator page: a compilation of this site, so the site is its author; its date is the
 * latest publication date of the reports it draws on (when the page last changed in substance).
 */
export function indicatorWork(site: Site, indicatorId: string, lang: Locale, siteUrl: string | URL): CitedWork {
  const indicator = site.indicators[indicatorId];
  if (!indicator) throw new Error(`No indicator ${indicatorId}`);
  const dates = figuresOfIndicator(site, indicatorId).map(({ report }) => reportPublished(report)).filter((date) => date !== undefined);
  const published = dates.sort().at(-1);
  return {
    kind: 'dataset',
    author: t(lang, 'siteName'),
    title: withoutFinalStop(indicator.name[lang]),
    ...(published && { published }),
    siteName: t(lang, 'siteName'),
    url: new URL(routes.indicator(lang, indicatorId), siteUrl).href,
    lang,
  };
}

/** One figure: its report page, with the figure's label as other title information and its anchor in the URL. */
export function figureWork(site: Site, report: Report, figure: Figure, lang: Locale, siteUrl: string | URL): CitedWork {
  const indicator = site.indicators[figure.indicatorId];
  if (!indicator) throw new Error(`Validated site lost indicator ${figure.indicatorId}`);
  return {
    ...reportWork(site, report, lang, siteUrl),
    kind: 'figure',
    part: withoutFinalStop(figure.label?.[lang] ?? indicator.name[lang]),
    url: new URL(routes.figure(lang, report.bureauId, report.year, figure.id), siteUrl).href,
  };
}

/**
 * The figure's own source document (its data's `source`, which overrides the report's), when
 * it names one; undefined otherwise, and the figure is cited as our page alone. The report's
 * own source is not an original: the report page is that document, reproduced.
 */
export function figureOriginal(figure: Figure, lang: Locale): OriginalWork | undefined {
  const source = figure.source;
  if (!source) return undefined;
  return {
    ...(source.publisher && { author: withoutFinalStop(localizedIn(source.publisher, lang)) }),
    title: withoutFinalStop(source.title),
    ...(source.date && { published: source.date }),
    ...(source.url && { url: source.url }),
    ...(source.kind && { kind: source.kind }),
  };
}
