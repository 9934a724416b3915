/**
 * What a reader types, made into what the index holds. Pure string code, shared by the
 * search page (in the browser) and its unit tests.
 *
 * Readers paste figures from Word documents and type with a Chinese input method: full-
 * width digits (８５５), full-width or ideographic points (２８５０．４６, 2850。46), Chinese
 * or ASCII thousands separators (1，234, 1,234) and ideographic spaces. The index holds
 * half-width, ungrouped numbers, so the query is brought to the same form.
 */

/**
 * Normalises a query: Unicode NFKC (full-width → half-width, ideographic space → space),
 * a Chinese full stop between digits → decimal point, thousands separators removed from
 * correctly grouped numbers, whitespace collapsed and trimmed.
 *
 * "２８５０．４６" → "2850.46"; "1，234" → "1234"; "1,234,567.5万" → "1234567.5万";
 * "８５５　元" → "855 元". A comma that does not group thousands ("1,23") is left alone.
 */
export function normalizeQuery(query: string): string {
  return (
    query
      .normalize('NFKC')
      // An input method in Chinese mode types 。 (or its half-width form ｡) for ".".
      .replace(/(\d)[。｡](?=\d)/gu, '$1.')
      // Grouped thousands: only where every group after the first has exactly three digits.
      .replace(/(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d,])/gu, (grouped) => grouped.replaceAll(',', ''))
      .replace(/\s+/gu, ' ')
      .trim()
  );
}
