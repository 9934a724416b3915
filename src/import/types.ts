/** Shapes passed between the importer's stages (clean → structure → extract → map → write). */

/** One line of the source after cleaning, still tied to its line number in the input file. */
export interface SourceLine {
  /** 1-based line number in the input file. */
  line: number;
  text: string;
  /** True when a chunk number or page break cut a sentence and this line continues the previous one. */
  continues: boolean;
}

/** A line removed by cleaning, kept so the review list can show what was dropped and why. */
export interface DroppedLine {
  line: number;
  text: string;
  reason: string;
}

/** Where a stretch of a block's text came from: text from `start` on is from `line`. */
export interface LineAnchor {
  start: number;
  line: number;
}

/** The heading numbers a block sits under, outermost first: 一 / 二 (L1), （一） (L2), 1. (L3). */
export interface SectionPath {
  l1?: string;
  l2?: string;
  l3?: string;
}

export type BlockKind = 'heading' | 'paragraph';

export interface Block {
  kind: BlockKind;
  /** 1 一、 · 2 （一） or a bullet heading · 3 1. / 1、 */
  level?: 1 | 2 | 3;
  /** The heading number as written, without punctuation: "一", "二", "3". */
  marker?: string;
  text: string;
  anchors: LineAnchor[];
  section: SectionPath;
  /** Set by structure.ts from the headings above: the block is part of a plan (targets). */
  planSection?: { heading: string; year?: string };
  /** The paragraph follows a lead-in such as "我们将完成以下几项工作：" */
  afterPlanLeadIn?: boolean;
  /** The document's title: its figures are extracted, but it is not part of the narrative body. */
  title?: boolean;
  /** A table row (table.ts): its figures come from its cells, not from reading prose. */
  table?: { label: string; cells: Array<{ start: number; end: number; cell: import('./table.ts').TableCell }>; year?: number };
  /** A table block whose figures belong to another year's report (table-figures.ts): not in this report's narrative. */
  otherReport?: number;
}

export type Qualifier = 'over' | 'under' | 'about' | 'nearly' | 'up-to' | 'at-least';
export type Status = 'actual' | 'target';
export type Kind = 'count' | 'amount' | 'rate' | 'ratio' | 'per-thousand' | 'average';

export interface FigureChange {
  reported?: string;
  direction?: 'up' | 'down';
  from?: string;
}

/** One figure as the text states it: one entry per occurrence, before restatements are merged. */
export interface ExtractedFigure {
  /** Source line of the number. */
  line: number;
  /** Index of the block it was found in, and its span there (what <Figure> replaces). */
  block: number;
  start: number;
  end: number;
  /** The whole expression as written: "约有50万名" → "约50万名" is in `written`. */
  written: string;
  /** Exact decimal without scale word ("2850.46"), "low-high" for a range, "a:b" for a ratio,
   *  the digits with their blanks for an unknown ("20_0"). */
  value: string;
  scale: '' | '万' | '亿';
  /** The base unit as written, without the scale word: 元, 个, %, 人次 … or "" when none is written. */
  unit: string;
  shape: 'number' | 'range' | 'ratio' | 'unknown';
  range?: [string, string];
  qualifier?: Qualifier;
  status: Status;
  /** Why it is a target, for the YAML comment: "将 + verb", "section 二、2023年工作打算". */
  statusReason?: string;
  asOf?: string;
  asOfReason?: string;
  change?: FigureChange;
  kind: Kind;
  clause: string;
  sentence: string;
  /** A short window of the text around the figure, the figure in 【】, for comments. */
  context: string;
  /** The figure's subject as the text names it, numbers removed: "累计建成城市社区养老服务设施". */
  label: string;
  where?: string;
  /** The period a money standard is stated for (每人每年, 元/月): month, year, quarter, day. */
  per?: 'month' | 'year' | 'quarter' | 'day';
  /** The year a table's year column files the figure under, when it is not the report's. */
  reportYear?: number;
  /** Things the editor must check about this figure. */
  notes: string[];
}

/** Something the importer could not decide, for data/figures/<bureau>/<year>.review.md. */
export interface ReviewItem {
  line: number;
  topic: ReviewTopic;
  text: string;
}

export type ReviewTopic =
  | 'bureau'
  | 'metadata'
  | 'figure'
  | 'indicator'
  | 'not-extracted'
  | 'narrative'
  | 'validation'
  | 'conversion'
  | 'structure'
  | 'dropped';
