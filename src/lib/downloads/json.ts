/**
 * The JSON download: the rows of the CSV (every value a string), the catalog entries and
 * bureaus they refer to, and metadata. Shape: src/lib/json-schemas.ts.
 */
import type { Localized } from '../../schemas/common.ts';
import type { BureauEntry, IndicatorEntry, Site } from '../model.ts';
import { routes } from '../routes.ts';
import { COLUMNS, type Column, type DownloadRow } from './columns.ts';
import { DATA_LICENCE, DATA_SOURCE, scopeId, scopeTitle, type GeneratedDate } from './metadata.ts';
import type { DownloadScope } from './paths.ts';
import { rowsFor, type DownloadOptions } from './rows.ts';

export interface JsonIndicator {
  name: Localized;
  topic: string;
  kind: string;
  unit: { zh: string; en: string };
  definition?: Localized;
}

export interface JsonBureau {
  name: Localized;
  short: Localized;
  level: string;
  region_code?: string;
  parent?: string;
  fictional: boolean;
  note?: Localized;
}

export interface DownloadJson {
  metadata: {
    title: Localized;
    scope: { kind: DownloadScope['kind']; id: string };
    site: string;
    licence: Localized;
    source: Localized;
    generated: string;
    generated_basis: GeneratedDate['basis'];
    columns: readonly Column[];
    figure_count: number;
  };
  figures: DownloadRow[];
  indicators: Record<string, JsonIndicator>;
  bureaus: Record<string, JsonBureau>;
}

function jsonIndicator(indicator: IndicatorEntry): JsonIndicator {
  return {
    name: indicator.name,
    topic: indicator.topic,
    kind: indicator.kind,
    unit: indicator.unit,
    ...(indicator.definition && { definition: indicator.definition }),
  };
}

function jsonBureau(bureau: BureauEntry): JsonBureau {
  return {
    name: bureau.name,
    short: bureau.short,
    level: bureau.level,
    ...(bureau.region_code && { region_code: bureau.region_code }),
    ...(bureau.parent && { parent: bureau.parent }),
    fictional: bureau.fictional ?? false,
    ...(bureau.note && { note: bureau.note }),
  };
}

export interface JsonOptions extends DownloadOptions {
  generated: GeneratedDate;
}

/**
 * The JSON download: the same rows as the CSV (every value a string, never a JSON number,
 * so no reader turns a figure into a float), the catalog entries and bureaus the rows refer
 * to (all of them for the whole dataset), and metadata.
 */
export function downloadJson(site: Site, scope: DownloadScope, options: JsonOptions): DownloadJson {
  const figures = rowsFor(site, scope, options);
  const whole = scope.kind === 'all';
  const indicatorIds = whole ? Object.keys(site.indicators).sort() : [...new Set(figures.map((row) => row.indicator_id))].sort();
  if (scope.kind === 'indicator' && !indicatorIds.includes(scope.indicatorId)) indicatorIds.push(scope.indicatorId);
  const bureauIds = whole ? Object.keys(site.bureaus).sort() : [...new Set(figures.map((row) => row.bureau_id))].sort();
  if (scope.kind === 'report' && !bureauIds.includes(scope.bureauId)) bureauIds.push(scope.bureauId);
  const indicators: Record<string, JsonIndicator> = {};
  for (const id of indicatorIds) {
    const indicator = site.indicators[id];
    if (indicator) indicators[id] = jsonIndicator(indicator);
  }
  const bureaus: Record<string, JsonBureau> = {};
  for (const id of bureauIds) {
    const bureau = site.bureaus[id];
    if (bureau) bureaus[id] = jsonBureau(bureau);
  }
  return {
    metadata: {
      title: scopeTitle(site, scope),
      scope: { kind: scope.kind, id: scopeId(scope) },
      site: new URL(routes.home('zh'), options.siteUrl).href,
      licence: DATA_LICENCE,
      source: DATA_SOURCE,
      generated: options.generated.date,
      generated_basis: options.generated.basis,
      columns: COLUMNS,
      figure_count: figures.length,
    },
    figures,
    indicators,
    bureaus,
  };
}

/** Serialised JSON: two-space indented, UTF-8 (no BOM: JSON forbids one), ending with a newline. */
export function toJson(data: DownloadJson): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
