/** Publishers: the bureaus whose reports the site carries. */
import { z } from 'astro/zod';
import { idSchema, localizedSchema } from './common.ts';

export const LEVELS = ['province', 'municipality', 'city', 'district', 'county'] as const;

export const bureauSchema = z.strictObject({
  name: localizedSchema,
  short: localizedSchema,
  level: z.enum(LEVELS),
  /** GB/T 2260 code; a string so YAML never drops leading digits. */
  region_code: z.string().regex(/^\d{6}$/, { error: 'region-code' }).optional(),
  parent: idSchema.optional(),
  fictional: z.enum(['true', 'false']).transform((flag) => flag === 'true').optional(),
  note: localizedSchema.optional(),
});
export type Bureau = z.infer<typeof bureauSchema>;

export const bureausFileSchema = z.record(idSchema, bureauSchema);
