/**
 * Resolves a figure as written in YAML against its indicator: parses its value by the
 * indicator's kind and checks what the schema alone cannot (unit, sign, percent range,
 * whole counts, "from X to Y" changes).
 */
import type { FigureInput } from '../schemas/report-data.ts';
import { decimalPlaces, parseExactNumber, parseExactRatio, PRECISION, toDecimal, type ExactNumber } from './decimal.ts';
import type { Issue } from './issues.ts';
import type { MessageCode, MessageParams } from './messages.ts';
import { checkPointsAndAmount } from './change-checks.ts';
import { resolveProvenance } from './figure-provenance.ts';
import { checkFigureUnit } from './figure-units.ts';
import type { Figure, FigureChange, FigureValue, IndicatorEntry } from './model.ts';
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
  /** The report's publication date (YYYY[-MM[-DD]]), when it states one: no revision predates it. */
  published?: string | undefined;
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

  const at: Reporter = (code, params, field) => report(code, params, [...base, ...field]);
  const value = parseValue(input, indicator, at);
  const change = parseChange(input, value, indicator, at);
  checkFigureUnit(input, value, indicator, at);
  const provenance = resolveProvenance(id, input, value, context.published, (written, field) => parseWritten(written, indicator, at, field), at);
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
    ...provenance,
    ...(input.per && { per: input.per }),
    ...(input.measure_word && { measureWord: input.measure_word }),
  };
  return { figure, issues };
}

export type Reporter = (code: MessageCode, params: MessageParams, field: readonly PropertyKey[]) => void;

function parseValue(input: FigureInput, indicator: IndicatorEntry, report: Reporter): FigureValue | undefined {
  if (input.unknown) return { type: 'unknown', asWritten: input.unknown.as_written };
  if (input.value !== undefined) return parseWritten(input.value, indicator, report, ['value']);

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

/**
 * One written value (a figure's, an alternative's, a revision's) read by the indicator's
 * kind: a number, or a:b for a ratio. Reports at `field` (relative to the figure) and
 * returns undefined when it cannot be read.
 */
export function parseWritten(written: string, indicator: IndicatorEntry, report: Reporter, field: readonly PropertyKey[]): FigureValue | undefined {
  const looksLikeRatio = /^\d+(\.\d+)?[:：]\d+(\.\d+)?$/.test(written.trim());
  if (indicator.kind === 'ratio' || looksLikeRatio) {
    const ratio = indicator.kind === 'ratio' ? parseExactRatio(written) : undefined;
    if (!ratio?.ok) {
      report('kind-mismatch', { found: written, indicator: indicator.id, kind: indicator.kind }, field);
      return undefined;
    }
    return { type: 'ratio', written: written.trim(), ratio: ratio.value };
  }
  const number = parseNumber(written, indicator, report, field);
  return number && { type: 'number', written: written.trim(), number };
}

export function parseNumber(written: string, indicator: IndicatorEntry, report: Reporter, field: readonly PropertyKey[]): ExactNumber | undefined {
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
export function reportNotANumber(written: string, reason: string, report: Reporter, field: readonly PropertyKey[]): void {
  if (reason === 'too-precise') {
    report('too-precise', { found: written, precision: String(PRECISION) }, field);
    return;
  }
  const hint = field.length === 1 && field[0] === 'value' ? hintForValue(written) : undefined;
  if (hint?.kind === 'qualifier') report('qualifier-in-value', { found: written.trim(), word: hint.word, number: hint.number, qualifier: hint.qualifier }, field);
  else if (hint?.kind === 'range') report('range-in-value', { found: written.trim(), low: hint.low, high: hint.high }, field);
  else report('not-a-number', { found: written, reason }, field);
}

/**
 * A "from X to Y" change is checked against the value; a reported percent against both.
 * Points belong to rates and per-thousand indicators (提高2个百分点); an amount (减少3.2万人)
 * to anything counted or measured in a unit, and is unsigned: direction gives its sign.
 */
function parseChange(input: FigureInput, value: FigureValue | undefined, indicator: IndicatorEntry, report: Reporter): FigureChange | undefined {
  if (!input.change) return undefined;
  const { reported, direction, from: fromText, points, amount: amountText, basis } = input.change;
  let from: ExactNumber | undefined;
  if (fromText !== undefined) {
    const parsed = parseExactNumber(fromText);
    if (!parsed.ok) {
      reportNotANumber(fromText, parsed.reason, report, ['change', 'from']);
      return undefined;
    }
    from = parsed.value;
  }
  const pointKinds = indicator.kind === 'rate' || indicator.kind === 'per-thousand';
  if (points !== undefined && !pointKinds) report('points-kind', { found: points, indicator: indicator.id, kind: indicator.kind }, ['change', 'points']);
  let amount: ExactNumber | undefined;
  if (amountText !== undefined) {
    if (pointKinds || indicator.kind === 'ratio') report('amount-kind', { found: amountText, indicator: indicator.id, kind: indicator.kind }, ['change', 'amount']);
    else amount = parseNumber(amountText, indicator, report, ['change', 'amount']);
  }
  if (from && value?.type === 'number') {
    // A rate's change is never a relative percentage of the rate: only its direction is checked here.
    const mismatch = checkChange({ from, to: value.number, reported: pointKinds ? undefined : reported, direction });
    if (mismatch) report(mismatch.code, mismatch.params, ['change', mismatch.code === 'change-direction' ? 'direction' : 'reported']);
    const basis = { zh: `从 ${from.plain} 到 ${value.number.plain}`, en: `from ${from.plain} to ${value.number.plain}` };
    const absolute = mismatch ? undefined : checkPointsAndAmount({ from, to: value.number, points, amount, direction, basis });
    if (absolute) report(absolute.code, absolute.params, ['change', absolute.field]);
  }
  return {
    ...(reported && { reported }), ...(direction && { direction }), ...(from && { from }),
    ...(points !== undefined && { points }), ...(amount && { amount }), ...(basis && { basis }),
  };
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
