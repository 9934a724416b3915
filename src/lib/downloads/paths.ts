/**
 * What a download covers and where it lives: stable, language-neutral URLs under /data/
 * (the same file serves every edition), and each format's media type.
 */
import type { Report } from '../model.ts';

export type DownloadScope =
  | { kind: 'report'; bureauId: string; year: number }
  | { kind: 'indicator'; indicatorId: string }
  | { kind: 'all' };

/** The public URL when the configuration gives none (the same default as the page layout). */
export const FALLBACK_SITE_URL = 'https://annals.example.org';

/** The file name stem of a report's downloads: "donghu-2022". Ids are kebab-case, years 4 digits. */
export function reportFileId(report: Pick<Report, 'bureauId' | 'year'>): string {
  return `${report.bureauId}-${report.year}`;
}

/** Paths inside the site, without its base (they name the endpoint's files); links use `routes.file(path)`. */
export const downloadPaths = {
  all: (format: DownloadFormat) => `/data/annals.${format}`,
  report: (bureauId: string, year: number, format: DownloadFormat) => `/data/reports/${reportFileId({ bureauId, year })}.${format}`,
  indicator: (indicatorId: string, format: DownloadFormat) => `/data/indicators/${indicatorId}.${format}`,
} as const;

export type DownloadFormat = 'csv' | 'json' | 'xlsx';

/** The media type of each download format (links' `type`, endpoints' Content-Type). */
export const MEDIA_TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
