/**
 * Facts that cannot be true, though each field alone is well-formed: a year outside
 * 1949–next year, a source published after the build date, an actual figure dated after
 * its report was published, a bureau that is its own ancestor. The build date comes from
 * src/lib/build-date.ts.
 */
import type { ReportDataInput } from '../../schemas/report-data.ts';
import { FIRST_YEAR, isAfter, lastYear } from '../build-date.ts';
import { publishedDate } from '../discovery.ts';
import type { Issue } from '../issues.ts';
import type { MessageCode, MessageParams } from '../messages.ts';
import type { Report } from '../model.ts';
import { locate, type YamlSource } from '../yaml-source.ts';

type Reporter = (path: readonly (string | number)[], code: MessageCode, params: MessageParams) => void;

function reporter(source: YamlSource, issues: Issue[]): Reporter {
  return (path, code, params) => issues.push({ file: source.file, ...locate(source, path), field: path.join('.'), code, params });
}

/**
 * Checks one report's dates against each other and the build date (YYYY-MM-DD).
 * A target's as_of may lie in the future (plans run to 2035 and beyond), so only its
 * first year is bounded.
 */
export function checkReportFacts(data: ReportDataInput, source: YamlSource, today: string): Issue[] {
  const issues: Issue[] = [];
  const report = reporter(source, issues);
  const max = lastYear(today);
  /** True when every year of the date or period is in range (no upper bound: a target's); reports the first that is not. */
  const inRange = (path: readonly (string | number)[], written: string, upper: number | null = max): boolean => {
    const bad = written.split('/').map((part) => Number(part.slice(0, 4))).find((year) => year < FIRST_YEAR || (upper !== null && year > upper));
    if (bad === undefined) return true;
    report(path, 'year-out-of-range', { found: written, year: String(bad), min: String(FIRST_YEAR), max: upper === null ? '' : String(upper) });
    return false;
  };
  const notFuture = (path: readonly string[], written: string): boolean => {
    if (!isAfter(written, today)) return true;
    report(path, 'date-after-build', { found: written, today });
    return false;
  };

  const yearOk = inRange(['year'], String(data.year));
  const sourceDate = data.source.date;
  const sourceOk = sourceDate === undefined || (inRange(['source', 'date'], sourceDate) && notFuture(['source', 'date'], sourceDate));
  const disclosed = data.disclosure?.date?.slice(0, 10);
  const disclosedOk = disclosed === undefined || (inRange(['disclosure', 'date'], disclosed) && notFuture(['disclosure', 'date'], disclosed));
  // The report's publication date, when it is itself believable; an actual figure cannot be later.
  const published = sourceOk && disclosedOk ? (sourceDate ?? disclosed) : undefined;
  const tooLate = (date: string): MessageParams | undefined =>
    isAfter(date, today) ? { limit: today, limitKind: 'build' }
      : published !== undefined && isAfter(date, published) ? { limit: published, limitKind: 'published' }
        : undefined;

  for (const [id, figure] of Object.entries(data.figures)) {
    if (figure.as_of === undefined) continue;
    const path = ['figures', id, 'as_of'];
    const actual = figure.status !== 'target';
    if (!inRange(path, figure.as_of, actual ? max : null) || !actual) continue;
    const late = tooLate(figure.as_of.split('/').at(-1) ?? '');
    if (late) report(path, 'actual-after-date', { found: figure.as_of, figure: id, ...late });
  }
  // Without as_of an actual figure is dated by the report's year: one message for the report, at its year.
  const datedByYear = Object.entries(data.figures).find(([, figure]) => figure.as_of === undefined && figure.status !== 'target');
  const late = datedByYear && yearOk && !data.undated ? tooLate(String(data.year)) : undefined;
  if (late) report(['year'], 'actual-after-date', { found: String(data.year), figure: datedByYear?.[0] ?? '', ...late, defaulted: 'yes' });
  return issues;
}

/**
 * A bureau that is its own parent, or its own ancestor through a chain of parents. Each
 * cycle is reported once, at the parent field of its first bureau in id order.
 */
export function checkParentCycles(parents: ReadonlyMap<string, string>, source: YamlSource): Issue[] {
  const issues: Issue[] = [];
  const report = reporter(source, issues);
  const settled = new Set<string>();
  for (const start of [...parents.keys()].sort()) {
    const chain: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !settled.has(current) && !chain.includes(current)) {
      chain.push(current);
      current = parents.get(current);
    }
    for (const id of chain) settled.add(id);
    if (current === undefined || !chain.includes(current)) continue;
    const cycle = chain.slice(chain.indexOf(current));
    const first = [...cycle].sort()[0] ?? current;
    const ordered = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first))];
    if (ordered.length === 1) report([first, 'parent'], 'parent-self', { found: first });
    else report([first, 'parent'], 'parent-cycle', { found: first, cycle: [...ordered, first].join(' → ') });
  }
  return issues;
}

/**
 * A warning when the feeds would date this report after today: its publication date falls
 * back to the report year (src/lib/discovery.ts), and the year has not begun. Located at
 * the field the date comes from.
 */
export function feedDateWarning(report: Report, source: YamlSource, today: string): Issue | undefined {
  const updated = publishedDate(report).slice(0, 10);
  if (updated <= today) return undefined;
  const field = report.source.date ? 'source.date' : report.disclosure?.date ? 'disclosure.date' : 'year';
  return { file: source.file, ...locate(source, field.split('.')), field, code: 'feed-updated-future', params: { found: updated, today } };
}
