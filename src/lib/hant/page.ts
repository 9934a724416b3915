/**
 * A Simplified page's HTML → the same page in the Traditional edition. The page is parsed
 * with parse5 (the WHATWG parsing algorithm, as browsers read it) for its structure and the
 * source position of every text and attribute; the conversion is then made in the source
 * text itself (source-edits.ts), so the Traditional page is the Simplified page byte for
 * byte except what is converted: text nodes and human-readable attributes (in the source
 * form Astro wrote, entities and all: OpenCC never touches ASCII), links to Chinese pages
 * (moved under /zh-hant/), and the page's language. Scripts, styles, code and anything with
 * a `lang` of its own (English text, the language switch's "简体") are left as they are.
 * Figures are converted like any text (万 → 萬, 张 → 張), their digits checked unchanged
 * (convert.ts).
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { escapeHtml } from '../escape.ts';
import { HANT_SEGMENT, toHant } from '../routes.ts';
import type { ToTraditional } from './convert.ts';
import { applyEdits, StartTag, type SourceEdit } from './source-edits.ts';

type Node = DefaultTreeAdapterTypes.Node;

/**
 * Attributes that are names, not text: everything else is converted (titles, aria-labels,
 * meta content, the chart's labels in data-chart, strings scripts show, Pagefind filters).
 */
const NOT_TEXT = new Set(['href', 'src', 'srcset', 'action', 'id', 'for', 'class', 'name', 'lang', 'hreflang', 'type', 'rel', 'data-edition']);
/** Attributes holding a link. An element with `hreflang` already points at a chosen edition. */
const LINK_ATTRIBUTES = ['href', 'action'];
/** Elements whose content is code, not text. (A textarea's is text: the embed code shown.) */
const RAW_TEXT = new Set(['script', 'style', 'code', 'pre']);
/** A chart's SVG to take away (src/components/ChartPanel.astro): its text is the page's text. */
const SVG_DATA_URL = /^(data:image\/svg\+xml;charset=utf-8,)(.*)$/s;

export const HANT_HTML_LANG = 'zh-Hant';

/** Where the site lives: its origin ("https://example.gov.cn") and base path ("/mzj/annals/"). */
export interface SiteAddress {
  origin: string;
  base: string;
}

/**
 * `html`: a rendered Simplified page. Links under the site's base move to the edition;
 * absolute ones only on the site's origin (canonical, og:url), so links elsewhere do not.
 * `convert` sees text as the source writes it (entities included), so terms it keeps must
 * be given in that form too (`keptInMarkup`).
 */
export function hantPage(html: string, convert: ToTraditional, site: SiteAddress): string {
  const edits: SourceEdit[] = [];
  const visit = (node: Node): void => {
    if (node.nodeName === '#text') {
      const location = (node as DefaultTreeAdapterTypes.TextNode).sourceCodeLocation;
      if (!location) return;
      const text = html.slice(location.startOffset, location.endOffset);
      const converted = moveSiteUrls(convert(text), site);
      if (converted !== text) edits.push({ start: location.startOffset, end: location.endOffset, text: converted });
      return;
    }
    if ('tagName' in node && node.sourceCodeLocation?.startTag) {
      const tag = new StartTag(html, node);
      const convertContent = editElement(node.tagName, tag, convert, site);
      edits.push(...tag.edits(html));
      if (!convertContent) return;
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node) node.content.childNodes.forEach(visit);
  };
  // Without scripting, <noscript> holds elements (whose links move), not raw text.
  visit(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }));
  return applyEdits(html, edits);
}

/**
 * A kept term in every form a page's source may hold it: as written, escaped as Astro
 * escapes text (& < > " ') and as it escapes attribute values (& ").
 */
export function keptInMarkup(term: string): string[] {
  return [...new Set([term, escapeHtml(term), term.replace(/&/g, '&amp;').replace(/"/g, '&quot;')])];
}

/** Edits an element's own attributes; false when its content must stay as it is. */
function editElement(name: string, tag: StartTag, convert: ToTraditional, site: SiteAddress): boolean {
  if (name === 'html') {
    tag.set('lang', HANT_HTML_LANG);
    return true;
  }
  // The language switch marks the edition being read.
  const edition = tag.value('data-edition');
  if (edition === HANT_SEGMENT) tag.set('aria-current', 'true');
  else if (edition !== undefined) tag.remove('aria-current');
  if (tag.value('property') === 'og:locale') tag.set('content', 'zh_TW');
  if (tag.value('name') === 'citation_language') tag.set('content', HANT_HTML_LANG);
  // The search page converts Traditional queries to Simplified; this edition's index is Traditional.
  tag.remove('data-han');
  if (tag.value('hreflang') === undefined) {
    for (const link of LINK_ATTRIBUTES) tag.update(link, (url) => hantLink(url, convert, site));
  }
  if (tag.value('lang') !== undefined || RAW_TEXT.has(name)) return false;
  for (const attribute of tag.names()) {
    if (!NOT_TEXT.has(attribute)) tag.update(attribute, (value) => moveSiteUrls(convert(value), site));
  }
  return true;
}

/**
 * A link of the Traditional page. Paths and URLs are never converted, only moved to the
 * edition (toHant: downloads and other files stay where they are); a chart's SVG, carried
 * in the link itself, is text and is converted, with its `lang` and the page address it names.
 */
function hantLink(url: string, convert: ToTraditional, site: SiteAddress): string {
  const svg = SVG_DATA_URL.exec(url);
  if (!svg) return toHant(url, site.origin, site.base);
  const text = decodeURIComponent(svg[2]!);
  const converted = moveSiteUrls(convert(text), site).replace(/^(<svg\b[^>]*?\slang=")zh(?:-CN)?"/, `$1${HANT_HTML_LANG}"`);
  return converted === text ? url : svg[1]! + encodeURIComponent(converted);
}

/**
 * Permalinks written out as text (citations, print URLs, the embed code) name the edition's
 * own pages. The text is source text: a URL ends at "&" too (an entity such as &quot;).
 */
function moveSiteUrls(text: string, site: SiteAddress): string {
  if (!site.origin || !text.includes(site.origin)) return text;
  return text.replace(/https?:\/\/[^\s"'<>&，、；）)]+/g, (url) => toHant(url, site.origin, site.base));
}
