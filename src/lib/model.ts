/**
 * The validated site, as pages and downloads use it. Plain JSON (no class instances), so
 * the integration can hand it to pages as a virtual module and tests can compare it.
 */
import type { Bureau } from '../schemas/bureau.ts';
import type { Locale, Localized } from '../schemas/common.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Disclosure, Qualifier, Status } from '../schemas/report-data.ts';
import type { ExactNumber, ExactRatio } from './decimal.ts';
import type { FederatedSite } from '../schemas/federation.ts';

export type FigureValue =
  | { type: 'number'; written: string; number: ExactNumber }
  | { type: 'ratio'; written: string; ratio: ExactRatio }
  | { type: 'range'; written: readonly [string, string]; low: ExactNumber; high: ExactNumber }
  | { type: 'unknown'; asWritten: string };

export interface FigureChange {
  reported?: string;
  direction?: 'up' | 'down';
  from?: ExactNumber;
}

export interface Figure {
  id: string;
  indicatorId: string;
  bureauId: string;
  year: number;
  value: FigureValue;
  qualifier?: Qualifier;
  status: Status;
  /**
   * The date or period the figure describes: the report year unless the data says, and ""
   * (not stated) in an undated report, so no date is ever invented.
   */
  asOf: string;
  change?: FigureChange;
  label?: Localized;
  note?: Localized;
  where?: string;
}

export interface IndicatorEntry extends Indicator {
  id: string;
  /** Catalog file it was defined in, for messages. */
  file: string;
}

export interface BureauEntry extends Bureau {
  id: string;
}

export interface NarrativeEntry {
  lang: Locale;
  /** Path relative to the site root, e.g. content/reports/donghu/2022/zh.mdx */
  file: string;
  title: string;
  summary?: string;
  /** Figure ids the narrative references, in order of appearance. */
  figureRefs: string[];
}

export interface ReportSource {
  title: string;
  publisher?: Localized;
  date?: string;
  url?: string;
  via?: Localized;
}

export interface Report {
  bureauId: string;
  year: number;
  yearNote?: Localized;
  /** The document states no date; `year` only files it (and names its URL). */
  undated?: boolean;
  disclosure?: Disclosure;
  source: ReportSource;
  figures: Figure[];
  narratives: Partial<Record<Locale, NarrativeEntry>>;
  /** Path relative to the site root, e.g. data/figures/donghu/2022.yaml */
  dataFile: string;
}

export interface Site {
  indicators: Record<string, IndicatorEntry>;
  bureaus: Record<string, BureauEntry>;
  /** Sorted by bureau id, then year. */
  reports: Report[];
  /** Terms the Traditional edition keeps unconverted (data/hant-exceptions.yaml). */
  hantKeep: string[];
  /** Other Annals sites the portal page searches too (data/federation.yaml); empty without one. */
  federation: FederatedSite[];
}
