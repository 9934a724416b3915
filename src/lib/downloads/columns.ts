/**
 * The columns of every download (docs/data-downloads.md, "Columns") and the separators of
 * cells that hold more than one thing. A row is every column as a string.
 */
/** The columns of every download, in order. Positions never change; new columns go at the end. */
export const COLUMNS = [
  'figure_id',
  'bureau_id',
  'bureau_zh',
  'bureau_en',
  'year',
  'indicator_id',
  'indicator_zh',
  'indicator_en',
  'topic',
  'kind',
  'value_as_written',
  'value',
  'range_low',
  'range_high',
  'ratio',
  'unit_zh',
  'unit_en',
  'qualifier',
  'status',
  'as_of',
  'change_reported',
  'change_direction',
  'change_from',
  'note_zh',
  'note_en',
  'source_title',
  'source_date',
  'source_url',
  'permalink_zh',
  'permalink_en',
  'label_zh',
  'label_en',
  'source_section',
  'ratio_numerator',
  'ratio_denominator',
  'region_code',
  'source_kind',
  'source_publisher_zh',
  'source_publisher_en',
  'alternative_values',
  'alternative_sources',
  'revised_from',
  'revision_dates',
  'method_zh',
  'method_en',
  'change_points',
  'change_amount',
  'change_basis',
  'per',
  'measure_word',
] as const;

export type Column = (typeof COLUMNS)[number];

/** One figure as a download row: every cell a string, "" when the figure has no such field. */
export type DownloadRow = Record<Column, string>;

/** Between the items of a list cell (alternative values, revision dates): "763.6万; 760.1万". */
export const LIST_SEPARATOR = '; ';

/** The written range "4000—6000": both ends as written, joined by the em dash the Chinese pages use. */
export const RANGE_SEPARATOR = '—';
