/**
 * Reading one cell of a figures row into what the figure YAML says, or a reason it cannot.
 * Values go through as written; the known ways of writing a qualifier or a range in the
 * value (`约855`, `3000余`, `4000-6000`) are split as docs/data-format.md asks, by the same
 * rules the validator's hints use (src/lib/value-hints.ts).
 */
import { hintForValue } from '../../lib/value-hints.ts';
import { QUALIFIERS, type Qualifier } from '../../schemas/report-data.ts';

export type ValueFields = { value: string; qualifier?: Qualifier } | { range: [string, string] };

export function valueFields(written: string): ValueFields {
  const hint = hintForValue(written);
  if (hint?.kind === 'range') return { range: [hint.low, hint.high] };
  if (hint?.kind === 'qualifier') return { value: hint.number, qualifier: hint.qualifier };
  return { value: written };
}

/** `over`, or a Chinese qualifier word (余 多 以上 超过 约 左右 近 不到 最高 至少 …). */
export function qualifierOf(written: string): Qualifier | undefined {
  if ((QUALIFIERS as readonly string[]).includes(written)) return written as Qualifier;
  const hint = hintForValue(`${written}1`) ?? hintForValue(`1${written}`);
  if (hint?.kind === 'qualifier') return hint.qualifier;
  return ['不低于', '不少于'].includes(written) ? 'at-least' : undefined;
}

export interface ChangeFields {
  reported?: string;
  points?: string;
  amount?: string;
  direction?: 'up' | 'down';
}

const UP = /^(?:增长|增加|上升|提高|\+)/;
const DOWN = /^(?:下降|减少|降低|下跌|-|−)/;
const CHANGE = /^(?:增长|增加|上升|提高|下降|减少|降低|下跌|\+|-|−)?(\d+(?:\.\d+)?(?:万|亿)?)(%|个百分点|百分点|个千分点|千分点|[^\d.%]{0,6})$/;

/**
 * A change as bulletins write it (docs/data-format.md, `change`): `7.6%` or `增长7.6%` →
 * reported; `提高2个百分点` → points; `减少3.2万人` → amount (the unit is the indicator's).
 * A leading 比上年 (relative to last year, the default basis) is dropped.
 */
export function changeFields(written: string): ChangeFields | undefined {
  const text = written.replace(/\s+/g, '').replace(/^比上年/, '');
  const match = CHANGE.exec(text);
  if (!match) return undefined;
  const [, number = '', tail = ''] = match;
  const direction = UP.test(text) ? 'up' : DOWN.test(text) ? 'down' : undefined;
  const fields: ChangeFields =
    tail === '%' ? { reported: `${number}%` } : /百分点|千分点/.test(tail) ? { points: number } : { amount: number };
  return direction ? { ...fields, direction } : fields;
}
