/**
 * Citation exports of every report and indicator page, per language (src/lib/cite/files.ts):
 * RIS and CSL-JSON for both languages, BibTeX for English.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_MEDIA_TYPES, toBibtex, toCslJson, toRis, type CitationFormat } from '../../../lib/cite/export.ts';
import { citationFormats, citationId, citationPath, type CitedPage } from '../../../lib/cite/files.ts';
import { indicatorWork, reportWork } from '../../../lib/cite/work.ts';
import { FALLBACK_SITE_URL } from '../../../lib/downloads.ts';
import { site } from '../../../lib/site.ts';
import { LOCALES, type Locale } from '../../../schemas/common.ts';
import { owns, ownsBureau } from '../../../lib/shard/owns.ts';

interface Props {
  page: CitedPage;
  lang: Locale;
  format: CitationFormat;
}

export const getStaticPaths = (() => {
  const pages: CitedPage[] = [
    // A report's files belong to its bureau's shard, the indicators' to shard 1 (src/lib/shard/).
    ...site.reports.filter((report) => ownsBureau(report.bureauId)).map((report): CitedPage => ({ kind: 'report', bureauId: report.bureauId, year: report.year })),
    ...(owns('site') ? Object.keys(site.indicators).sort() : []).map((indicatorId): CitedPage => ({ kind: 'indicator', indicatorId })),
  ];
  return LOCALES.flatMap((lang) =>
    pages.flatMap((page) =>
      citationFormats(lang).map((format) => ({
        params: { file: citationPath(page, lang, format).replace(/^\/data\/cite\//, '') },
        props: { page, lang, format } satisfies Props,
      })),
    ),
  );
}) satisfies GetStaticPaths;

const WRITERS = { ris: toRis, csl: toCslJson, bib: toBibtex } as const;

export const GET: APIRoute<Props> = (context) => {
  const { page, lang, format } = context.props;
  const siteUrl = context.site ?? FALLBACK_SITE_URL;
  const work = page.kind === 'indicator'
    ? indicatorWork(site, page.indicatorId, lang, siteUrl)
    : reportWork(site, site.reports.find((report) => report.bureauId === page.bureauId && report.year === page.year)!, lang, siteUrl);
  const body = WRITERS[format](work, citationId(page));
  return new Response(body, { headers: { 'Content-Type': `${CITATION_MEDIA_TYPES[format]}; charset=utf-8` } });
};
