/**
 * One report's data file (data/figures/<bureau>/<year>.yaml): its disclosure metadata,
 * its source document and its figures, as written. Values stay strings here; what they
 * mean depends on the indicator's kind, so src/lib/figures.ts parses them against the
 * catalog.
 */
import { z } from 'astro/zod';
import {
  idSchema, localizedSchema, partialDateSchema, periodSchema, timestampSchema, yearSchema,
} from './common.ts';

export const QUALIFIERS = ['over', 'under', 'about', 'nearly', 'up-to', 'at-least'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
/**
 * actual · target (plans) · provisional (a quarterly or 快报 figure the bulletin later
 * replaces) · derived (computed from other figures; `method` says how) · estimated.
 */
export const STATUSES = ['actual', 'target', 'provisional', 'derived', 'estimated'] as const;
export type Status = (typeof STATUSES)[number];

/** What kind of document a source is: a news report quoting an official source is `news-report`. */
export const SOURCE_KINDS = ['official-bulletin', 'yearbook', 'news-report', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The period a money standard is stated per (元/人·月 vs 元/人·年). */
export const PERIODS = ['day', 'month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** What a change is relative to, as the source says it: 比上年 · 比上年末 · 同比 (same period). */
export const CHANGE_BASES = ['previous-year', 'previous-year-end', 'same-period'] as const;
export type ChangeBasis = (typeof CHANGE_BASES)[number];

const writtenNumber = z.string().trim().min(1);

export const changeSchema = z
  .strictObject({
    /** As the document states it: "7.6%". */
    reported: z.string().regex(/^\d+(\.\d+)?%$/, { error: 'change-reported' }).optional(),
    direction: z.enum(['up', 'down']).optional(),
    /** The earlier value of a "from X to Y" statement. */
    from: writtenNumber.optional(),
    /** Percentage points (rate) or per-mille points (per-thousand): 提高2个百分点 → "2". */
    points: z.string().regex(/^\d+(\.\d+)?$/, { error: 'change-points' }).optional(),
    /** An absolute change in the indicator's unit: 比上年减少3.2万人 → "3.2万" with direction down. */
    amount: writtenNumber.optional(),
    /** What the change is relative to, as the source says; defaults to previous-year (比上年). */
    basis: z.enum(CHANGE_BASES).optional(),
  })
  .refine((change) => [change.reported, change.from, change.points, change.amount].some((part) => part !== undefined), {
    error: 'change-empty',
  });

/** A source document: the report's, or a figure's own (which overrides the report's). */
export const sourceSchema = z.strictObject({
  title: z.string().trim().min(1),
  publisher: localizedSchema.optional(),
  date: partialDateSchema.optional(),
  url: z.url({ protocol: /^https?$/, error: 'url' }).optional(),
  kind: z.enum(SOURCE_KINDS, { error: 'source-kind' }).optional(),
  via: localizedSchema.optional(),
});
export type SourceInput = z.infer<typeof sourceSchema>;

/** A value another source gives for the same figure; the figure's `value` stays the published one. */
export const alternativeSchema = z.strictObject({
  value: writtenNumber,
  source: sourceSchema,
  note: localizedSchema.optional(),
});

/** An earlier published value, replaced on `date` (the correction's date). */
export const revisionSchema = z.strictObject({
  value: writtenNumber,
  date: partialDateSchema,
  reason: localizedSchema.optional(),
});

/** Exactly one of value, range or unknown: checked in src/lib/figures.ts so it is reported
 * even when other fields of the figure are wrong too. */
export const figureSchema = z.strictObject({
    indicator: idSchema.optional().describe('Catalog indicator id; defaults to the figure id.'),
    value: writtenNumber.optional().describe('Exact decimal as the document writes it: 855, 20.7万, 2.7亿; a:b for a ratio. No unit.'),
    range: z.tuple([writtenNumber, writtenNumber]).optional().describe('[low, high] for "4000-6000元".'),
    unknown: z.strictObject({ as_written: z.string().trim().min(1) }).optional().describe('A figure the source does not state legibly ("20_0多万"): recorded, never guessed.'),
    qualifier: z.enum(QUALIFIERS).optional().describe('余/多/超过 over · 不到 under · 约 about · 近 nearly · 最高 up-to · 至少 at-least'),
    status: z.enum(STATUSES).default('actual').describe('actual; target for plans and goals (将/计划/力争/到2025年); provisional (快报, quarterly), derived (computed; give method) or estimated.'),
    method: localizedSchema.optional().describe('How a derived or estimated figure was computed; required when status is derived.'),
    as_of: periodSchema.optional().describe('Date or period the figure describes: 2022, 2017-12, 2022-01/2022-11. Defaults to the report year.'),
    unit: z.string().optional().describe('Optional: the unit as the document writes it; must match the catalog.'),
    change: changeSchema.optional(),
    source: sourceSchema.optional().describe("The figure's own source; overrides the report's."),
    alternatives: z.array(alternativeSchema).min(1).optional().describe('Values other sources give; value stays the published one.'),
    revisions: z.array(revisionSchema).min(1).optional().describe('Earlier published values, oldest first, each with the date of its correction.'),
    per: z.enum(PERIODS).optional().describe('Money standards: the period the document states (元/人·月 → month).'),
    measure_word: z.string().trim().min(1).optional().describe('The measure word the document uses when it differs from the catalog unit (个 for 家).'),
    label: localizedSchema.optional(),
    note: localizedSchema.optional(),
  where: z.string().trim().min(1).optional().describe('Where the figure stands in the source, e.g. 一（二）1 一是.'),
});
export type FigureInput = z.infer<typeof figureSchema>;

export const disclosureSchema = z.strictObject({
  index_no: z.string().trim().min(1).optional(),
  topic: localizedSchema.optional(),
  date: timestampSchema.optional(),
  doc_no: z.string().trim().optional(),
  validity: z.enum(['valid', 'invalid']).optional(),
  scope: z.enum(['public']).optional(),
  manner: z.enum(['proactive', 'on-request']).optional(),
});
export type Disclosure = z.infer<typeof disclosureSchema>;

export const reportDataSchema = z.strictObject({
  bureau: idSchema,
  year: yearSchema,
  year_note: localizedSchema.optional(),
  /** The document states no date: `year` only files it, and figures get no default as-of. */
  undated: z.enum(['true', 'false']).transform((flag) => flag === 'true').optional()
    .describe('true when the document states no date: the year only files the report, and figures get no default as_of.'),
  disclosure: disclosureSchema.optional(),
  source: sourceSchema,
  figures: z.record(idSchema, figureSchema).refine((figures) => Object.keys(figures).length > 0, {
    error: 'figures-empty',
  }),
});
export type ReportDataInput = z.infer<typeof reportDataSchema>;
