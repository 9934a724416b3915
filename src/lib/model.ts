/**
 * The validated site, as pages and downloads use it. Plain JSON (no class instances), so
 * the integration can hand it to pages as a virtual module and tests can compare it.
 */
import type { Bureau } from '../schemas/bureau.ts';
import type { Locale, Localized } from '../schemas/common.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type {
  ChangeBasis, Disclosure, Period, Qualifier, SourceKind, Status,
} from '../schemas/report-data.ts';
import type { ExactNumber, ExactRatio } from './decimal.ts';

export type FigureValue =
  | { type: 'number'; written: string; number: ExactNumber }
  | { type: 'ratio'; written: string; ratio: ExactRatio }
  | { type: 'range'; written: readonly [string, string]; low: ExactNumber; high: ExactNumber }
  | { type: 'unknown'; asWritten: string };

export interface FigureChange {
  /** A relative change as written: "7.6%". */
  reported?: string;
  direction?: 'up' | 'down';
  from?: ExactNumber;
  /** Percentage points (rate) or per-mille points (per-thousand), as written: "0.6". */
  points?: string;
  /** An absolute change in the indicator's unit: 3.2万 (unsigned; `direction` gives the sign). */
  amount?: ExactNumber;
  /** What the change is relative to as the source says; absent means previous-year (比上年). */
  basis?: ChangeBasis;
  /** Set by the loader when nothing could check the change: pages then say what it is relative to. */
  unchecked?: boolean;
}

/** A value another source gives for a figure; never drawn, never the figure's value. */
export interface FigureAlternative {
  value: FigureValue;
  source: ReportSource;
  note?: Localized;
}

/** An earlier published value of a figure, replaced on `date` (the correction's date). */
export interface FigureRevision {
  value: FigureValue;
  date: string;
  reason?: Localized;
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
  /** The figure's own source, overriding the report's (`figureSource()` picks the right one). */
  source?: ReportSource;
  alternatives?: FigureAlternative[];
  /** Earlier published values, oldest first. */
  revisions?: FigureRevision[];
  /** How a derived or estimated figure was computed. */
  method?: Localized;
  /** The period a money standard is stated per, when the figure says (元/人·年 → year). */
  per?: Period;
  /** The document's measure word when it differs from the catalog unit (个 for 家). */
  measureWord?: string;
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
  kind?: SourceKind;
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
}
