/**
 * Highwire Press `citation_*` meta tags for a report page: what Zotero's "Embedded
 * Metadata" translator and Google Scholar read to save the page as a report. The author is
 * the bureau, as one organisation name (never split into person names); the date is
 * written Highwire's way, 2023/03/17 (or 2023/03, 2023).
 */
import { HTML_LANG } from '../../i18n/index.ts';
import type { CitedWork } from './work.ts';

export interface MetaTag {
  name: string;
  content: string;
}

export function highwireTags(work: CitedWork): MetaTag[] {
  return [
    { name: 'citation_title', content: work.part ? `${work.title}: ${work.part}` : work.title },
    { name: 'citation_author', content: work.author },
    ...(work.published ? [{ name: 'citation_publication_date', content: work.published.replaceAll('-', '/') }] : []),
    { name: 'citation_publisher', content: work.author },
    { name: 'citation_technical_report_institution', content: work.author },
    { name: 'citation_language', content: HTML_LANG[work.lang] },
    { name: 'citation_public_url', content: work.url },
  ];
}
