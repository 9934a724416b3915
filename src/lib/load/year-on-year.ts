/** A change without "from" is checked against the same bureau's previous year. */
import { join } from 'node:path';
import { checkChange } from '../figures.ts';
import type { Issue } from '../issues.ts';
import { checkPointsAndAmount } from '../change-checks.ts';
import type { IndicatorEntry, Report } from '../model.ts';
import { locate, parseYaml, type YamlSource } from '../yaml-source.ts';
import { readEditorFile } from './read-file.ts';

/**
 * Checks each change stated without its own `from` against the same indicator's value in the
 * previous year's report: a relative change (never for a rate or per-thousand indicator, whose
 * change is in points), points and amounts. A change with nothing to check it against is
 * marked `unchecked`, so pages say what it is relative to (比上年) and validate lists it.
 */
export function checkYearOnYearChanges(reports: readonly Report[], root: string, indicators: Record<string, IndicatorEntry> = {}): Issue[] {
  const issues: Issue[] = [];
  // Each file is re-read (safely) once, however many of its changes disagree: re-parsing
  // per mismatch would be quadratic in a file's figures.
  const sources = new Map<string, YamlSource>();
  const sourceOf = (file: string): YamlSource => {
    const known = sources.get(file);
    if (known) return known;
    const { source } = parseYaml(readEditorFile(root, join(root, file), file).text ?? '', file);
    sources.set(file, source);
    return source;
  };
  const byKey = new Map(reports.map((report) => [`${report.bureauId}/${report.year}`, report]));
  for (const report of reports) {
    const previous = byKey.get(`${report.bureauId}/${report.year - 1}`);
    for (const figure of report.figures) {
      const change = figure.change;
      if (!change || change.from || figure.value.type !== 'number') continue;
      const pointKind = ['rate', 'per-thousand'].includes(indicators[figure.indicatorId]?.kind ?? '');
      // Only a plain actual number is a fair basis; a target or "more than" is not.
      const earlier = previous?.figures.find(
        (candidate) => candidate.indicatorId === figure.indicatorId && candidate.status === 'actual' && candidate.value.type === 'number' && !candidate.qualifier,
      );
      if (!previous || !earlier || earlier.value.type !== 'number' || (pointKind && !change.points)) {
        change.unchecked = true;
        continue;
      }
      const basis = {
        zh: `${previous.year} 年为 ${earlier.value.written}（${previous.dataFile}），${report.year} 年为 ${figure.value.written}`,
        en: `${previous.year} was ${earlier.value.written} (${previous.dataFile}), ${report.year} is ${figure.value.written}`,
      };
      const relative = pointKind ? undefined : checkChange({ from: earlier.value.number, to: figure.value.number, reported: change.reported, direction: change.direction, basis });
      const absolute = checkPointsAndAmount({ from: earlier.value.number, to: figure.value.number, points: change.points, amount: change.amount, direction: change.direction, basis });
      const mismatch = relative
        ? { ...relative, field: relative.code === 'change-direction' ? 'direction' : 'reported' }
        : absolute;
      if (!mismatch) continue;
      // Rare (only on a mismatch), so the file is re-read here rather than kept in memory.
      const path = ['figures', figure.id, 'change', mismatch.field];
      issues.push({ file: report.dataFile, ...locate(sourceOf(report.dataFile), path), field: path.join('.'), code: mismatch.code, params: mismatch.params });
    }
  }
  return issues;
}
