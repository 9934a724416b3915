/**
 * APA 7 (Publication Manual of the American Psychological Association, 7th ed., ch. 9–10):
 *
 *   report page:    Author. (2023, March 17). Title. Site Name. Retrieved [date], from URL
 *   indicator page: Author. (2023, March 17). Title [Data set]. Retrieved [date], from URL
 *   figure:         Author. (2023, March 17). Title: Figure label. Site Name. Retrieved [date], from URL
 *
 * Group author spelled out (9.11); date as (Year, Month Day), (Year, Month), (Year) or
 * (n.d.) (9.14–9.17); the site name is left out when it is the author (10.16); a
 * retrieval date because the pages change as data is revised (9.16); no full stop after a
 * URL (9.35). Italics (the title) do not survive plain text; the page shows the title in
 * <cite>. The retrieval date is the placeholder [date]; the copy button writes the
 * reader's date ("November 30, 2026").
 *
 * A secondary source (8.6): the reference list holds only the work read (our page); the
 * original is named in the text: (Ministry of Civil Affairs, 2022, as cited in …, 2023).
 */
import type { CitedWork, OriginalWork } from './work.ts';

export const APA_ACCESSED_PLACEHOLDER = '[date]';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-03-17" → "2023, March 17"; "2023-03" → "2023, March"; "2023"; none → "n.d.". */
export function apaDate(date: string | undefined): string {
  if (!date) return 'n.d.';
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${year}, ${name} ${Number(day)}` : `${year}, ${name}`;
}

/** A full stop after an element, unless it already ends with one (or ? !). */
function element(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** "Retrieved November 30, 2026" or the placeholder. `accessed`: YYYY-MM-DD. */
export function apaRetrieved(accessed: string | undefined): string {
  if (!accessed) return APA_ACCESSED_PLACEHOLDER;
  const [year, month, day] = accessed.split('-');
  return `${MONTHS[Number(month) - 1]} ${Number(day)}, ${year}`;
}

export function apaReference(work: CitedWork, accessed?: string): string {
  const title = work.part ? `${work.title}: ${work.part}` : work.title;
  const described = work.kind === 'dataset' ? `${title} [Data set]` : title;
  const site = work.siteName === work.author ? '' : ` ${element(work.siteName)}`;
  return `${element(work.author)} (${apaDate(work.published)}). ${element(described)}${site} Retrieved ${apaRetrieved(accessed)}, from ${work.url}`;
}

function year(date: string | undefined): string {
  return date ? date.slice(0, 4) : 'n.d.';
}

/** Parentheses inside parentheses become brackets (APA 6.9): "Bureau (fictional)" → "Bureau [fictional]". */
function bracketed(name: string): string {
  return name.replace(/\(/g, '[').replace(/\)/g, ']');
}

/** The in-text citation of an original read through our page. */
export function apaSecondaryInText(original: OriginalWork, work: CitedWork): string {
  return `(${bracketed(original.author ?? original.title)}, ${year(original.published)}, as cited in ${bracketed(work.author)}, ${year(work.published)})`;
}
