/** A reported change without "from" is checked against the same bureau's previous year. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkChange } from '../figures.ts';
import type { Issue } from '../issues.ts';
import type { Report } from '../model.ts';
import { locate, parseYaml } from '../yaml-source.ts';

export function checkYearOnYearChanges(reports: readonly Report[], root: string): Issue[] {
  const issues: Issue[] = [];
  const byKey = new Map(reports.map((report) => [`${report.bureauId}/${report.year}`, report]));
  for (const report of reports) {
    const previous = byKey.get(`${report.bureauId}/${report.year - 1}`);
    if (!previous) continue;
    for (const figure of report.figures) {
      if (!figure.change?.reported || figure.change.from || figure.value.type !== 'number') continue;
      // Only a plain actual number is a fair basis; a target or "more than" is not.
      const earlier = previous.figures.find(
        (candidate) => candidate.indicatorId === figure.indicatorId && candidate.status === 'actual' && candidate.value.type === 'number' && !candidate.qualifier,
      );
      if (!earlier || earlier.value.type !== 'number') continue;
      const mismatch = checkChange({
        from: earlier.value.number,
        to: figure.value.number,
        reported: figure.change.reported,
        direction: figure.change.direction,
        basis: {
          zh: `${previous.year} 年为 ${earlier.value.written}（${previous.dataFile}），${report.year} 年为 ${figure.value.written}`,
          en: `${previous.year} was ${earlier.value.written} (${previous.dataFile}), ${report.year} is ${figure.value.written}`,
        },
      });
      if (!mismatch) continue;
      // Rare (only on a mismatch), so the file is re-read here rather than kept in memory.
      const loaded = parseYaml(readFileSync(join(root, report.dataFile), 'utf8'), report.dataFile);
      const path = ['figures', figure.id, 'change', 'reported'];
      issues.push({ file: report.dataFile, ...locate(loaded.source, path), field: path.join('.'), code: mismatch.code, params: mismatch.params });
    }
  }
  return issues;
}
