/**
 * Where the citation exports live: stable URLs under /data/cite/, per language (the title
 * and the author are the page's), one file per report or indicator and format:
 *
 *   /data/cite/<zh|en>/reports/<bureau>-<year>.ris | .csl.json | .bib (en only)
 *   /data/cite/<zh|en>/indicators/<indicator>.ris | .csl.json | .bib (en only)
 *
 * Paths are without the base; links use `routes.file(path)`.
 */
import type { Locale } from '../../schemas/common.ts';
import type { CitationFormat } from './export.ts';

export const CITATION_EXTENSIONS: Record<CitationFormat, string> = { ris: 'ris', csl: 'csl.json', bib: 'bib' };

/** The formats a page in `lang` offers: BibTeX is for English pages (LaTeX users cite in English). */
export function citationFormats(lang: Locale): CitationFormat[] {
  return lang === 'en' ? ['ris', 'csl', 'bib'] : ['ris', 'csl'];
}

export type CitedPage = { kind: 'report'; bureauId: string; year: number } | { kind: 'indicator'; indicatorId: string };

/** The id of a page's citation item: its CSL id and BibTeX key, and its file name stem. */
export function citationId(page: CitedPage): string {
  return page.kind === 'report' ? `${page.bureauId}-${page.year}` : page.indicatorId;
}

export function citationPath(page: CitedPage, lang: Locale, format: CitationFormat): string {
  const folder = page.kind === 'report' ? 'reports' : 'indicators';
  return `/data/cite/${lang}/${folder}/${citationId(page)}.${CITATION_EXTENSIONS[format]}`;
}
