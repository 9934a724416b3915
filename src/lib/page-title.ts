/**
 * The <title> of a page: "<page> · <site name>", the site name last, kept within about 60
 * characters (what search results show before cutting, per Lighthouse/Google guidance).
 */

/** Characters a title may use; longer page names are shortened at a word boundary. */
export const TITLE_LIMIT = 60;

/**
 * "Trade associations and chambers of commerce decoupled from government agencies" + "Civil Affairs Annals"
 * → "Trade associations and chambers of… · Civil Affairs Annals" (≤ `limit` characters).
 * The home page (title equal to the site name) is the site name alone. Text without spaces
 * (Chinese) is cut at a character. Shortened names end in "…". A page may offer its own
 * `shortTitle` ("Chongqing: 2021 report"), used instead of cutting when the title is too long.
 */
export function pageTitle(title: string, siteName: string, shortTitle?: string, limit = TITLE_LIMIT): string {
  if (title === siteName) return title;
  const suffix = ` · ${siteName}`;
  const full = `${title}${suffix}`;
  if ([...full].length <= limit) return full;
  if (shortTitle !== undefined && shortTitle !== title) return pageTitle(shortTitle, siteName, undefined, limit);
  const room = limit - [...suffix].length - 1; // one for the ellipsis
  const chars = [...title];
  const cut = chars.slice(0, room).join('');
  // A space just after the cut makes the cut itself a word boundary.
  const space = chars[room] === ' ' ? cut.length : cut.lastIndexOf(' ');
  // Cut at the last word boundary when it keeps most of the room; otherwise at a character.
  const head = space > room / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:·–—-]+$/u, '')}…${suffix}`;
}
