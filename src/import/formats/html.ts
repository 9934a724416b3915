/**
 * A saved web page → plain lines. linkedom parses the HTML; Mozilla's Readability (the
 * reader view of Firefox) picks the main content, so menus, breadcrumbs, sidebars and
 * footers mostly go before the text pipeline's own furniture rules see the page. Readability
 * takes the page's heading out of the content; it is put back as the first line, because
 * the pipeline takes the title from the document's own heading.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { domToLines } from './dom-text.ts';

export function htmlToLines(html: string): string[] {
  const { document } = parseHTML(html);
  const heading = pageHeading(document);
  // Readability changes the tree it reads; a second parse keeps the fallback intact.
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 100 }).parse();
  const body = article?.content ? domToLines(parseHTML(`<html><body>${article.content}</body></html>`).document.body) : [];
  const lines = body.length > 0 ? body : domToLines(document.body ?? document);
  return heading && !lines.slice(0, 3).includes(heading) ? [heading, ...lines] : lines;
}

/**
 * The page's own heading: the first h1–h3 whose text the <title> contains (titles add the
 * site's name: `…工作总结_某某区人民政府`), else the first h1. Not the title element
 * itself, which carries the site name.
 */
function pageHeading(document: ReturnType<typeof parseHTML>['document']): string | undefined {
  const title = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, '');
  const headings = [...document.querySelectorAll('h1, h2, h3')].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return headings.find((text) => title.includes(text.replace(/\s+/g, '')) && text.length >= 4) ?? [...document.querySelectorAll('h1')].map((node) => (node.textContent ?? '').trim()).find(Boolean);
}
