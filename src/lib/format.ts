/**
 * A figure as text, per locale, exactly.
 *
 * Chinese keeps the document's own writing (20.7万张, 2850.46万元, 3800余名): the scale word
 * is part of the official figure. English expands it exactly (207,000 beds, CNY 28,504,600)
 * and never abbreviates to "million" or rounds. Nothing here touches a float.
 */
import type { Locale } from '../schemas/common.ts';
import { CHANGE_BASIS_NAMES } from '../i18n/vocabulary.ts';
import type { Qualifier, Status } from '../schemas/report-data.ts';
import { groupThousands, type ExactNumber } from './decimal.ts';
import { figureUnit } from './figure-units.ts';
import type { Figure, FigureValue, IndicatorEntry } from './model.ts';

type UnitSpec = Pick<IndicatorEntry, 'kind' | 'unit'>;

/** Chinese qualifiers: 余 goes between number and unit ("3800余名"); the rest lead. */
const ZH_PREFIX: Record<Exclude<Qualifier, 'over'>, string> = {
  under: '不到',
  about: '约',
  nearly: '近',
  'up-to': '最高',
  'at-least': '至少',
};

const EN_PREFIX: Record<Qualifier, string> = {
  over: 'more than',
  under: 'under',
  about: 'about',
  nearly: 'nearly',
  'up-to': 'up to',
  'at-least': 'at least',
};

function zhNumber(number: ExactNumber): string {
  return `${number.mantissa}${number.scale}`;
}

function enNumber(number: ExactNumber): string {
  return groupThousands(number.plain);
}

/** "CNY per person per month" → prefix "CNY", suffix "per person per month". */
function splitCurrency(unitEn: string): { prefix: string; suffix: string } {
  const match = /^(CNY)\b\s*(.*)$/.exec(unitEn);
  return match ? { prefix: match[1] ?? '', suffix: match[2] ?? '' } : { prefix: '', suffix: unitEn };
}

function withUnit(numberText: string, spec: UnitSpec, locale: Locale): string {
  if (spec.kind === 'ratio') return numberText;
  if (spec.kind === 'rate') return `${numberText}%`;
  if (locale === 'zh') return `${numberText}${spec.unit.zh}`;
  const { prefix, suffix } = spec.kind === 'amount' ? splitCurrency(spec.unit.en) : { prefix: '', suffix: spec.unit.en };
  return [prefix, numberText, suffix].filter(Boolean).join(' ');
}

/** The unit as a reader sees it: "张", "CNY per person per month", "%"; "" for a ratio. */
export function formatUnit(spec: UnitSpec, locale: Locale): string {
  if (spec.kind === 'ratio') return '';
  if (spec.kind === 'rate') return '%';
  return spec.unit[locale];
}

/** The bare quantity with its unit, without qualifier: "20.7万张", "207,000 beds". */
export function formatQuantity(value: FigureValue, spec: UnitSpec, locale: Locale): string {
  switch (value.type) {
    case 'number':
      return withUnit(locale === 'zh' ? zhNumber(value.number) : enNumber(value.number), spec, locale);
    case 'ratio':
      return `${value.ratio.left}:${value.ratio.right}`;
    case 'range': {
      const [low, high] = locale === 'zh' ? [zhNumber(value.low), zhNumber(value.high)] : [enNumber(value.low), enNumber(value.high)];
      return withUnit(locale === 'zh' ? `${low}—${high}` : `${low}–${high}`, spec, locale);
    }
    case 'unknown':
      return locale === 'zh' ? `${value.asWritten}（原文数字缺损）` : `illegible in the source (written “${value.asWritten}”)`;
  }
}

/** Statuses a value carries as a mark wherever it is shown (a target is marked by its own column and Figure). */
const STATUS_MARKS: Partial<Record<Status, Record<Locale, string>>> = {
  provisional: { zh: '（初步数）', en: ' (provisional)' },
  derived: { zh: '（推算）', en: ' (derived)' },
  estimated: { zh: '（估计）', en: ' (estimated)' },
};

type Shown = Pick<Figure, 'value' | 'qualifier'> & Partial<Pick<Figure, 'status' | 'per' | 'measureWord'>>;

/**
 * The figure as a reader should see it: "3800余名", "more than 3,800 children", with the
 * figure's own measure word and period ("4.0万个", "8400元/人·年") and a provisional,
 * derived or estimated mark ("4.0万个（初步数）", "40,000 institutions (provisional)").
 */
export function formatFigureValue(figure: Shown, spec: UnitSpec, locale: Locale): string {
  const shown: UnitSpec = figure.per || figure.measureWord ? { kind: spec.kind, unit: figureUnit(spec, figure) } : spec;
  const mark = figure.status ? (STATUS_MARKS[figure.status]?.[locale] ?? '') : '';
  return `${qualified(figure, shown, locale)}${mark}`;
}

function qualified(figure: Shown, spec: UnitSpec, locale: Locale): string {
  const quantity = formatQuantity(figure.value, spec, locale);
  const qualifier = figure.qualifier;
  if (!qualifier || figure.value.type === 'unknown') return quantity;
  if (locale === 'en') return `${EN_PREFIX[qualifier]} ${quantity}`;
  if (qualifier !== 'over') return `${ZH_PREFIX[qualifier]}${quantity}`;
  // 余 sits after the number (and its scale word), before the unit; a rate or ratio leads with 超过.
  if (figure.value.type === 'number' && spec.kind !== 'rate' && spec.kind !== 'ratio') {
    return withUnit(`${zhNumber(figure.value.number)}余`, spec, 'zh');
  }
  return `超过${quantity}`;
}

/** The exact normalised number for downloads and sorting: "207000", or "" when not one number. */
export function plainNumber(value: FigureValue): string {
  if (value.type === 'number') return value.number.plain;
  return '';
}

/**
 * The change as the source writes it: "从1116家增加到1576家，增长41%" / "up from 1,116 to 1,576, +41%";
 * "增长7.6%" / "up 7.6%"; points "提高2个百分点" / "up 2 percentage points" (per-thousand:
 * 千分点, per-mille points); amounts "减少80.8万对" / "down 808,000 couples". A change with a
 * stated basis, or one nothing could check, says what it is relative to: "比上年下降6.1%" /
 * "down 6.1% on the previous year".
 */
export function formatChange(figure: Pick<Figure, 'value' | 'change'> & Partial<Pick<Figure, 'per' | 'measureWord'>>, spec: UnitSpec, locale: Locale): string {
  const change = figure.change;
  if (!change) return '';
  const zh = locale === 'zh';
  const down = change.direction === 'down';
  const shown: UnitSpec = figure.per || figure.measureWord ? { kind: spec.kind, unit: figureUnit(spec, figure) } : spec;
  const parts: string[] = [];
  if (change.from) {
    const from = formatQuantity({ type: 'number', written: change.from.mantissa, number: change.from }, shown, locale);
    const to = formatQuantity(figure.value, shown, locale);
    parts.push(zh ? `从${from}${down ? '减少' : '增加'}到${to}` : `${down ? 'down' : 'up'} from ${from} to ${to}`);
  }
  const basis = !change.from && (change.basis || change.unchecked) ? CHANGE_BASIS_NAMES[change.basis ?? 'previous-year'][locale] : '';
  const lead = (zhVerb: string): string => (zh ? `${basis}${zhVerb}` : down ? 'down' : 'up');
  const tail = basis && !zh ? ` ${basis}` : '';
  if (change.reported) parts.push(zh ? `${lead(down ? '下降' : '增长')}${change.reported}` : `${lead('')} ${change.reported}${tail}`);
  if (change.points) {
    const perMille = spec.kind === 'per-thousand';
    parts.push(zh
      ? `${lead(down ? '下降' : '提高')}${change.points}个${perMille ? '千分点' : '百分点'}`
      : `${lead('')} ${change.points} ${perMille ? 'per-mille' : 'percentage'} ${change.points === '1' ? 'point' : 'points'}${tail}`);
  }
  if (change.amount) {
    const amount = formatQuantity({ type: 'number', written: change.amount.mantissa, number: change.amount }, shown, locale);
    parts.push(zh ? `${lead(down ? '减少' : '增加')}${amount}` : `${lead('')} ${amount}${tail}`);
  }
  return parts.join(zh ? '，' : ', ');
}

const ZH_MONTH = (month: string): string => `${Number(month)}月`;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A report's year as readers see it: "2022年" / "2022", or "年份不详" / "undated". */
export function formatReportYear(report: { year: number; undated?: boolean | undefined }, locale: Locale): string {
  if (report.undated) return locale === 'zh' ? '年份不详' : 'undated';
  return locale === 'zh' ? `${report.year}年` : String(report.year);
}

/**
 * "2017-12" → "2017年12月" / "December 2017"; periods "2022-01/2022-11" → "2022年1月至2022年11月";
 * "" (an undated report's figure) → "未注明" / "not stated".
 */
export function formatPeriod(period: string, locale: Locale): string {
  if (period === '') return locale === 'zh' ? '未注明' : 'not stated';
  const format = (date: string): string => {
    const [year, month, day] = date.split('-');
    if (locale === 'zh') return `${year}年${month ? ZH_MONTH(month) : ''}${day ? `${Number(day)}日` : ''}`;
    if (!month) return year ?? '';
    const monthName = EN_MONTHS[Number(month) - 1] ?? month;
    return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
  };
  const [start, end] = period.split('/');
  if (!end) return format(start ?? '');
  return locale === 'zh' ? `${format(start ?? '')}至${format(end)}` : `${format(start ?? '')} to ${format(end)}`;
}
