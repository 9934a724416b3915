/**
 * Non-blocking findings: things an editor should look at, which do not stop a build. The
 * dev server shows them on the page they concern (src/lib/preview/); the built site never
 * carries them.
 *
 * - `unchecked-change`: a reported change (增长7.6%) with no `from` and no figure of the
 *   same indicator in the previous year's report to check it against (year-on-year.ts
 *   checks it when there is one).
 * - `figure-not-in-narrative`: a figure that no narrative of its report cites with
 *   <Figure id>, so readers meet it only in the table of figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../issues.ts';
import type { Figure, Report } from '../model.ts';
import { locate, parseYaml, type Position, type YamlSource } from '../yaml-source.ts';

/** Warnings for valid reports (sorted or not), positioned in their data files. */
export function findWarnings(reports: readonly Report[], root: string): Issue[] {
  const byKey = new Map(reports.map((report) => [`${report.bureauId}/${report.year}`, report]));
  const warnings: Issue[] = [];
  for (const report of reports) {
    const previous = byKey.get(`${report.bureauId}/${report.year - 1}`);
    const cited = new Set(Object.values(report.narratives).flatMap((narrative) => narrative?.figureRefs ?? []));
    let source: YamlSource | undefined;
    // Re-read only a file that has something to say, to position it.
    const at = (path: string[], key = false): Position => {
      source ??= parseYaml(readFileSync(join(root, report.dataFile), 'utf8'), report.dataFile).source;
      return locate(source, path, key);
    };
    for (const figure of report.figures) {
      if (isUncheckedChange(figure, previous)) {
        const path = ['figures', figure.id, 'change', 'reported'];
        warnings.push({
          file: report.dataFile, ...at(path), field: path.join('.'), code: 'unchecked-change',
          params: { found: figure.change?.reported ?? '', previousYear: String(report.year - 1) },
        });
      }
      if (!cited.has(figure.id)) {
        const path = ['figures', figure.id];
        warnings.push({ file: report.dataFile, ...at(path, true), field: path.join('.'), code: 'figure-not-in-narrative', params: { found: figure.id } });
      }
    }
  }
  return warnings;
}

function isUncheckedChange(figure: Figure, previous: Report | undefined): boolean {
  if (!figure.change?.reported || figure.change.from || figure.value.type !== 'number') return false;
  // The same basis year-on-year.ts accepts: a plain actual number of the same indicator.
  const basis = previous?.figures.some(
    (earlier) => earlier.indicatorId === figure.indicatorId && earlier.status === 'actual' && earlier.value.type === 'number' && !earlier.qualifier,
  );
  return !basis;
}
