/**
 * The search index, written by Pagefind's Node API after Astro has built the pages.
 *
 * Pages are indexed from their <main> (data-pagefind-body), so navigation and footers are
 * not. Every figure is also a record of its own, so a search for 养老床位 or "eldercare
 * beds" returns the numbers themselves, linking to each figure's anchor. One index per
 * language follows from the pages' <html lang> and the records' language.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { HTML_LANG } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../schemas/common.ts';
import { STATUS_NAMES } from '../i18n/vocabulary.ts';
import { figureSource, formatSource } from './figure-notes.ts';
import { formatFigureValue, formatPeriod, formatReportYear } from './format.ts';
import { searchFilters, searchYear } from './search-filters.ts';
import type { Figure, Report, Site } from './model.ts';
import { routes } from './routes.ts';
import { figureNumbers, numberToken } from './search/number-tokens.ts';
import { traditionalConverter } from './hant/convert.ts';
import { hantRecord } from './hant/record.ts';

export interface FigureRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function figureRecord(site: Site, report: Report, figure: Figure, lang: Locale): FigureRecord {
  const indicator = site.indicators[figure.indicatorId]!;
  const bureau = site.bureaus[report.bureauId]!;
  const value = formatFigureValue(figure, indicator, lang);
  const name = figure.label?.[lang] ?? indicator.name[lang];
  const status = figure.status === 'actual' ? '' : STATUS_NAMES[figure.status][lang].toLowerCase();
  // The figure's own source when it has one (a news report, a yearbook), else its report's.
  const source = formatSource(figureSource(figure, report), lang);
  // The as-of date only says something when it is not simply the report's year.
  const asOf = figure.asOf === '' || figure.asOf === String(report.year) ? '' : formatPeriod(figure.asOf, lang);
  const title = `${bureau.short[lang]}${lang === 'zh' ? '' : ' '}${formatReportYear(report, lang)} · ${name}`;
  // The indicator's own name is searchable even when the figure carries a more specific
  // label, and both languages' names are, so "marriage" on the Chinese page finds figures.
  const other: Locale = lang === 'zh' ? 'en' : 'zh';
  const names = [name, indicator.name[lang], bureau.name[lang], bureau.short[lang], figure.label?.[other] ?? '', indicator.name[other], bureau.name[other], bureau.short[other]];
  // Every number the figure shows, as plain digits ("207000" for 20.7万) and as exact
  // number tokens (search/number-tokens.ts), so queries match values, not digit prefixes.
  const numbers = figureNumbers(figure);
  const content = [...names, value, searchYear(report, lang), asOf, status, figure.note?.[lang] ?? '', source, ...numbers.filter((number) => /^\d+$/u.test(number)), ...numbers.map(numberToken)]
    .filter(Boolean)
    .join(' ');
  return {
    url: routes.figure(lang, report.bureauId, report.year, figure.id),
    content,
    language: HTML_LANG[lang].toLowerCase(), // Pagefind lowercases the pages' <html lang>; records must match to share their index
    meta: { title, value, indicator: indicator.name[lang], bureau: bureau.short[lang], year: searchYear(report, lang), asOf, status, source, kind: 'figure' },
    filters: searchFilters(site, lang, { bureauId: report.bureauId, report, topics: [indicator.topic], figure: true }),
  };
}

const RECORD_BATCH = 200;

export async function indexSite(outDir: string, site: Site): Promise<{ pages: number; figures: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    // The Traditional edition's records are the Chinese ones, converted (src/lib/hant/).
    const toTraditional = traditionalConverter(site.hantKeep);
    const records = site.reports.flatMap((report) =>
      report.figures.flatMap((figure) => {
        const records = LOCALES.map((lang) => figureRecord(site, report, figure, lang));
        const zh = records.find((record) => record.language === HTML_LANG.zh.toLowerCase())!;
        return [...records, hantRecord(zh, toTraditional)];
      }),
    );
    // In batches: one round trip per record to Pagefind's process is most of the time on
    // large sites, and unbounded concurrency would queue every record in memory at once.
    for (let start = 0; start < records.length; start += RECORD_BATCH) {
      const responses = await Promise.all(records.slice(start, start + RECORD_BATCH).map((record) => index.addCustomRecord(record)));
      const errors = responses.flatMap((response) => response.errors);
      if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
    }
    const figures = records.length;
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count, figures };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
