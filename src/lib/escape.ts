/**
 * Escapes text for HTML and XML (element content and double- or single-quoted attributes):
 * & < > " ' become entity or character references. One escaper for every page, SVG and
 * preview string the project writes by hand.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
