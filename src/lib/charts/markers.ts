/**
 * How a value is marked on the canvas: series colours, the marker shape a qualifier gives,
 * and the hollow, dashed look of targets. The key (src/lib/charts/text.ts) explains each.
 */
import type { Qualifier } from '../../schemas/report-data.ts';
import type { Figure } from '../model.ts';
import type { ChartRow, MarkerShape, PointStyleName } from './types.ts';

/**
 * Dark enough for 3:1 against white as lines and markers; told apart by the legend's labels
 * too. The same colours are the .chart-swatch-<index> classes in src/styles/global.css.
 */
export const SERIES_COLOURS = ['#0b4f8a', '#b3261e', '#1e6b3a', '#7a3e9d', '#8a5a00', '#00697a', '#c23b80', '#4a4a4a'] as const;
/** Fill of a target's markers and bars: hollow. */
export const HOLLOW = '#ffffff';
/** Line dash of a target series, in CSS pixels (6 on, 4 off). */
export const TARGET_DASH = [6, 4];

const SHAPE_OF: Record<Qualifier, MarkerShape> = {
  over: 'more',
  'at-least': 'more',
  under: 'less',
  'up-to': 'less',
  about: 'approx',
  nearly: 'approx',
};

/** Chart.js point style, rotation (degrees) and radius (CSS pixels) of each point marker. */
export const POINT_STYLE: Record<Exclude<MarkerShape, 'range'>, { style: PointStyleName; rotation: number; radius: number }> = {
  exact: { style: 'circle', rotation: 0, radius: 4 },
  more: { style: 'triangle', rotation: 0, radius: 6 },
  less: { style: 'triangle', rotation: 180, radius: 6 },
  approx: { style: 'rectRot', rotation: 0, radius: 5 },
};

/**
 * The marker a figure gets: its qualifier's shape for a number ("余" → 'more'), 'range' for
 * a range, and 'unknown' (illegible) or 'ratio', which are never drawn.
 */
export function shapeOf(figure: Figure): ChartRow['shape'] {
  switch (figure.value.type) {
    case 'unknown':
      return 'unknown';
    case 'ratio':
      return 'ratio';
    case 'range':
      return 'range';
    case 'number':
      return figure.qualifier ? SHAPE_OF[figure.qualifier] : 'exact';
  }
}

/** The colour index (into SERIES_COLOURS, CSS class chart-swatch-<index>) of the n-th series. */
export function colourIndex(seriesIndex: number): number {
  return seriesIndex % SERIES_COLOURS.length;
}
