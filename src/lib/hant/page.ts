/**
 * A Simplified page's HTML → the same page in the Traditional edition, through a real HTML
 * parser (ultrahtml, the one Astro itself uses): text nodes and the human-readable
 * attributes are converted, links to Chinese pages move under /zh-hant/, and the page says
 * it is zh-Hant. Scripts, styles and anything with a `lang` of its own (English text, the
 * language switch's "简体") are left exactly as they are. Figures are converted like any
 * text (万 → 萬, 张 → 張) and their digits are checked unchanged (convert.ts).
 */
import { ELEMENT_NODE, parse, renderSync, TEXT_NODE, type ElementNode } from 'ultrahtml';
import { HANT_SEGMENT, toHant } from '../routes.ts';
import type { ToTraditional } from './convert.ts';

type Node = Parameters<typeof renderSync>[0];

/**
 * Attributes that are names, not text: everything else is converted (titles, aria-labels,
 * meta content, the chart's labels in data-chart, strings scripts show, Pagefind filters).
 */
const NOT_TEXT = new Set(['href', 'src', 'srcset', 'action', 'id', 'for', 'class', 'name', 'lang', 'hreflang', 'type', 'rel', 'data-edition']);
/** Attributes holding a link. An element with `hreflang` already points at a chosen edition. */
const LINK_ATTRIBUTES = ['href', 'action'];
const RAW_TEXT = new Set(['script', 'style', 'code', 'pre', 'textarea']);

export const HANT_HTML_LANG = 'zh-Hant';

/** Where the site lives: its origin ("https://example.gov.cn") and base path ("/mzj/annals/"). */
export interface SiteAddress {
  origin: string;
  base: string;
}

/**
 * `html`: a rendered Simplified page. Links under the site's base move to the edition;
 * absolute ones only on the site's origin (canonical, og:url), so links elsewhere do not.
 */
export function hantPage(html: string, convert: ToTraditional, site: SiteAddress): string {
  const document = parse(html) as Node;
  visit(document, convert, site);
  return renderSync(document);
}

function visit(node: Node, convert: ToTraditional, site: SiteAddress): void {
  if (node.type === TEXT_NODE) {
    node.value = moveSiteUrls(convert(node.value), site);
    return;
  }
  if (node.type !== ELEMENT_NODE && !('children' in node)) return;
  if (node.type === ELEMENT_NODE) {
    if (!editElement(node, convert, site)) return;
  }
  for (const child of (node as { children: Node[] }).children) visit(child, convert, site);
}

/** Converts an element's own attributes; false when its content must stay as it is. */
function editElement(element: ElementNode, convert: ToTraditional, site: SiteAddress): boolean {
  const attributes = element.attributes;
  if (element.name === 'html') {
    attributes.lang = HANT_HTML_LANG;
    return true;
  }
  // The language switch marks the edition being read.
  if (attributes['data-edition'] !== undefined) {
    if (attributes['data-edition'] === HANT_SEGMENT) attributes['aria-current'] = 'true';
    else delete attributes['aria-current'];
  }
  if (attributes.property === 'og:locale') attributes.content = 'zh_TW';
  if (attributes.name === 'citation_language') attributes.content = HANT_HTML_LANG;
  // The search page converts Traditional queries to Simplified; this edition's index is Traditional.
  delete attributes['data-han'];
  if (attributes.hreflang === undefined) {
    for (const name of LINK_ATTRIBUTES) if (attributes[name] !== undefined) attributes[name] = toHant(attributes[name], site.origin, site.base);
  }
  if (attributes.lang !== undefined || RAW_TEXT.has(element.name)) return false;
  for (const [name, value] of Object.entries(attributes)) {
    if (!NOT_TEXT.has(name)) attributes[name] = moveSiteUrls(convert(value), site);
  }
  return true;
}

/** Permalinks written out as text (citations, print URLs) name the edition's own pages. */
function moveSiteUrls(text: string, site: SiteAddress): string {
  if (!site.origin || !text.includes(site.origin)) return text;
  return text.replace(/https?:\/\/[^\s"'<>，、；）)]+/g, (url) => toHant(url, site.origin, site.base));
}
