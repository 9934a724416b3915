/**
 * What pages show beside a figure's value: the values other sources give, the values it had
 * before a correction, its own source and how a derived figure was computed. Values go
 * through format.ts, never retyped.
 */
import { SOURCE_KIND_NAMES } from '../i18n/vocabulary.ts';
import type { Locale } from '../schemas/common.ts';
import { formatFigureValue, formatPeriod } from './format.ts';
import type { Figure, IndicatorEntry, Report, ReportSource } from './model.ts';

type UnitSpec = Pick<IndicatorEntry, 'kind' | 'unit'>;

/** The source a figure comes from: its own, else its report's. */
export function figureSource(figure: Pick<Figure, 'source'>, report: Pick<Report, 'source'>): ReportSource {
  return figure.source ?? report.source;
}

/**
 * A source in one line: "《标题》，发布者，2022年8月26日，官方公报" /
 * "“Title”, Publisher, 26 August 2022, official bulletin"; a `via` is added ("据示例日报" / "via …").
 */
export function formatSource(source: ReportSource, locale: Locale): string {
  const zh = locale === 'zh';
  const parts = [
    zh ? `《${source.title}》` : `“${source.title}”`,
    source.publisher?.[locale],
    source.date && formatPeriod(source.date, locale),
    source.kind && SOURCE_KIND_NAMES[source.kind][locale],
    source.via && (zh ? `据${source.via.zh}` : `via ${source.via.en}`),
  ].filter(Boolean);
  return parts.join(zh ? '，' : ', ');
}

/** "其他来源：763.6万对（《…》，新闻报道；四个季度数据相加。）" / "Other source: 7,636,000 couples (…; Sum of …)". */
export function formatAlternatives(figure: Pick<Figure, 'alternatives' | 'per' | 'measureWord'>, spec: UnitSpec, locale: Locale): string[] {
  const zh = locale === 'zh';
  return (figure.alternatives ?? []).map((alternative) => {
    const value = formatFigureValue({ ...figure, value: alternative.value }, spec, locale);
    const about = [formatSource(alternative.source, locale), alternative.note?.[locale]].filter(Boolean).join(zh ? '；' : '; ');
    return zh ? `其他来源：${value}（${about}）` : `Other source: ${value} (${about})`;
  });
}

/** "修订：原为48.5%，2022年9月30日更正（补报两省数据。）" / "Revised: was 48.5% until 30 September 2022 (…)". */
export function formatRevisions(figure: Pick<Figure, 'revisions' | 'per' | 'measureWord'>, spec: UnitSpec, locale: Locale): string[] {
  const zh = locale === 'zh';
  return (figure.revisions ?? []).map((revision) => {
    const value = formatFigureValue({ ...figure, value: revision.value }, spec, locale);
    const date = formatPeriod(revision.date, locale);
    const reason = revision.reason ? (zh ? `（${revision.reason.zh}）` : ` (${revision.reason.en})`) : '';
    return zh ? `修订：原为${value}，${date}更正${reason}` : `Revised: was ${value} until ${date}${reason}`;
  });
}

/**
 * The notes a table shows for a figure: its note, how it was computed, and its own source
 * when it has one ("来源：《…》…" / "Source: …").
 */
export function figureNotes(figure: Pick<Figure, 'note' | 'method' | 'source'>, locale: Locale): string[] {
  const zh = locale === 'zh';
  return [
    figure.note?.[locale],
    figure.method && (zh ? `计算方法：${figure.method.zh}` : `Method: ${figure.method.en}`),
    figure.source && (zh ? `来源：${formatSource(figure.source, 'zh')}` : `Source: ${formatSource(figure.source, 'en')}`),
  ].filter((text): text is string => Boolean(text));
}
