/**
 * Where a figure comes from and what else was said about it: its own source, the values
 * other sources give (alternatives), the values published before a correction (revisions),
 * and how a derived or estimated figure was computed. Checks what the schema alone cannot.
 */
import type { FigureInput } from '../schemas/report-data.ts';
import { toDecimal } from './decimal.ts';
import type { Reporter } from './figures.ts';
import type { Figure, FigureAlternative, FigureRevision, FigureValue } from './model.ts';

type Parse = (written: string, field: readonly PropertyKey[]) => FigureValue | undefined;
type Provenance = Pick<Figure, 'source' | 'alternatives' | 'revisions' | 'method'>;

/** True when two values denote the same quantity (764.3万 = 7643000; 1:0.8 = 1:0.80). */
export function sameValue(a: FigureValue, b: FigureValue): boolean {
  if (a.type === 'number' && b.type === 'number') return toDecimal(a.number).equals(toDecimal(b.number));
  if (a.type === 'ratio' && b.type === 'ratio') {
    return toDecimal(a.ratio.left).equals(toDecimal(b.ratio.left)) && toDecimal(a.ratio.right).equals(toDecimal(b.ratio.right));
  }
  return false;
}

/** a before b, compared at the precision both are written to (2023-05 is not before 2023-05-10). */
function before(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) < b.slice(0, length);
}

/**
 * Resolves source, alternatives, revisions and method, reporting at the figure's fields:
 * - `alternative-same`: an alternative equal to the published value (`alternatives.N.value`);
 * - `revision-before-report`: a correction dated before the figure's source (else the
 *   report) was published, `published` being YYYY[-MM[-DD]] (`revisions.N.date`);
 * - `revision-order`: revisions not oldest first;
 * - `method-missing` (status derived without method), `method-without-status`.
 */
export function resolveProvenance(id: string, input: FigureInput, value: FigureValue | undefined, published: string | undefined, parse: Parse, report: Reporter): Provenance {
  const alternatives: FigureAlternative[] = [];
  input.alternatives?.forEach((alternative, index) => {
    const parsed = parse(alternative.value, ['alternatives', index, 'value']);
    if (!parsed) return;
    if (value && sameValue(parsed, value)) {
      const shown = value.type === 'number' || value.type === 'ratio' ? value.written : '';
      report('alternative-same', { found: alternative.value.trim(), value: shown }, ['alternatives', index, 'value']);
      return;
    }
    alternatives.push({ value: parsed, source: alternative.source, ...(alternative.note && { note: alternative.note }) });
  });

  const revisions: FigureRevision[] = [];
  const since = input.source?.date ?? published;
  input.revisions?.forEach((revision, index) => {
    const parsed = parse(revision.value, ['revisions', index, 'value']);
    const previous = input.revisions?.[index - 1]?.date;
    if (since !== undefined && before(revision.date, since)) {
      report('revision-before-report', { found: revision.date, published: since }, ['revisions', index, 'date']);
    } else if (previous !== undefined && before(revision.date, previous)) {
      report('revision-order', { found: revision.date, previous }, ['revisions', index, 'date']);
    }
    if (parsed) revisions.push({ value: parsed, date: revision.date, ...(revision.reason && { reason: revision.reason }) });
  });

  if (input.status === 'derived' && !input.method) report('method-missing', { figure: id }, ['status']);
  if (input.method && input.status !== 'derived' && input.status !== 'estimated') report('method-without-status', { found: input.status }, ['method']);

  return {
    ...(input.source && { source: input.source }),
    ...(alternatives.length > 0 && { alternatives }),
    ...(revisions.length > 0 && { revisions }),
    ...(input.method && { method: input.method }),
  };
}
