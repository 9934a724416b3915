/** A reported change without "from" is checked against the same bureau's previous year. */
import { join } from 'node:path';
import { checkChange } from '../figures.ts';
import type { Issue } from '../issues.ts';
import type { Report } from '../model.ts';
import { locate, parseYaml, type YamlSource } from '../yaml-source.ts';
import { readEditorFile } from './read-file.ts';

export function checkYearOnYearChanges(reports: readonly Report[], root: string): Issue[] {
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
      const path = ['figures', figure.id, 'change', 'reported'];
      issues.push({ file: report.dataFile, ...locate(sourceOf(report.dataFile), path), field: path.join('.'), code: mismatch.code, params: mismatch.params });
    }
  }
  return issues;
}
