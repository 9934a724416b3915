/**
 * The shape of the downloads manifests (./manifest.ts), as Zod schemas: the types are
 * inferred from them, and tests read the built manifests back through them.
 */
import { z } from 'astro/zod';

const localized = z.object({ zh: z.string(), en: z.string() }).strict();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** One download file. `path` is inside the site without its base ("/data/annals.csv"); `url` is absolute. */
export const fileEntrySchema = z
  .object({
    path: z.string().regex(/^\/data\//),
    url: z.url(),
    format: z.enum(['csv', 'json', 'xlsx']),
    media_type: z.string(),
    scope: z.enum(['all', 'report', 'indicator']),
    /** "annals", "<bureau>-<year>" or the indicator id: the file name without its extension. */
    id: z.string(),
    /** The bureau of a report file; null for site-wide files. */
    bureau: z.string().nullable(),
    /** The dated years of the file's reports, ascending (empty for an undated report or an unused indicator). */
    years: z.array(z.int()),
    /** Figures in the file: one row each (CSV and XLSX rows below the header, JSON `figures`). */
    rows: z.int().nonnegative(),
    bytes: z.int().nonnegative(),
    sha256,
  })
  .strict();

const header = {
  manifest_version: z.literal(1),
  title: localized,
  site: z.url(),
  generated: z.string(),
  generated_basis: z.enum(['SOURCE_DATE_EPOCH', 'latest-source-date']),
  licence: localized,
};

export const bureauLineSchema = z
  .object({ id: z.string(), name: localized, years: z.array(z.int()), reports: z.int().nonnegative(), rows: z.int().nonnegative(), manifest: z.url() })
  .strict();

export const manifestIndexSchema = z
  .object({
    ...header,
    /** Whether /data/annals.* exist: only while the site has at most row_limit figures. */
    whole_site: z.object({ offered: z.boolean(), row_limit: z.int().positive(), rows: z.int().nonnegative() }).strict(),
    files: z.array(fileEntrySchema),
    bureaus: z.array(bureauLineSchema),
  })
  .strict();

export const bureauManifestSchema = z.object({ ...header, bureau: z.object({ id: z.string(), name: localized }).strict(), files: z.array(fileEntrySchema) }).strict();

export type FileEntry = z.infer<typeof fileEntrySchema>;
export type BureauLine = z.infer<typeof bureauLineSchema>;
export type ManifestIndex = z.infer<typeof manifestIndexSchema>;
export type BureauManifest = z.infer<typeof bureauManifestSchema>;
