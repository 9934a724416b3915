/**
 * The dev-only panel of warnings on the page they concern: a collapsed <details> at the
 * top of <main>, in the page's language with the other language under each message.
 *
 * A warning concerns the report page of the data file or narrative it is in; any other
 * (the catalog, bureaus.yaml) concerns the home page. Panels are rendered in Node, keyed
 * by page path, and served to the Astro middleware (warnings-middleware.ts) as JSON.
 */
import { HTML_LANG } from '../../i18n/index.ts';
import { LOCALES, type Locale } from '../../schemas/common.ts';
import { describeIssue, sortIssues, type Issue } from '../issues.ts';
import type { Site } from '../model.ts';
import { routes } from '../routes.ts';
import { editorLinksHtml, escapeHtml, locationHtml } from './html.ts';
import { PREVIEW_STRINGS } from './strings.ts';

/** Marks the panel, so tests (and the build check) can find it. */
export const PANEL_ATTRIBUTE = 'data-annals-preview-warnings';

/** Page path (as routes.ts writes it, both locales) → panel HTML, for pages that have warnings. */
export function warningPanels(site: Site, warnings: readonly Issue[], root: string): Record<string, string> {
  const byPage = new Map<(lang: Locale) => string, Issue[]>();
  const reportOf = new Map<string, (lang: Locale) => string>();
  for (const report of site.reports) {
    const page = (lang: Locale): string => routes.report(lang, report.bureauId, report.year);
    reportOf.set(report.dataFile, page);
    for (const narrative of Object.values(report.narratives)) if (narrative) reportOf.set(narrative.file, page);
  }
  for (const warning of warnings) {
    const page = reportOf.get(warning.file) ?? routes.home;
    byPage.set(page, [...(byPage.get(page) ?? []), warning]);
  }
  const panels: Record<string, string> = {};
  for (const [page, issues] of byPage) {
    for (const lang of LOCALES) panels[page(lang)] = renderPanel(sortIssues(issues), lang, root);
  }
  return panels;
}

function renderPanel(warnings: readonly Issue[], lang: Locale, root: string): string {
  const strings = PREVIEW_STRINGS[lang];
  const other: Locale = lang === 'zh' ? 'en' : 'zh';
  const items = warnings.map((warning) => {
    const text = describeIssue(warning);
    return `<li><p>${locationHtml(warning)}</p><p>${escapeHtml(text[lang])}</p><p lang="${HTML_LANG[other]}">${escapeHtml(text[other])}</p>${editorLinksHtml(root, warning, strings)}</li>`;
  });
  return `<details class="annals-warnings" ${PANEL_ATTRIBUTE}><style>${STYLE}</style>
<summary>${escapeHtml(strings.warningsSummary(warnings.length))}</summary>
<p>${escapeHtml(strings.warningsIntro)}</p>
<ul>${items.join('')}</ul>
</details>`;
}

/** The dev server sends no Content-Security-Policy, so the panel may carry its style. */
const STYLE = `
.annals-warnings { margin: 1rem 0; padding: 0.5rem 1rem; border: 2px solid #6b4e00; background: #fff8e1; color: #1a1a1a; }
.annals-warnings summary { cursor: pointer; font-weight: bold; min-height: 1.5rem; }
.annals-warnings ul { padding-left: 1.25rem; }
.annals-warnings li p { margin: 0.2rem 0; }
.annals-warnings code { background: transparent; }
.annals-warnings .annals-field { margin-left: 0.5rem; }
.annals-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
