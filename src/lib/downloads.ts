/**
 * Downloads for journalists: every figure as one flat row, as CSV (opens in Excel), JSON
 * and XLSX, for one report, one indicator across bureaus and years, or the whole site.
 * The columns are documented in docs/data-downloads.md. Each job is a module of
 * ./downloads/ (columns, rows, CSV, JSON, metadata, paths, endpoint responses, XLSX,
 * manifest); this file gathers the ones pages and other modules import, so they need
 * not know the split. The XLSX writer is left out on purpose: only its endpoint loads it.
 *
 * Pure functions of the validated Site: no Astro, no clock, no environment except what is
 * passed in, so a build is byte-identical for the same input.
 */
export * from './downloads/columns.ts';
export * from './downloads/csv.ts';
export * from './downloads/json.ts';
export * from './downloads/manifest.ts';
export * from './downloads/metadata.ts';
export * from './downloads/paths.ts';
export * from './downloads/response.ts';
export * from './downloads/rows.ts';
export * from './downloads/whole-site.ts';
