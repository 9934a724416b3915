/**
 * The figures of one fictional report (~30), mixing what real reports contain: 万/亿
 * values, qualifiers, a range, targets with future dates, as_of dates and periods, a
 * mid-year reading, now and then an illegible figure, and changes stated both as
 * "from X to Y, up Z%" and as a bare "up Z%" that the validator checks against the
 * bureau's previous report. Every change is computed so that the validator agrees.
 */
import { BENCH_INDICATORS, type BenchIndicator } from './catalog.ts';
import { createRandom, seedFrom, type Random } from './prng.ts';
import { blankDigit, firstValue, nextValue, reportedChange, writeValue } from './values.ts';
import type { YamlValue } from './yaml-write.ts';

export type FigureRole = 'actual' | 'target' | 'range' | 'unknown' | 'mid-year';

export interface BenchFigure {
  id: string;
  indicator: BenchIndicator;
  role: FigureRole;
  /** YAML fields in the order they are written. */
  fields: Record<string, YamlValue | undefined>;
  status: 'actual' | 'target';
  /** The written value when it is a plain number (not a ratio, range or illegible value). */
  written?: string;
  qualified: boolean;
  direction?: 'up' | 'down';
  /** The date or period the figure describes, when the data says. */
  asOf?: string;
}

/** How many of the catalog's indicators a bureau reports on; each year drops a few. */
const INDICATORS_PER_BUREAU = 28;
const QUALIFIERS = ['over', 'under', 'about', 'nearly', 'up-to', 'at-least'] as const;
const WHERE = ['一（一）', '一（二）', '一（三）', '二（一）', '二（二）', '三'] as const;
const CHANGEABLE = new Set(['count', 'amount', 'average', 'per-thousand']);
const TARGETABLE = new Set(['count', 'amount', 'rate', 'per-thousand']);

export interface BureauState {
  bureauId: string;
  random: Random;
  plan: BenchIndicator[];
  hasRange: boolean;
  series: Map<string, number>;
  previous?: BenchFigure[];
}

export function startBureau(bureauId: string): BureauState {
  const random = createRandom(seedFrom(bureauId));
  const candidates = BENCH_INDICATORS.filter((indicator) => !indicator.range);
  const chosen = new Set(random.sample(candidates, INDICATORS_PER_BUREAU).map((indicator) => indicator.id));
  return {
    bureauId,
    random,
    plan: candidates.filter((indicator) => chosen.has(indicator.id)),
    hasRange: random.chance(0.6),
    series: new Map(),
  };
}

/**
 * The figure the validator compares a bare "up Z%" with: the first actual, unqualified
 * number of the indicator in the previous report (src/lib/load-site.ts does the same).
 */
function comparedEarlier(previous: readonly BenchFigure[] | undefined, indicatorId: string): string | undefined {
  return previous?.find((figure) => figure.indicator.id === indicatorId && figure.status === 'actual' && figure.written !== undefined && !figure.qualified)?.written;
}

function actualFigure(state: BureauState, indicator: BenchIndicator, value: number, year: number, random: Random): BenchFigure {
  const written = writeValue(value, indicator);
  const figure: BenchFigure = { id: indicator.id, indicator, role: 'actual', fields: { value: written }, status: 'actual', qualified: false };
  if (indicator.kind !== 'ratio') figure.written = written;

  if ((indicator.kind === 'count' || indicator.kind === 'amount') && random.chance(0.12)) {
    figure.fields.qualifier = random.pick(QUALIFIERS);
    figure.qualified = true;
  } else if (CHANGEABLE.has(indicator.kind) && random.chance(0.35)) {
    const earlier = comparedEarlier(state.previous, indicator.id);
    if (earlier && random.chance(0.5)) {
      // "增长Z%" alone: the validator checks it against last year's report.
      const change = reportedChange(earlier, written);
      if (change) figure.fields.change = { ...change };
      if (change) figure.direction = change.direction ?? 'up';
    } else {
      // "从X增加到Y，增长Z%": X is last year's figure when there is one, else a start-of-year reading.
      const from = earlier ?? writeValue(value / (0.92 + random.next() * 0.2), indicator);
      const change = reportedChange(from, written);
      if (change) figure.fields.change = { from, ...change, ...(!change.direction && random.chance(0.3) && { direction: 'up' }) };
      if (change) figure.direction = change.direction ?? 'up';
    }
  }

  const dated = random.next();
  if (dated < 0.25) figure.fields.as_of = `${year}-12`;
  else if (dated < 0.33) figure.fields.as_of = `${year}-11-30`;
  else if (dated < 0.4) figure.fields.as_of = `${year}-01/${year}-11`;
  if (indicator.unit.zh && random.chance(0.08)) figure.fields.unit = indicator.unit.zh;
  if (random.chance(0.05)) figure.fields.label = { zh: `${indicator.name.zh}（全年）`, en: `${indicator.name.en} (whole year)` };
  if (random.chance(0.04)) figure.fields.note = { zh: '虚构数值，仅用于性能测试。', en: 'A fictional value, for benchmarking only.' };
  if (random.chance(0.3)) figure.fields.where = random.pick(WHERE);
  return figure;
}

function targetFigure(actual: BenchFigure, value: number, year: number, random: Random): BenchFigure {
  const { indicator } = actual;
  const goal = indicator.kind === 'rate' ? Math.min(100, value * (1.05 + random.next() * 0.1)) : value * (1.05 + random.next() * 0.25);
  const asOf = random.chance(0.75) ? String(year + random.int(1, 3)) : `${year + 1}/${year + 3}`;
  const qualifier = random.chance(0.2) ? 'at-least' : undefined;
  return {
    id: `${indicator.id}-target`,
    indicator,
    role: 'target',
    fields: { indicator: indicator.id, value: writeValue(goal, indicator), qualifier, status: 'target', as_of: asOf },
    status: 'target',
    qualified: qualifier !== undefined,
    asOf,
  };
}

function midYearFigure(actual: BenchFigure, value: number, year: number, random: Random): BenchFigure {
  const { indicator } = actual;
  const written = writeValue(value * (0.9 + random.next() * 0.08), indicator);
  return {
    id: `${indicator.id}-mid-year`,
    indicator,
    role: 'mid-year',
    fields: {
      indicator: indicator.id, value: written, as_of: `${year}-06-30`,
      label: { zh: `${indicator.name.zh}（年中）`, en: `${indicator.name.en} (mid-year)` },
    },
    status: 'actual',
    written,
    qualified: false,
  };
}

function rangeFigure(indicator: BenchIndicator, random: Random): BenchFigure {
  const low = 500 * random.int(Math.ceil(indicator.min / 500), Math.floor(indicator.max / 500) - 1);
  const high = low + 500 * random.int(1, 4);
  const target = random.chance(0.5);
  return {
    id: indicator.id,
    indicator,
    role: 'range',
    fields: { range: [String(low), String(high)], status: target ? 'target' : undefined },
    status: target ? 'target' : 'actual',
    qualified: false,
  };
}

function illegibleFigure(indicator: BenchIndicator, random: Random): BenchFigure {
  return {
    id: indicator.id,
    indicator,
    role: 'unknown',
    fields: {
      unknown: { as_written: blankDigit(writeValue(firstValue(indicator, random), indicator), random) },
      note: { zh: '原文数字缺损（虚构示例）。', en: 'A digit is blanked in the source (fictional example).' },
    },
    status: 'actual',
    qualified: false,
  };
}

/** The figures of a bureau's report for `year`; call for its years in order. */
export function reportFigures(state: BureauState, year: number): BenchFigure[] {
  const random = createRandom(seedFrom(`${state.bureauId}/${year}`));
  const figures: BenchFigure[] = [];
  const values = new Map<string, number>();
  for (const indicator of state.plan) {
    const last = state.series.get(indicator.id);
    const value = last === undefined ? firstValue(indicator, state.random) : nextValue(last, indicator, state.random);
    state.series.set(indicator.id, value); // the series moves on even in a year the report skips it
    if (!random.chance(0.95)) continue;
    values.set(indicator.id, value);
    figures.push(actualFigure(state, indicator, value, year, random));
  }

  const actuals = [...figures];
  const rangeIndicator = BENCH_INDICATORS.find((indicator) => indicator.range);
  if (state.hasRange && rangeIndicator) figures.push(rangeFigure(rangeIndicator, random));
  for (const actual of random.sample(actuals.filter((figure) => TARGETABLE.has(figure.indicator.kind)), 2)) {
    figures.push(targetFigure(actual, values.get(actual.id)!, year, random));
  }
  const counts = actuals.filter((figure) => figure.indicator.kind === 'count' && !figure.fields.change);
  if (counts.length > 0 && random.chance(0.5)) {
    const actual = random.pick(counts);
    figures.push(midYearFigure(actual, values.get(actual.id)!, year, random));
  }
  const absent = BENCH_INDICATORS.filter((indicator) => !indicator.range && (indicator.kind === 'count' || indicator.kind === 'amount') && !values.has(indicator.id));
  if (absent.length > 0 && random.chance(0.1)) figures.push(illegibleFigure(random.pick(absent), random));

  state.previous = figures;
  return figures;
}
