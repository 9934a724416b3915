/**
 * A figure's unit as its document writes it, within the indicator's quantity: another
 * measure word for the same count (养老机构 in 个 rather than 家), another period for a
 * money standard (元/人·年 rather than 元/人·月), and the optional `unit` an editor copies
 * from the document, which must agree with both.
 */
import type { Localized } from '../schemas/common.ts';
import type { FigureInput, Period } from '../schemas/report-data.ts';
import type { Reporter } from './figures.ts';
import type { FigureValue, IndicatorEntry } from './model.ts';

/** The words a period is written with: 元/人·月, "CNY per person per month". */
export const PERIOD_WORDS: Record<Period, Localized> = {
  day: { zh: '日', en: 'day' },
  month: { zh: '月', en: 'month' },
  quarter: { zh: '季度', en: 'quarter' },
  year: { zh: '年', en: 'year' },
};

const ZH_PERIOD = /([·/])(日|天|月|季|季度|年)$/;
const EN_PERIOD = / (?:per|a) (day|month|quarter|year)$/;

/**
 * The unit a figure is shown with, in both languages: the catalog's, with the figure's
 * measure word (zh only: English counts the same things) and period put in:
 * `{ zh: 元/人·月, en: CNY per person per month }` with per: year →
 * `{ zh: 元/人·年, en: CNY per person per year }`; a unit stating no period gets one added.
 */
export function figureUnit(indicator: Pick<IndicatorEntry, 'unit'>, figure: { per?: Period | undefined; measureWord?: string | undefined }): Localized {
  let { zh, en } = indicator.unit;
  if (figure.measureWord) zh = figure.measureWord;
  if (figure.per) {
    const word = PERIOD_WORDS[figure.per];
    zh = ZH_PERIOD.test(zh) ? zh.replace(ZH_PERIOD, `$1${word.zh}`) : `${zh}·${word.zh}`;
    en = EN_PERIOD.test(en) ? en.replace(EN_PERIOD, ` per ${word.en}`) : `${en} per ${word.en}`;
  }
  return { zh, en };
}

const SCALES = ['万亿', '万', '亿'] as const;

/**
 * Checks per, measure_word and unit against the indicator. `unit` may be the unit shown
 * (figureUnit) or the catalog's, in either language, and in Chinese may lead with the
 * value's own scale word (2850.46万 with 万元, as the document writes 2850.46万元).
 */
export function checkFigureUnit(input: FigureInput, value: FigureValue | undefined, indicator: IndicatorEntry, report: Reporter): void {
  if (input.per && indicator.kind !== 'amount' && indicator.kind !== 'average') {
    report('per-kind', { indicator: indicator.id, kind: indicator.kind }, ['per']);
  }
  if (input.measure_word && indicator.kind !== 'count') {
    report('measure-word-kind', { indicator: indicator.id, kind: indicator.kind }, ['measure_word']);
  }
  if (input.unit === undefined) return;
  const unit = input.unit.trim();
  const shown = figureUnit(indicator, { per: input.per, measureWord: input.measure_word });
  const plain = new Set([shown.zh, shown.en, indicator.unit.zh, indicator.unit.en]);
  if (plain.has(unit)) return;
  const scale = SCALES.find((word) => unit.startsWith(word) && plain.has(unit.slice(word.length)));
  const valueScale = value?.type === 'number' ? value.number.scale : value?.type === 'range' ? value.low.scale : undefined;
  if (scale && valueScale === scale) return;
  if (scale && valueScale === '' && value?.type === 'number') {
    report('unit-scale', { found: unit, scale, value: value.written, unit: unit.slice(scale.length) }, ['unit']);
    return;
  }
  report('unit-mismatch', { found: unit, indicator: indicator.id, expected: shown.zh }, ['unit']);
}
