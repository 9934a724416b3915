/**
 * The citation a page shows, in its language's standard: GB/T 7714-2015 in Chinese
 * (src/lib/cite/gbt7714.ts; the Traditional edition converts the Chinese text with the rest
 * of the page), APA 7 in English (src/lib/cite/apa.ts). Rules and examples: docs/citations.md.
 *
 * The citation date is a placeholder, so a build never depends on the clock; the copy
 * button (src/scripts/copy-citation.ts) replaces exactly `placeholder` with the reader's
 * date written as `dateFormat` says: "iso" 2026-11-30 (GB/T), "apa" November 30, 2026.
 */
import type { Locale } from '../schemas/common.ts';
import { APA_ACCESSED_PLACEHOLDER, apaReference, apaSecondaryInText } from './cite/apa.ts';
import { GBT_ACCESSED_PLACEHOLDER, gbtReference, gbtSecondary } from './cite/gbt7714.ts';
import type { CitedWork, OriginalWork } from './cite/work.ts';

export interface Citation {
  /** The reference, as the page shows it (with the placeholder unless `accessed` was given). */
  text: string;
  /** APA only, for a figure with its own source: the in-text citation naming the original. */
  inText?: string;
  placeholder: string;
  dateFormat: 'iso' | 'apa';
}

/** What stands for the citation date, per language; the copy script replaces exactly this. */
export const ACCESSED_PLACEHOLDER: Record<Locale, string> = { zh: GBT_ACCESSED_PLACEHOLDER, en: APA_ACCESSED_PLACEHOLDER };

/**
 * `work`: the page or figure (src/lib/cite/work.ts); `original`: the figure's own source
 * document, cited as the standard cites a source read through another; `accessed`: the
 * citation date, YYYY-MM-DD (tests; pages leave it out).
 */
export function cite(work: CitedWork, original?: OriginalWork, accessed?: string): Citation {
  if (work.lang === 'zh') {
    const text = original ? gbtSecondary(original, work, accessed) : gbtReference(work, accessed);
    return { text, placeholder: GBT_ACCESSED_PLACEHOLDER, dateFormat: 'iso' };
  }
  return {
    text: apaReference(work, accessed),
    ...(original && { inText: apaSecondaryInText(original, work) }),
    placeholder: APA_ACCESSED_PLACEHOLDER,
    dateFormat: 'apa',
  };
}
