/**
 * `npm run validate [-- --lang zh|en] [--root DIR]`: checks a site's data and narratives
 * without building it. Exit code 0 when valid, 1 when not (every problem is printed).
 */
import './edge.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, formatIssues, type IssueLanguage } from '../lib/issues.ts';
import { loadSite } from '../lib/load-site.ts';
import { MESSAGES } from '../lib/messages.ts';

const { values } = parseArgs({
  options: { lang: { type: 'string', default: 'both' }, root: { type: 'string', default: '.' } },
});
const language = (['zh', 'en'].includes(values.lang) ? values.lang : 'both') as IssueLanguage;
const result = loadSite(resolve(values.root));
if (result.site) {
  const figures = result.site.reports.reduce((sum, report) => sum + report.figures.length, 0);
  console.log(
    `✓ ${result.site.reports.length} reports, ${figures} figures, ${Object.keys(result.site.indicators).length} indicators, ${Object.keys(result.site.bureaus).length} bureaus: no problems.`,
  );
} else {
  console.error(formatIssues(result.issues, language));
  process.exitCode = 1;
}
// Warnings never fail validation; they follow the outcome so it stays the first line.
const unchecked = result.warnings.filter((warning) => warning.code === 'unchecked-change');
if (result.site && unchecked.length > 0) {
  const summary = MESSAGES['unchecked-changes-summary']({
    count: String(unchecked.length),
    list: unchecked.map((warning) => `${warning.file}:${warning.line}:${warning.column}`).join(', '),
  });
  console.log(language === 'both' ? `${summary.zh}\n${summary.en}` : summary[language]);
}
for (const warning of result.warnings) console.warn(`\n${formatIssue(warning, language)}`);
