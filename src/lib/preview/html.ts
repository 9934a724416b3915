/**
 * HTML pieces shared by the problem page and the warnings panel: escaping, the location
 * of an issue with its "open in editor" link, and the source excerpt with its mark.
 * Every text that comes from an editor's file or a message passes through escapeHtml.
 */
import { sep } from 'node:path';
import type { Issue } from '../issues.ts';
import type { ExcerptLine } from './source-excerpt.ts';
import { fileInsideRoot } from './source-excerpt.ts';
import type { PreviewStrings } from './strings.ts';

import { escapeHtml } from '../escape.ts';

export { escapeHtml };

/**
 * `vscode://file/<absolute path>:<line>:<column>`, VS Code's documented URL for opening a
 * file at a position ("Opening VS Code with URLs",
 * code.visualstudio.com/docs/configure/command-line).
 * Path segments are percent-encoded so spaces, CJK names, `#` and `?` survive.
 */
export function vscodeLink(absolutePath: string, line: number, column: number): string {
  const posix = absolutePath.split(sep).join('/');
  const segments = (posix.startsWith('/') ? posix : `/${posix}`).split('/').map((segment) => encodeURIComponent(segment).replace(/%3A/g, ':'));
  return `vscode://file${segments.join('/')}:${line}:${column}`;
}

/** "file:line:column  field" as a heading's content. */
export function locationHtml(issue: Issue): string {
  const field = issue.field ? ` <span class="annals-field">${escapeHtml(issue.field)}</span>` : '';
  return `<code>${escapeHtml(`${issue.file}:${issue.line}:${issue.column}`)}</code>${field}`;
}

/** The VS Code link and the plain absolute path, or the plain relative path when the file is gone. */
export function editorLinksHtml(root: string, issue: Issue, strings: PreviewStrings): string {
  const absolute = fileInsideRoot(root, issue.file);
  if (!absolute) return '';
  const position = `${absolute}:${issue.line}:${issue.column}`;
  return (
    `<p class="annals-open"><a href="${escapeHtml(vscodeLink(absolute, issue.line, issue.column))}">${escapeHtml(strings.openInVsCode)}` +
    `<span class="annals-hidden"> ${escapeHtml(`${issue.file}:${issue.line}:${issue.column}`)}</span></a>` +
    ` · ${escapeHtml(strings.otherEditors)} <code>${escapeHtml(position)}</code></p>`
  );
}

/** The excerpt as a <pre>, line numbers in a gutter, the problem's characters in <mark>. */
export function excerptHtml(lines: readonly ExcerptLine[]): string {
  const width = String(lines.at(-1)?.number ?? 0).length;
  const rows = lines.map(({ number, text, mark }) => {
    const gutter = `<span class="annals-ln">${String(number).padStart(width, ' ')}</span> `;
    if (!mark) return `${gutter}${escapeHtml(text)}`;
    const start = mark.column - 1;
    const padded = text.length < start + mark.length ? text.padEnd(start + mark.length, ' ') : text;
    const before = padded.slice(0, start);
    const marked = padded.slice(start, start + mark.length);
    const after = padded.slice(start + mark.length);
    return `<span class="annals-hit">${gutter}${escapeHtml(before)}<mark>${escapeHtml(marked)}</mark>${escapeHtml(after)}</span>`;
  });
  return `<pre class="annals-source"><code>${rows.join('\n')}</code></pre>`;
}
