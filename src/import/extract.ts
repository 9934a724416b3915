/**
 * Finding every figure the text states, block by block.
 *
 * For each number: read what is written around it (numbers.ts), turn it away if it is not
 * a figure (traps.ts), then combine it with its neighbours into one statement:
 *   - a range          "4000-6000元"             → range [4000, 6000]
 *   - a ratio          "1:0.81"                  → value "1:0.81"
 *   - a from-to change "从1116家增加到1576家"    → value 1576, change.from 1116
 *                      "由9个街道调整为7个街道"  → value 7, change.from 9, direction down
 *   - a reported change "855元增长7.6%"          → value 855, change.reported 7.6%
 * and decide its status and date (status.ts). One ExtractedFigure per occurrence in the
 * text; restatements are merged later (assign-ids.ts).
 */
import { parseExactNumber, toDecimal } from '../lib/decimal.ts';
import { periodOf, readOpenMeasureWord, readPrefix, readSuffix, scanNumbers, type NumberToken, type Suffix } from './numbers.ts';
import { assignLabels } from './label.ts';
import { decideAsOf, decideStatus } from './status.ts';
import { lineAt, sectionWhere } from './structure.ts';
import { tableFigures } from './table-figures.ts';
import { chineseNumeralQuantities, quotedSpans, trapFor } from './traps.ts';
import type { Block, ExtractedFigure, FigureChange, Kind, ReviewItem } from './types.ts';

export interface ExtractOptions {
  /** The work year of the report (--year): the year of 1-11月 and the limit of "past". */
  year: number;
}

/** A number that was looked at and turned away, with the trap that caught it. */
export interface RejectedNumber {
  line: number;
  block: number;
  start: number;
  written: string;
  trap: string;
}

export interface Extraction {
  figures: ExtractedFigure[];
  rejected: RejectedNumber[];
  review: ReviewItem[];
}

const CLAUSE_BREAK = /[，,。；;：:！!？?]/;
const SENTENCE_BREAK = /[。；;！!？?]/;
const UP_WORDS = /增长|增加|提高|上升|扩大|新增/;
const DOWN_WORDS = /下降|减少|降低|压缩|缩小|缩减/;
/** "从1116家增加到1576家", "由9个街道调整为7个街道": verb + 到/至/为 after the first number. */
const FROM_TO_LINK = /^([\u4e00-\u9fff]{0,4}?)\s*(增加|增长|提高|上升|扩大|减少|下降|降低|压缩|缩小|调整|变为|变成)\s*(到|至|为)\s*$/;
/** "增长7.6%", ",增长了41%": a reported change right after a figure. */
const REPORTED_CHANGE = /^\s*[，,]?\s*(同比)?(增长|增加|提高|上升|下降|减少|降低)(了)?\s*(\d+(?:\.\d+)?)\s*%/;

/** Splits a block into ranges by a break pattern, returning [start, end) of the range holding `offset`. */
function rangeAround(text: string, offset: number, breaks: RegExp, masked: string): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !breaks.test(masked[start - 1] ?? '')) start -= 1;
  let end = offset;
  while (end < text.length && !breaks.test(masked[end] ?? '')) end += 1;
  return { start, end: Math.min(text.length, end + 1) };
}

function inferKind(unit: string, value: string, clauseBefore: string, clause: string, shape: ExtractedFigure['shape']): Kind {
  if (shape === 'ratio') return 'ratio';
  // "争取300万专项资金": no unit written, but the words say money.
  if (unit === '' && /资金|经费|投资|投入|金额|预算/.test(clause)) return 'amount';
  if (unit === '%' || unit === '‰' || unit.endsWith('百分点')) return 'rate';
  if (/千名|每千/.test(clauseBefore)) return 'per-thousand';
  if (unit.startsWith('元')) return 'amount';
  if (value.includes('.') && !['万', '亿'].some((scale) => value.endsWith(scale))) return 'average';
  return 'count';
}

function compareWritten(a: string, b: string): number | undefined {
  const left = parseExactNumber(a);
  const right = parseExactNumber(b);
  if (!left.ok || !right.ok) return undefined;
  return toDecimal(left.value).comparedTo(toDecimal(right.value));
}

/** "一是" … the last inline point before `offset` in a block, for `where`. */
function inlinePoint(text: string, offset: number): string | undefined {
  const points = [...text.slice(0, offset).matchAll(/(?:^|[。；;：:])\s*([一二三四五六七八九十]是)/g)];
  return points[points.length - 1]?.[1];
}

export function extractFigures(blocks: readonly Block[], options: ExtractOptions): Extraction {
  const figures: ExtractedFigure[] = [];
  const rejected: RejectedNumber[] = [];
  const review: ReviewItem[] = [];

  const lastProseBlock = blocks.reduce((last, block, index) => (block.table || block.title ? last : index), -1);
  blocks.forEach((block, blockIndex) => {
    if (block.table) {
      figures.push(...tableFigures(block, blockIndex, options.year));
      return;
    }
    const { text } = block;
    const quoted = quotedSpans(text);
    const isQuoted = (offset: number): boolean => quoted.some((span) => offset > span.start && offset < span.end);
    const tokens = scanNumbers(text);
    // Commas inside numbers (2,400) must not split clauses.
    let masked = text;
    for (const token of tokens) masked = masked.slice(0, token.start) + token.written.replace(/[,.]/g, '0') + masked.slice(token.end);

    const reject = (token: NumberToken, trap: string): void => {
      rejected.push({ line: lineAt(block.anchors, token.start), block: blockIndex, start: token.start, written: token.written, trap });
    };

    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (!token) continue;
      let end = token.end;
      let suffix: Suffix = readSuffix(text.slice(end));
      // An open class of measure words: an unknown one is proposed (with a note), not dropped.
      let openWord: string | undefined;
      if (suffix.unit === '' && !token.blanked) {
        openWord = readOpenMeasureWord(text.slice(end + suffix.length));
        if (openWord) suffix = { ...suffix, unit: openWord, length: suffix.length + 1 };
      }
      let shape: ExtractedFigure['shape'] = token.blanked ? 'unknown' : 'number';
      let value = token.digits;
      let range: [string, string] | undefined;
      let change: FigureChange | undefined;
      let consumed = 0;

      // Range "4000-6000元" / "90-99 岁" / "1-11月": the unit after the second number counts for both.
      const next = tokens[index + 1];
      const link = next ? text.slice(token.end, next.start) : '';
      if (next && suffix.length === 0 && /^\s*[-—–~～]\s*$/.test(link)) {
        suffix = readSuffix(text.slice(next.end));
        range = [token.digits, next.digits];
        value = `${token.digits}-${next.digits}`;
        shape = 'range';
        end = next.end;
        consumed = 1;
      } else if (next && suffix.length === 0 && /^\s*[:：]\s*$/.test(link) && !/^\s*:\d{2}(?!\d)/.test(text.slice(token.end, token.end + 4)) ) {
        // Ratio "1:0.81" (a time such as 14:45 is left to the time trap).
        value = `${token.digits}:${next.digits}`;
        shape = 'ratio';
        end = next.end;
        consumed = 1;
        suffix = { scale: '', unit: '', length: 0 };
      } else if (next && suffix.length > 0 && /^\s*[-—–~～]\s*$/.test(text.slice(token.end + suffix.length, next.start)) && readSuffix(text.slice(next.end)).unit === suffix.unit && suffix.unit) {
        // "4000元-6000元": the link comes after the first unit (`link` holds 元-).
        const second = readSuffix(text.slice(next.end));
        range = [token.digits, next.digits];
        value = `${token.digits}-${next.digits}`;
        shape = 'range';
        end = next.end;
        suffix = second;
        consumed = 1;
      }

      const trap = trapFor({
        text,
        start: token.start,
        end: shape === 'range' || shape === 'ratio' ? end : token.end,
        unit: suffix.unit,
        scale: suffix.scale,
        digits: token.digits,
        quoted: isQuoted(token.start),
        atEnd: blockIndex === lastProseBlock && text.slice(token.end).trim() === '',
      });
      if (trap && !(shape === 'ratio' && trap === 'bare-number')) {
        reject(token, trap);
        index += consumed;
        continue;
      }
      end += suffix.length;
      let start = token.start;

      // From-to: this number is the "from" when 从/由 precedes it and 到/至/为 + a number follows.
      // The words between 从/由 and the number name what changes ("从月标准100元", "由每人每年
      // 5400元"): up to eight characters without a clause break, a number or a verb of change.
      const from = /(从|由)\s*$/.exec(text.slice(Math.max(0, token.start - 2), token.start)) ?? /(从|由)(?![于此])[^\d，,。；;、：:（(从由提增减降调]{1,8}$/.exec(text.slice(Math.max(0, token.start - 10), token.start));
      const adjacentFrom = from !== null && from[0].length <= 2 && /(从|由)\s*$/.test(from[0]);
      const target = tokens[index + 1 + consumed];
      if (from && target && shape === 'number') {
        const between = text.slice(end, target.start);
        if (FROM_TO_LINK.test(between)) {
          const toSuffix = readSuffix(text.slice(target.end));
          if (toSuffix.unit === suffix.unit && toSuffix.scale === suffix.scale) {
            const verb = FROM_TO_LINK.exec(between)?.[2] ?? '';
            const order = compareWritten(target.digits, token.digits);
            const direction = UP_WORDS.test(verb) ? 'up' : DOWN_WORDS.test(verb) ? 'down' : order === undefined || order === 0 ? undefined : order > 0 ? 'up' : 'down';
            change = { from: `${token.digits}${suffix.scale}`, ...(direction && { direction }) };
            if (adjacentFrom) start = token.start - from[0].length;
            value = target.digits;
            suffix = toSuffix;
            end = target.end + toSuffix.length;
            consumed += 1;
          }
        }
      }

      // Reported change right after the figure: "855元增长7.6%".
      const reported = REPORTED_CHANGE.exec(text.slice(end));
      if (reported && shape !== 'ratio' && suffix.unit !== '%') {
        const direction = DOWN_WORDS.test(reported[2] ?? '') ? 'down' : 'up';
        change = { ...change, reported: `${reported[4]}%`, direction: change?.direction ?? direction };
        const reportedToken = tokens.findIndex((candidate) => candidate.start >= end && candidate.start < end + reported[0].length);
        if (reportedToken !== -1) consumed = Math.max(consumed, reportedToken - index);
        end += reported[0].length;
      }

      // Qualifier before the number.
      const prefix = readPrefix(text.slice(Math.max(0, start - 12), start));
      start -= prefix.length;
      const qualifier = suffix.qualifier ?? prefix.qualifier;

      const clauseRange = rangeAround(text, token.start, CLAUSE_BREAK, masked);
      const sentenceRange = rangeAround(text, token.start, SENTENCE_BREAK, masked);
      const clause = text.slice(clauseRange.start, Math.max(clauseRange.end, end)).replace(/[，,。；;：:！!？?]$/, '');
      const sentence = text.slice(sentenceRange.start, Math.max(sentenceRange.end, end));
      const sentenceUpToFigure = text.slice(sentenceRange.start, Math.max(clauseRange.end, end));
      const line = lineAt(block.anchors, token.start);

      const statusDecision = decideStatus({ clause, sentence: sentenceUpToFigure, block, reportYear: options.year });
      const asOfDecision = decideAsOf({
        sentenceBefore: text.slice(sentenceRange.start, token.start),
        status: statusDecision.status,
        block,
        reportYear: options.year,
      });

      const notes: string[] = [];
      if (shape === 'unknown') notes.push(`Digits are blanked in the source (“${text.slice(start, end)}”): recorded as written, never guessed.`);
      if (!suffix.unit && shape !== 'ratio') notes.push('No unit is written after this number: check what it counts.');
      if (openWord) notes.push(`“${openWord}” is read as this figure's measure word; it is not in the importer's list: check it.`);
      if (prefix.detachedWord) notes.push(`The qualifier “${prefix.detachedWord}” stays in the narrative and <Figure> shows it too: reword the sentence.`);
      if (asOfDecision.note) notes.push(asOfDecision.note);

      const point = inlinePoint(text, token.start);
      const where = [sectionWhere(block.section), point].filter(Boolean).join(' ');
      const clauseBefore = text.slice(clauseRange.start, token.start);
      const per = suffix.unit.startsWith('元') ? periodOf(suffix.unit, text.slice(Math.max(clauseRange.start, from?.index !== undefined ? 0 : clauseRange.start), token.start)) : undefined;

      figures.push({
        line,
        block: blockIndex,
        start,
        end,
        written: text.slice(start, end),
        value,
        scale: suffix.scale,
        unit: suffix.unit,
        shape,
        ...(range && { range }),
        ...(qualifier && { qualifier }),
        status: statusDecision.status,
        ...(statusDecision.reason && { statusReason: statusDecision.reason }),
        ...(asOfDecision.asOf && { asOf: asOfDecision.asOf }),
        ...(asOfDecision.reason && { asOfReason: asOfDecision.reason }),
        ...(change && { change }),
        kind: inferKind(suffix.unit, value + suffix.scale, clauseBefore, clause, shape),
        clause,
        sentence,
        context: `${text.slice(Math.max(0, start - 24), start)}【${text.slice(start, end)}】${text.slice(end, end + 16)}`,
        label: '',
        ...(where && { where }),
        ...(per && { per }),
        notes,
      });
      index += consumed;
    }

    for (const quantity of chineseNumeralQuantities(text)) {
      review.push({
        line: lineAt(block.anchors, quantity.start),
        topic: 'not-extracted',
        text: `“${quantity.written}” is a quantity in Chinese numerals, not extracted: add it as a figure if the report means it as one (“${text.slice(Math.max(0, quantity.start - 10), quantity.start + 12)}”).`,
      });
    }
  });

  // Table figures are labelled by their row; prose figures by their words.
  const prose = figures.filter((figure) => !blocks[figure.block]?.table);
  assignLabels(prose, blocks.map((block) => block.text));
  return { figures, rejected, review };
}
