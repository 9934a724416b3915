/** Shapes shared by every input file. All YAML arrives as strings (failsafe schema). */
import { z } from 'astro/zod';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** kebab-case ids: they become URLs and anchors, so they must stay plain ASCII. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id' });

/** Text in both languages; both are required so no page shows an empty string. */
export const localizedSchema = z.strictObject({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

/** Text in both languages where one may legitimately be empty (a unit such as a ratio's). */
export const localizedMaybeEmptySchema = z.strictObject({ zh: z.string(), en: z.string() });

const DAY = String.raw`\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])`;
const MONTH = String.raw`\d{4}-(0[1-9]|1[0-2])`;
const YEAR = String.raw`\d{4}`;

/** YYYY, YYYY-MM or YYYY-MM-DD: documents state dates at whatever precision they know. */
export const partialDateSchema = z
  .string()
  .regex(new RegExp(`^(${DAY}|${MONTH}|${YEAR})$`), { error: 'date' })
  .refine(isRealDate, { error: 'date' });

/** A date or a period `start/end` of partial dates. */
export const periodSchema = z
  .string()
  .regex(new RegExp(`^(${DAY}|${MONTH}|${YEAR})(/(${DAY}|${MONTH}|${YEAR}))?$`), { error: 'period' })
  .refine((text) => text.split('/').every(isRealDate), { error: 'period' })
  .refine((text) => {
    const [start, end] = text.split('/');
    return end === undefined || (start ?? '') <= end;
  }, { error: 'period-order' });

/** 生成日期 is often given with a time: "2023-03-17 14:45". */
export const timestampSchema = z
  .string()
  .regex(new RegExp(`^${DAY}( ([01]\\d|2[0-3]):[0-5]\\d)?$`), { error: 'timestamp' })
  .refine((text) => isRealDate(text.slice(0, 10)), { error: 'timestamp' });

/** Four digits; whether the year is possible (1949–next year) is checked in src/lib/load/facts.ts. */
export const yearSchema = z.string().regex(/^\d{4}$/, { error: 'year' }).transform(Number);

/** Rejects 2023-02-30 and the like, which the pattern alone lets through. */
function isRealDate(text: string): boolean {
  if (text.length < 10) return true;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
}
