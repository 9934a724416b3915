/**
 * Kept so existing imports keep working: the chart of an indicator now lives in
 * src/lib/charts/ (build.ts assembles rows, series, scales and summary). Import from there.
 */
export { buildIndicatorChart, chartDataAttribute } from './charts/build.ts';
export { SERIES_COLOURS } from './charts/markers.ts';
export type * from './charts/types.ts';
