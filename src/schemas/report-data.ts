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
export const STATUSES = ['actual', 'target'] as const;
export type Status = (typeof STATUSES)[number];

const writtenNumber = z.string().trim().min(1);

export const changeSchema = z
  .strictObject({
    /** As the document states it: "7.6%". */
    reported: z.string().regex(/^\d+(\.\d+)?%$/, { error: 'change-reported' }).optional(),
    direction: z.enum(['up', 'down']).optional(),
    /** The earlier value of a "from X to Y" statement. */
    from: writtenNumber.optional(),
  })
  .refine((change) => change.reported !== undefined || change.from !== undefined, {
    error: 'change-empty',
  });

/** Exactly one of value, range or unknown: checked in src/lib/figures.ts so it is reported
 * even when other fields of the figure are wrong too. */
export const figureSchema = z.strictObject({
    indicator: idSchema.optional().describe('Catalog indicator id; defaults to the figure id.'),
    value: writtenNumber.optional().describe('Exact decimal as the document writes it: 855, 20.7万, 2.7亿; a:b for a ratio. No unit.'),
    range: z.tuple([writtenNumber, writtenNumber]).optional().describe('[low, high] for "4000-6000元".'),
    unknown: z.strictObject({ as_written: z.string().trim().min(1) }).optional().describe('A figure the source does not state legibly ("20_0多万"): recorded, never guessed.'),
    qualifier: z.enum(QUALIFIERS).optional().describe('余/多/超过 over · 不到 under · 约 about · 近 nearly · 最高 up-to · 至少 at-least'),
    status: z.enum(STATUSES).default('actual').describe('actual, or target for plans and goals (将/计划/力争/到2025年).'),
    as_of: periodSchema.optional().describe('Date or period the figure describes: 2022, 2017-12, 2022-01/2022-11. Defaults to the report year.'),
    unit: z.string().optional().describe('Optional: the unit as the document writes it; must match the catalog.'),
    change: changeSchema.optional(),
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

export const sourceSchema = z.strictObject({
  title: z.string().trim().min(1),
  publisher: localizedSchema.optional(),
  date: partialDateSchema.optional(),
  url: z.url({ protocol: /^https?$/, error: 'url' }).optional(),
  via: localizedSchema.optional(),
});

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
