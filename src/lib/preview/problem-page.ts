/**
 * The page every request of the dev server gets while the site has problems: all of them,
 * in the requested page's language first and the other language below, each with its
 * location, field, message, the offending source lines and a link to open the file.
 *
 * Plain HTML that reads without JavaScript; with JavaScript, a tiny script reloads it when
 * a file is saved (reload-channel.ts). No stack trace and no frame of Annals' own code: only editors' files.
 */
import { HTML_LANG } from '../../i18n/index.ts';
import type { Locale } from '../../schemas/common.ts';
import { describeIssue, sortIssues, type Issue } from '../issues.ts';
import { editorLinksHtml, escapeHtml, excerptHtml, locationHtml } from './html.ts';
import { readExcerpt } from './source-excerpt.ts';
import { PREVIEW_STRINGS } from './strings.ts';

export interface ProblemPageOptions {
  issues: readonly Issue[];
  /** The language of the page that was asked for; it comes first. */
  lang: Locale;
  /** Site root: excerpts and editor links are read from files inside it only. */
  root: string;
  /** The path that was asked for, as typed (shown, escaped). */
  path: string;
  /** The reload script's tag (reload-channel.ts), which reloads the page when a file changes. */
  client?: string;
}

export function renderProblemPage(options: ProblemPageOptions): string {
  const issues = sortIssues(options.issues);
  const other: Locale = options.lang === 'zh' ? 'en' : 'zh';
  const strings = PREVIEW_STRINGS[options.lang];
  return `<!doctype html>
<html lang="${HTML_LANG[options.lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(strings.title(issues.length))}</title>
<style>${STYLE}</style>
${options.client ?? ''}
</head>
<body>
<main>
${section(options, issues, options.lang, true)}
${section(options, issues, other, false)}
</main>
</body>
</html>
`;
}

/** One language's account; the first carries the source excerpts, the second refers to them. */
function section(options: ProblemPageOptions, issues: readonly Issue[], lang: Locale, first: boolean): string {
  const strings = PREVIEW_STRINGS[lang];
  const [heading, item] = first ? ['h1', 'h2'] : ['h2', 'h3'];
  const entries = issues.map((issue) => {
    const excerpt = first ? readExcerpt(options.root, issue.file, issue.line, issue.column) : undefined;
    return `<li>
<${item}>${locationHtml(issue)}</${item}>
<p class="annals-message">${escapeHtml(describeIssue(issue)[lang])}</p>
${excerpt ? excerptHtml(excerpt) : ''}
${editorLinksHtml(options.root, issue, strings)}
</li>`;
  });
  return `<section lang="${HTML_LANG[lang]}" aria-labelledby="problems-${lang}">
<${heading} id="problems-${lang}">${escapeHtml(strings.heading(issues.length))}</${heading}>
<p>${escapeHtml(strings.intro(options.path))} ${escapeHtml(strings.reloads)}</p>
<noscript><p>${escapeHtml(strings.noScript)}</p></noscript>
<ol class="annals-problems">
${entries.join('\n')}
</ol>
<p class="annals-note">${escapeHtml(strings.editorNote)}</p>
</section>`;
}

/** Colours at least 7:1 on their backgrounds, so the page also suits care-mode readers. */
const STYLE = `
body { margin: 0; font: 1rem/1.6 system-ui, "Noto Sans CJK SC", sans-serif; color: #1a1a1a; background: #fff; overflow-wrap: anywhere; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
section + section { margin-top: 2.5rem; border-top: 2px solid #c9ccd1; }
h1, h2 { line-height: 1.3; }
h1 { font-size: 1.5rem; color: #9e1b1b; }
section + section > h2 { font-size: 1.3rem; color: #9e1b1b; }
.annals-problems { padding-left: 1.5rem; }
.annals-problems > li { margin: 1.25rem 0; }
.annals-problems h2, .annals-problems h3 { font-size: 1rem; margin: 0; }
.annals-field { font-weight: normal; color: #4a4a4a; margin-left: 0.5rem; }
.annals-message { margin: 0.25rem 0; }
.annals-source { background: #f4f5f7; border-left: 4px solid #9e1b1b; padding: 0.5rem 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.9rem; }
.annals-ln { color: #4a4a4a; user-select: none; }
.annals-hit { font-weight: bold; }
mark { background: #ffe066; color: #000; outline: 2px solid #9e1b1b; }
.annals-open { margin: 0.25rem 0; font-size: 0.9rem; }
a { color: #0b4f8a; }
a:focus-visible { outline: 3px solid #1d6fd6; outline-offset: 2px; }
.annals-note { color: #4a4a4a; font-size: 0.9rem; }
.annals-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
