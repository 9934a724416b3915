/**
 * Discovery files: the pages the sitemap lists (written by sitemaps.ts), Atom feeds of
 * reports per locale, and robots.txt. Pure functions of the site and its public URL.
 */
import { HTML_LANG, t } from '../i18n/index.ts';
import type { Locale } from '../schemas/common.ts';
import { TOPICS } from '../schemas/indicator.ts';
import { correctionId, corrections, correctionTitle } from './feed-corrections.ts';
import type { Report, Site } from './model.ts';
import { indicatorGroupPages } from './indicator-pages.ts';
import { routes } from './routes.ts';

const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Every page of the site, once per locale, as functions of the locale. */
export function allPages(site: Site): Array<(lang: Locale) => string> {
  return [
    routes.home,
    routes.bureaus,
    routes.indicators,
    routes.topics,
    routes.about,
    routes.search,
    ...site.reports.map((report) => (lang: Locale) => routes.report(lang, report.bureauId, report.year)),
    ...Object.keys(site.bureaus).map((id) => (lang: Locale) => routes.bureau(lang, id)),
    ...Object.keys(site.indicators).map((id) => (lang: Locale) => routes.indicator(lang, id)),
    ...Object.keys(site.indicators).flatMap((id) => indicatorGroupPages(site, id)),
    ...TOPICS.map((topic) => (lang: Locale) => routes.topic(lang, topic)),
  ];
}

/** The date a report was published, for feeds: the source date, else its disclosure date, else its year. */
export function publishedDate(report: Report): string {
  return atomDate(report.source.date ?? report.disclosure?.date?.slice(0, 10) ?? String(report.year));
}

/** A date of any precision as Atom's timestamp: "2022-09" → "2022-09-01T00:00:00Z". */
function atomDate(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

/** Entries a feed lists: the newest only, so a feed stays small however many reports the site holds (docs/scale.md). */
export const FEED_ENTRIES = 50;

/**
 * The Atom feed of a locale: one entry per report and one per correction of a figure
 * (src/lib/feed-corrections.ts), the `limit` newest, newest first.
 */
export function atomFeed(site: Site, origin: string, lang: Locale, limit = FEED_ENTRIES): string {
  const feedUrl = new URL(routes.feed(lang), origin).href;
  const reportEntries = site.reports.map((report) => {
    const url = new URL(routes.report(lang, report.bureauId, report.year), origin).href;
    const narrative = report.narratives[lang] ?? report.narratives[lang === 'zh' ? 'en' : 'zh'];
    const bureau = site.bureaus[report.bureauId];
    const text = [
      '  <entry>',
      `    <title>${xml(narrative?.title ?? `${bureau?.name[lang] ?? report.bureauId} ${report.year}`)}</title>`,
      `    <link href="${xml(url)}"/>`,
      `    <id>${xml(url)}</id>`,
      `    <updated>${publishedDate(report)}</updated>`,
      `    <author><name>${xml(bureau?.name[lang] ?? report.bureauId)}</name></author>`,
      narrative?.summary ? `    <summary>${xml(narrative.summary)}</summary>` : '',
      '  </entry>',
    ].filter(Boolean).join('\n');
    return { updated: publishedDate(report), bureauId: report.bureauId, text };
  });
  const correctionEntries = corrections(site, lang).map((correction) => {
    const { report, figure } = correction;
    const bureau = site.bureaus[report.bureauId];
    const text = [
      '  <entry>',
      `    <title>${xml(correctionTitle(site, correction, lang))}</title>`,
      `    <link href="${xml(new URL(routes.figure(lang, report.bureauId, report.year, figure.id), origin).href)}"/>`,
      `    <id>${xml(correctionId(correction, origin, lang))}</id>`,
      `    <updated>${atomDate(correction.date)}</updated>`,
      `    <author><name>${xml(bureau?.name[lang] ?? report.bureauId)}</name></author>`,
      correction.reason ? `    <summary>${xml(correction.reason)}</summary>` : '',
      '  </entry>',
    ].filter(Boolean).join('\n');
    return { updated: atomDate(correction.date), bureauId: report.bureauId, text };
  });
  const entries = [...reportEntries, ...correctionEntries].sort((a, b) => b.updated.localeCompare(a.updated) || a.bureauId.localeCompare(b.bureauId)).slice(0, limit);
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00Z';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${HTML_LANG[lang]}">\n  <title>${xml(t(lang, 'siteName'))}</title>\n  <subtitle>${xml(t(lang, 'siteTagline'))}</subtitle>\n  <link href="${xml(feedUrl)}" rel="self"/>\n  <link href="${xml(new URL(routes.home(lang), origin).href)}"/>\n  <id>${xml(feedUrl)}</id>\n  <updated>${updated}</updated>\n${entries.map((entry) => entry.text).join('\n')}\n</feed>\n`;
}

/**
 * robots.txt. Crawlers read it only at a host's root, so under a base path it is a file for
 * the host's owner to merge into theirs; its Sitemap line carries the base either way.
 */
export function robots(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(routes.sitemap(), origin).href}\n`;
}
