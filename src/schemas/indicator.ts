/** The indicator catalog: what a figure means, once, in both languages. */
import { z } from 'astro/zod';
import { idSchema, localizedMaybeEmptySchema, localizedSchema } from './common.ts';

export const TOPICS = [
  'eldercare', 'assistance', 'social-orgs', 'community', 'marriage', 'children', 'funeral',
  'places', 'social-work', 'disability', 'services', 'population', 'emergency',
] as const;
export type Topic = (typeof TOPICS)[number];

/** The kind decides how a value is checked (range, sign, shape) and written. */
export const KINDS = ['count', 'amount', 'rate', 'ratio', 'per-thousand', 'average'] as const;
export type Kind = (typeof KINDS)[number];

export const indicatorSchema = z.strictObject({
  name: localizedSchema,
  topic: z.enum(TOPICS),
  kind: z.enum(KINDS),
  unit: localizedMaybeEmptySchema,
  definition: localizedSchema.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorCatalogFileSchema = z.record(idSchema, indicatorSchema);
