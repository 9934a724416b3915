/**
 * A Simplified figure record for search (src/lib/search-index.ts) as the Traditional
 * edition's: the same figure, its text converted exactly as the edition's pages are (so its
 * filter values match theirs), linking to the edition's report page.
 */
import type { FigureRecord } from '../search-index.ts';
import { toHant } from '../routes.ts';
import type { ToTraditional } from './convert.ts';
import { HANT_HTML_LANG } from './page.ts';

export function hantRecord(record: FigureRecord, convert: ToTraditional): FigureRecord {
  return {
    url: toHant(record.url),
    content: convert(record.content),
    // Pagefind lowercases the pages' <html lang>; records must match to share their index.
    language: HANT_HTML_LANG.toLowerCase(),
    meta: Object.fromEntries(Object.entries(record.meta).map(([key, value]) => [key, convert(value)])),
    filters: Object.fromEntries(Object.entries(record.filters).map(([key, values]) => [key, values.map(convert)])),
  };
}
