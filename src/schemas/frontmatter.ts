/** Frontmatter of a narrative (content/reports/<bureau>/<year>/<lang>.mdx). */
import { z } from 'astro/zod';

export const narrativeFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).optional(),
});
export type NarrativeFrontmatter = z.infer<typeof narrativeFrontmatterSchema>;
