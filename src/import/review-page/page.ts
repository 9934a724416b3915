/**
 * The dev-only review page (`npm run dev`, at /_import/): each draft's input text with every
 * extracted figure highlighted, beside its review list, each item linking to its line. An
 * editor checks a draft by looking. Served by a Vite dev-server middleware (plugin.ts), so
 * it exists only in `astro dev`; every text from the input passes through escapeHtml.
 */
import { escapeHtml } from '../../lib/preview/html.ts';
import type { ReviewData } from './data.ts';

/**
 * A line's text with each figure statement on it wrapped in <mark>: each figure takes the
 * first place its text occurs that no other figure took, so the order of the list does not
 * matter (a table row's cells belong to several reports).
 */
export function markFigures(text: string, figures: ReadonlyArray<{ written: string; id: string }>): string {
  const spans: Array<{ at: number; end: number; id: string }> = [];
  for (const figure of figures) {
    if (!figure.written) continue;
    for (let at = text.indexOf(figure.written); at !== -1; at = text.indexOf(figure.written, at + 1)) {
      const end = at + figure.written.length;
      if (spans.some((span) => at < span.end && span.at < end)) continue;
      spans.push({ at, end, id: figure.id });
      break;
    }
  }
  spans.sort((a, b) => a.at - b.at);
  let out = '';
  let position = 0;
  for (const span of spans) {
    out += escapeHtml(text.slice(position, span.at));
    out += `<mark title="${escapeHtml(span.id)}">${escapeHtml(text.slice(span.at, span.end))}</mark>`;
    position = span.end;
  }
  return out + escapeHtml(text.slice(position));
}

export function draftHtml(data: ReviewData): string {
  const key = `${data.bureau}-${data.year}`;
  const lines = data.lines
    .map(({ line, text, dropped }) => {
      const marked = markFigures(text, data.figures.filter((figure) => figure.line === line));
      const reason = dropped ? ` <span class="dropped">[${escapeHtml(dropped)}]</span>` : '';
      return `<tr id="${key}-L${line}"${dropped ? ' class="dropped"' : ''}><th scope="row">${line}</th><td>${marked}${reason}</td></tr>`;
    })
    .join('\n');
  const items = data.review
    .map((item) => `<li><a href="#${key}-L${item.line}">line ${item.line}</a> <span class="topic">${escapeHtml(item.topic)}</span> ${escapeHtml(item.text)}</li>`)
    .join('\n');
  return `<section aria-labelledby="${key}">
<h2 id="${key}">${escapeHtml(`${data.bureau} ${data.year}`)} <small>${escapeHtml(data.sourceFile)}</small></h2>
<p>${data.figures.length} figure statements highlighted; ${data.review.length} review items.</p>
<div class="cols">
<table><caption>Source text</caption><tbody>
${lines}
</tbody></table>
<div><h3>Review list</h3><ol>
${items}
</ol></div>
</div>
</section>`;
}

export function reviewPageHtml(drafts: readonly ReviewData[]): string {
  const body = drafts.length === 0 ? '<p>No draft yet: run <code>npm run import -- file.txt --bureau … --year …</code>.</p>' : drafts.map(draftHtml).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Import review (dev only)</title>
<style>
body { font: 16px/1.6 system-ui, sans-serif; margin: 1rem; color: #1a1a1a; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
table { border-collapse: collapse; } th { color: #555; font-weight: normal; text-align: right; padding-right: .75rem; vertical-align: top; }
tr.dropped td { color: #595959; } span.dropped { font-size: .85em; }
mark { background: #ffe08a; color: #000; } tr:target { outline: 3px solid #1a5fb4; }
.topic { font-size: .85em; background: #eee; padding: 0 .3em; }
@media (max-width: 800px) { .cols { grid-template-columns: 1fr; } }
</style></head>
<body><main><h1>Import review (dev only)</h1>
${body}
</main></body></html>`;
}
