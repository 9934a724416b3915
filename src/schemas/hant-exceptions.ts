/**
 * data/hant-exceptions.yaml (optional): terms the Traditional edition shows exactly as
 * written, unconverted — names whose owners write them so (an account's registered name, a
 * place whose official Traditional form OpenCC gets wrong, such as 余庆县).
 */
import { z } from 'astro/zod';

export const hantExceptionSchema = z.strictObject({
  /** The term as the Simplified text writes it. */
  term: z.string().trim().min(1),
  /** Why it stays: for the next editor, never shown on the site. */
  reason: z.string().trim().min(1),
});

export const hantExceptionsFileSchema = z.strictObject({
  keep: z.array(hantExceptionSchema),
});
export type HantExceptionsFile = z.infer<typeof hantExceptionsFileSchema>;
