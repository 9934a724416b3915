/**
 * GB/T 7714-2015《信息与文献 参考文献著录规则》, electronic resources (clause 4.8 and 8.x),
 * in the standard's own punctuation (half-width, each separator followed by a space):
 *
 *   主要责任者. 题名: 其他题名信息[EB/OL]. (发表或更新日期)[引用日期]. 获取和访问路径.
 *
 * e.g. the standard's 4.8 example: 萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15].
 * http://www.creader.com/news/200112190019.htm. Dates are written as the data gives them
 * (YYYY, YYYY-MM or YYYY-MM-DD); without a publication date the parentheses are left out.
 * The citation date is the placeholder 引用日期 inside its brackets: pages never depend on
 * the clock, and the copy button writes the reader's date (YYYY-MM-DD) in its place.
 *
 * A secondary citation (a figure whose own source document we reproduce) cites the original
 * first, then 转引自 (ISO 690:2010's "cited in", on which GB/T 7714-2015 is based) and our
 * page. The original carries no citation date: the reader consulted our page, not it.
 * docs/citations.md gives the rules and worked examples.
 */
import type { CitedWork, OriginalWork } from './work.ts';

/** Stands for the citation date in the page's text; the copy script replaces exactly this. */
export const GBT_ACCESSED_PLACEHOLDER = '引用日期';

/** Type and carrier code (GB/T 7714-2015 appendix B): 电子公告 [EB], online [OL]. */
const ONLINE = '[EB/OL]';
/** An original without a URL: a yearbook is a book [M] (专著); anything else "other" [Z]. */
const PRINTED: Record<string, string> = { yearbook: '[M]' };
const OTHER = '[Z]';

function title(main: string, part: string | undefined): string {
  return part ? `${main}: ${part}` : main;
}

/** One work of this site: `accessed` (YYYY-MM-DD) fills the citation date, else the placeholder. */
export function gbtReference(work: CitedWork, accessed?: string): string {
  const published = work.published ? `(${work.published})` : '';
  return `${work.author}. ${title(work.title, work.part)}${ONLINE}. ${published}[${accessed ?? GBT_ACCESSED_PLACEHOLDER}]. ${work.url}.`;
}

/** The original document alone, as 转引 cites it (no citation date). */
export function gbtOriginal(original: OriginalWork): string {
  const author = original.author ? `${original.author}. ` : '';
  if (!original.url) return `${author}${original.title}${PRINTED[original.kind ?? ''] ?? OTHER}${original.published ? `. ${original.published}` : ''}.`;
  const published = original.published ? ` (${original.published}).` : '';
  return `${author}${original.title}${ONLINE}.${published} ${original.url}.`;
}

/** The figure as cited through our page: original, then 转引自 and our page. */
export function gbtSecondary(original: OriginalWork, work: CitedWork, accessed?: string): string {
  return `${gbtOriginal(original)} 转引自: ${gbtReference(work, accessed)}`;
}
