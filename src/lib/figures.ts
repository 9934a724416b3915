/**
 * Resolves a figure as written in YAML against its indicator: parses its value by the
 * indicator's kind and checks what the schema alone cannot (unit, sign, percent range,
 * whole counts, "from X to Y" changes).
 */
import type { FigureInput } from '../schemas/report-data.ts';
import { decimalPlaces, parseExactNumber, parseExactRatio, PRECISION, toDecimal, type ExactNumber } from './decimal.ts';
import type { Issue } from './issues.ts';
import type { MessageCode, MessageParams } from './messages.ts';
import type { Figure, FigureValue, IndicatorEntry } from './model.ts';
import { closest } from './suggest.ts';
import { hintForValue } from './value-hints.ts';
import { locate, type YamlSource } from './yaml-source.ts';

interface ResolveContext {
  source: YamlSource;
  bureauId: string;
  year: number;
  indicators: Record<string, IndicatorEntry>;
  /** The report states no date, so a figure without as_of has none either. */
  undated?: boolean;
  /** Catalog ids that exist but failed validation: their own errors say enough. */
  brokenIndicatorIds: ReadonlySet<string>;
}

export function resolveFigure(id: string, input: FigureInput, context: ResolveContext): { figure?: Figure; issues: Issue[] } {
  const issues: Issue[] = [];
  const base = ['figures', id];
  const report = (code: MessageCode, params: MessageParams, path: readonly PropertyKey[] = base, key = false): void => {
    issues.push({ file: context.source.file, ...locate(context.source, path, key), field: path.join('.'), code, params });
  };

  const indicatorId = input.indicator ?? id;
  const indicator = context.indicators[indicatorId];
  if (!indicator && context.brokenIndicatorIds.has(indicatorId)) return { issues };
  if (!indicator) {
    report(
      'unknown-indicator',
      { found: indicatorId, suggestion: closest(indicatorId, Object.keys(context.indicators)) ?? '' },
      input.indicator ? [...base, 'indicator'] : base,
      !input.indicator,
    );
  }

  const given = (['value', 'range', 'unknown'] as const).filter((field) => input[field] !== undefined);
  if (given.length !== 1) {
    report('value-one-of', { found: given.join(', ') });
    return { issues };
  }
  if (!indicator) return { issues };

  if (input.unit !== undefined && input.unit !== indicator.unit.zh && input.unit !== indicator.unit.en) {
    report('unit-mismatch', { found: input.unit, indicator: indicatorId, expected: indicator.unit.zh }, [...base, 'unit']);
  }

  const value = parseValue(input, indicator, (code, params, field) => report(code, params, [...base, ...field]));
  const change = parseChange(input, value, (code, params, field) => report(code, params, [...base, ...field]));
  if (!value || issues.length > 0) return { issues };

  const figure: Figure = {
    id,
    indicatorId,
    bureauId: context.bureauId,
    year: context.year,
    value,
    status: input.status,
    asOf: input.as_of ?? (context.undated ? '' : String(context.year)),
    ...(input.qualifier && { qualifier: input.qualifier }),
    ...(change && { change }),
    ...(input.label && { label: input.label }),
    ...(input.note && { note: input.note }),
    ...(input.where && { where: input.where }),
  };
  return { figure, issues };
}

type Reporter = (code: MessageCode, params: MessageParams, field: readonly PropertyKey[]) => void;

function parseValue(input: FigureInput, indicator: IndicatorEntry, report: Reporter): FigureValue | undefined {
  if (input.unknown) return { type: 'unknown', asWritten: input.unknown.as_written };

  if (input.value !== undefined) {
    const looksLikeRatio = /^\d+(\.\d+)?[:：]\d+(\.\d+)?$/.test(input.value.trim());
    if (indicator.kind === 'ratio' || looksLikeRatio) {
      if (indicator.kind !== 'ratio') {
        report('kind-mismatch', { found: input.value, indicator: indicator.id, kind: indicator.kind }, ['value']);
        return undefined;
      }
      const ratio = parseExactRatio(input.value);
      if (!ratio.ok) {
        report('kind-mismatch', { found: input.value, indicator: indicator.id, kind: indicator.kind }, ['value']);
        return undefined;
      }
      return { type: 'ratio', written: input.value.trim(), ratio: ratio.value };
    }
    const number = parseNumber(input.value, indicator, report, ['value']);
    return number && { type: 'number', written: input.value.trim(), number };
  }

  if (input.range) {
    if (indicator.kind === 'ratio') {
      report('kind-mismatch', { found: input.range.join('–'), indicator: indicator.id, kind: indicator.kind }, ['range']);
      return undefined;
    }
    const low = parseNumber(input.range[0], indicator, report, ['range', 0]);
    const high = parseNumber(input.range[1], indicator, report, ['range', 1]);
    if (!low || !high) return undefined;
    if (toDecimal(low).greaterThan(toDecimal(high))) {
      report('range-order', { found: `[${input.range.join(', ')}]` }, ['range']);
      return undefined;
    }
    return { type: 'range', written: [input.range[0].trim(), input.range[1].trim()], low, high };
  }
  return undefined;
}

function parseNumber(written: string, indicator: IndicatorEntry, report: Reporter, field: readonly PropertyKey[]): ExactNumber | undefined {
  const parsed = parseExactNumber(written);
  if (!parsed.ok) {
    reportNotANumber(written, parsed.reason, report, field);
    return undefined;
  }
  const number = parsed.value;
  const decimal = toDecimal(number);
  if (decimal.isNegative() && !decimal.isZero()) {
    report(indicator.kind === 'count' ? 'negative-count' : 'negative-value', { found: written }, field);
    return undefined;
  }
  if (indicator.kind === 'rate' && decimal.greaterThan(100)) {
    report('percent-over-100', { found: `${written}%` }, field);
    return undefined;
  }
  if (indicator.kind === 'count' && !decimal.isInteger()) {
    report('count-not-whole', { found: written, plain: number.plain }, field);
    return undefined;
  }
  return number;
}

/**
 * Says why a written value is not a number: too many digits to hold exactly, or (for
 * `value` only, where the fix is a sibling field) a qualifier or range typed into it.
 */
function reportNotANumber(written: string, reason: string, report: Reporter, field: readonly PropertyKey[]): void {
  if (reason === 'too-precise') {
    report('too-precise', { found: written, precision: String(PRECISION) }, field);
    return;
  }
  const hint = field.length === 1 && field[0] === 'value' ? hintForValue(written) : undefined;
  if (hint?.kind === 'qualifier') report('qualifier-in-value', { found: written.trim(), word: hint.word, number: hint.number, qualifier: hint.qualifier }, field);
  else if (hint?.kind === 'range') report('range-in-value', { found: written.trim(), low: hint.low, high: hint.high }, field);
  else report('not-a-number', { found: written, reason }, field);
}

/** A "from X to Y" change is checked against the value; a reported percent against both. */
function parseChange(input: FigureInput, value: FigureValue | undefined, report: Reporter) {
  if (!input.change) return undefined;
  const { reported, direction, from: fromText } = input.change;
  let from: ExactNumber | undefined;
  if (fromText !== undefined) {
    const parsed = parseExactNumber(fromText);
    if (!parsed.ok) {
      reportNotANumber(fromText, parsed.reason, report, ['change', 'from']);
      return undefined;
    }
    from = parsed.value;
  }
  if (from && value?.type === 'number') {
    const mismatch = checkChange({ from, to: value.number, reported, direction });
    if (mismatch) report(mismatch.code, mismatch.params, ['change', mismatch.code === 'change-direction' ? 'direction' : 'reported']);
  }
  return { ...(reported && { reported }), ...(direction && { direction }), ...(from && { from }) };
}

/**
 * Checks a reported change against two values. The document rounds its percentage, so
 * anything within half a unit of its last written digit agrees (41% covers 40.5–41.5%).
 */
export function checkChange(args: {
  from: ExactNumber;
  to: ExactNumber;
  reported?: string | undefined;
  direction?: 'up' | 'down' | undefined;
  basis?: { zh: string; en: string };
}): { code: MessageCode; params: MessageParams } | undefined {
  const from = toDecimal(args.from);
  const to = toDecimal(args.to);
  const goesUp = to.greaterThanOrEqualTo(from);
  const direction = args.direction ?? (args.reported ? 'up' : undefined);
  if (args.direction && (args.direction === 'up') !== goesUp && !to.equals(from)) {
    return { code: 'change-direction', params: { found: args.direction, from: args.from.plain, to: args.to.plain } };
  }
  if (!args.reported || from.isZero()) return undefined;
  const reportedText = args.reported.replace('%', '');
  const reported = toDecimal(reportedText);
  const actual = to.minus(from).dividedBy(from).times(100);
  const signedReported = direction === 'down' ? reported.negated() : reported;
  const tolerance = toDecimal('0.5').times(toDecimal(10).pow(-decimalPlaces(reportedText)));
  if (actual.minus(signedReported).abs().greaterThan(tolerance)) {
    const basis = args.basis ?? { zh: `从 ${args.from.plain} 到 ${args.to.plain}`, en: `from ${args.from.plain} to ${args.to.plain}` };
    return {
      code: 'change-mismatch',
      params: {
        found: `${direction === 'down' ? '-' : '+'}${args.reported}`,
        computed: `${actual.isNegative() ? '' : '+'}${actual.toDecimalPlaces(2).toFixed()}%`,
        basisZh: basis.zh,
        basisEn: basis.en,
      },
    };
  }
  return undefined;
}
