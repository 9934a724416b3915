/**
 * Turns one Pagefind page result into the hits a reader sees: the page itself, and each of
 * its figures whose row matches the query (docs/scale.md, "Figure-level search").
 *
 * Pagefind records the position of every element with an id (`anchors`) and of every
 * matched word (`locations`), counted in the words of `raw_content`. A report page's figure
 * rows carry their figure id and their search words (src/lib/search/figure-entry.ts), so
 * a row's words are those from its anchor to the next anchor. A row is a hit when it
 * holds a matched word and every term of the query: a Han term as a substring of the
 * row's Han text (Pagefind segments Chinese into words), any other term as the start of
 * one of its words (Pagefind matches by prefix). The words every row shares (the bureau,
 * the year, the report's source: the meta's `context`, written once per page) count as
 * part of every row: a term they hold needs no match inside the row, and a query they
 * hold entirely makes every row a hit, as when each row repeated them. Pure: no DOM, no
 * Pagefind.
 */
import type { FigureHitFields, PageFigures } from './figure-entry.ts';

/** The part of Pagefind's `result.data()` this module reads. */
export interface PagefindPage {
  url: string;
  excerpt: string;
  /** The page's text as indexed, with the zero-width spaces between Chinese words (`content` has none). */
  raw_content?: string;
  content: string;
  meta: Record<string, string>;
  anchors?: Array<{ id: string; location: number }>;
  locations?: number[];
}

export interface SearchHit {
  kind: 'page' | 'figure';
  url: string;
  title: string;
  /** Figures: the exact value as the page shows it, its status and as-of; "" for pages. */
  value: string;
  status: string;
  asOf: string;
  bureau: string;
  year: string;
  /** Pages: Pagefind's excerpt, with <mark>; "" for figures. */
  excerpt: string;
}

export interface HitOptions {
  /** The query as Pagefind saw it (normalised, decimals as number tokens). */
  query: string;
  /** Whether the page itself is a hit: not for a query of exact numbers, nor with the type filter on figures. */
  pages: boolean;
  /** Whether figures are hits: not with the type filter on pages. */
  figures: boolean;
  /** The topic filter's value, if any: figures of other topics are not hits. */
  topic?: string;
}

const HAN = /\p{Script=Han}/u;

/** Pagefind's words, as its locations count them: `raw_content` split at spaces and zero-width spaces. */
export function contentWords(content: string): string[] {
  return content.split(/[\s\u200b]+/u).filter(Boolean);
}

function rowMatches(words: string[], terms: string[]): boolean {
  const han = words.join('').toLowerCase();
  const plain = words.map((word) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, ''));
  return terms.every((term) => (HAN.test(term) ? han.includes(term) : plain.some((word) => word.startsWith(term))));
}

export function hitsOf(page: PagefindPage, options: HitOptions): SearchHit[] {
  const hits: SearchHit[] = [];
  if (options.pages) hits.push({ kind: 'page', url: page.url, title: page.meta.title ?? page.url, value: '', status: '', asOf: '', bureau: '', year: '', excerpt: page.excerpt });
  const meta = page.meta.figures;
  if (!options.figures || !meta) return hits;
  const entries = JSON.parse(meta) as PageFigures;
  const words = contentWords(page.raw_content ?? page.content);
  // Pagefind ignores a term without letters or digits ("%" of "83.5%"), so does a row.
  const terms = options.query.toLowerCase().split(/\s+/u).filter((term) => /[\p{L}\p{N}]/u.test(term));
  // Terms the page's shared words hold are met by every row; the rest must be in the row.
  const shared = contentWords(entries.context ?? '');
  const rowTerms = terms.filter((term) => !rowMatches(shared, [term]));
  const anchors = [...(page.anchors ?? [])].sort((a, b) => a.location - b.location);
  const figureHits: SearchHit[] = [];
  for (const [index, anchor] of anchors.entries()) {
    if (!Object.hasOwn(entries.figures, anchor.id)) continue;
    const fields: FigureHitFields = entries.figures[anchor.id]!;
    const end = anchors[index + 1]?.location ?? words.length;
    // No terms left (a search by filters alone, or by the shared words): every figure of the page is a hit.
    if (rowTerms.length > 0) {
      if (!(page.locations ?? []).some((location) => location >= anchor.location && location < end)) continue;
      if (!rowMatches(words.slice(anchor.location, end), rowTerms)) continue;
    }
    const [title, value, status, asOf, topic] = fields;
    if (options.topic && topic !== options.topic) continue;
    figureHits.push({ kind: 'figure', url: `${page.url.replace(/#.*$/u, '')}#${anchor.id}`, title, value, status, asOf, bureau: entries.bureau, year: entries.year, excerpt: '' });
  }
  // Figures first: a journalist looking for a number should see the number.
  return [...figureHits, ...hits];
}
