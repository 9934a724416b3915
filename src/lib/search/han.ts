/**
 * When a query needs Traditional → Simplified conversion, decided without the converter.
 *
 * The search page knows the Han characters of the site's own data (names, labels, notes:
 * `siteHanCharacters`, a few hundred to a few thousand characters). A query whose Han
 * characters are all among them is searched as typed: everything in it occurs in the
 * site's text. Only a query with a character the site never uses (東, 區, 養 …) loads the
 * converter (to-simplified.ts), and after conversion a character the site uses is kept as
 * typed, so OpenCC's character rules cannot rewrite a word the site writes that way
 * (著名 stays 著名 on a site that writes it).
 */
import type { Site } from '../model.ts';

const HAN = /\p{Script=Han}/gu;

/** The distinct Han characters of a site's data, sorted, as one string (for a data attribute). */
export function siteHanCharacters(site: Site): string {
  return [...new Set(JSON.stringify(site).match(HAN) ?? [])].sort().join('');
}

/** True when the query has a Han character not in `known`. */
export function hasUnknownHan(query: string, known: ReadonlySet<string>): boolean {
  return (query.match(HAN) ?? []).some((char) => !known.has(char));
}

/**
 * The converted query, keeping every character of `known` as the reader typed it. When the
 * conversion changed the length (a phrase rule), the converted text is taken as it is.
 */
export function keepKnownCharacters(query: string, converted: string, known: ReadonlySet<string>): string {
  const typed = [...query];
  const output = [...converted];
  if (typed.length !== output.length) return converted;
  return typed.map((char, index) => (known.has(char) ? char : output[index])).join('');
}
