/**
 * Non-blocking findings: things an editor should look at, which do not stop a build. The
 * dev server shows them on the page they concern (src/lib/preview/); the built site never
 * carries them.
 *
 * - `unchecked-change`: a change (增长7.6%, 提高2个百分点, 减少3.2万人) with no `from` and no
 *   figure of the same indicator in the previous year's report to check it against
 *   (year-on-year.ts checks it when there is one, and marks it `unchecked` when not).
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
  const warnings: Issue[] = [];
  for (const report of reports) {
    const cited = new Set(Object.values(report.narratives).flatMap((narrative) => narrative?.figureRefs ?? []));
    let source: YamlSource | undefined;
    // Re-read only a file that has something to say, to position it.
    const at = (path: string[], key = false): Position => {
      source ??= parseYaml(readFileSync(join(root, report.dataFile), 'utf8'), report.dataFile).source;
      return locate(source, path, key);
    };
    for (const figure of report.figures) {
      if (isUncheckedChange(figure)) {
        const written = writtenChange(figure);
        const path = ['figures', figure.id, 'change', written.field];
        warnings.push({
          file: report.dataFile, ...at(path), field: path.join('.'), code: 'unchecked-change',
          params: { found: written.text, previousYear: String(report.year - 1) },
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

/** Set by year-on-year.ts: a change with no `from` and nothing in the previous report to check it against. */
function isUncheckedChange(figure: Figure): boolean {
  return figure.change?.unchecked === true;
}

/** The change as the data writes it, for messages: "7.6%", "0.6 points", "3.2万". */
export function writtenChange(figure: Figure): { field: string; text: string } {
  const change = figure.change;
  if (change?.reported) return { field: 'reported', text: change.reported };
  if (change?.points) return { field: 'points', text: change.points };
  return { field: 'amount', text: change?.amount ? `${change.amount.mantissa}${change.amount.scale}` : '' };
}
