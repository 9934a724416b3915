/**
 * The text summary of a chart, read by screen readers as the canvas's label: what it
 * shows, how many values over which span, each series' values (exact text) while there
 * are few, and the notes on what is not drawn.
 */
import type { Locale } from '../../schemas/common.ts';
import type { Series } from './series.ts';
import { TEXT } from './text.ts';

/** Above this many drawn values the summary stops listing them and points to the table. */
export const SUMMARY_LIMIT = 12;

export interface SummaryInput {
  title: string;
  unit: string;
  /** Formatted start and end of the span drawn. */
  from: string;
  to: string;
  series: readonly Series[];
  notes: readonly string[];
  lang: Locale;
}

/** The summary of a drawn chart: sentences joined as the language writes them. */
export function chartSummary({ title, unit, from, to, series, notes, lang }: SummaryInput): string {
  const text = TEXT[lang];
  const count = series.reduce((total, one) => total + one.rows.length, 0);
  const parts: string[] = [text.summary(title, unit, count, from, to)];
  if (count <= SUMMARY_LIMIT) {
    const listed = series.map((one) => text.seriesSummary(one.label, one.rows.map((row) => text.item(row.period, row.value))));
    parts.push(`${listed.join(text.listJoin)}${text.listEnd}`);
  } else {
    parts.push(text.tooMany);
  }
  parts.push(...notes);
  return joinSentences(parts, lang);
}

/** The summary of a chart with nothing drawn: its title and unit, then the notes. */
export function emptySummary(title: string, unit: string, notes: readonly string[], lang: Locale): string {
  return joinSentences([TEXT[lang].emptySummary(title, unit), ...notes], lang);
}

function joinSentences(parts: readonly string[], lang: Locale): string {
  return parts.join(lang === 'zh' ? '' : ' ');
}
