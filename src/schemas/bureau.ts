/** Publishers: the bureaus whose reports the site carries. */
import { z } from 'astro/zod';
import { idSchema, localizedSchema } from './common.ts';

/**
 * national (民政部) · province (省/自治区民政厅) · municipality (直辖市) · city (地级市) ·
 * district (市辖区) · county (县/县级市) · other (development zones and the like).
 */
export const LEVELS = ['national', 'province', 'municipality', 'city', 'district', 'county', 'other'] as const;
export type Level = (typeof LEVELS)[number];

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
